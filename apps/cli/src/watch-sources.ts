import { type FSWatcher, watch } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { configFileNames } from '@rapporteur/core'
import { originalOf } from './translations.js'

/**
 * Watches report files, their translations (`report.fr.md` beside `report.md`) and
 * the config files beside them, calling `onChange` with
 * the reports to rebuild once saving has settled. Folders are watched rather than
 * files, because editors often save by replacing the file. Saving has settled
 * once `settle` milliseconds pass without another change (default 150). Returns a
 * function that stops watching.
 */
export function watchSources(
  files: readonly string[],
  onChange: (changed: string[]) => void,
  settle = 150,
): () => void {
  const byFolder = new Map<string, string[]>()
  for (const file of files) {
    const folder = dirname(resolve(file))
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), file])
  }
  const pending = new Set<string>()
  let timer: NodeJS.Timeout | undefined
  const watchers: FSWatcher[] = []
  for (const [folder, reports] of byFolder) {
    const names = new Set(reports.map((file) => basename(file)))
    watchers.push(
      watch(folder, (_event, name) => {
        if (name === null) return
        const isConfig = (configFileNames as readonly string[]).includes(name)
        // A translation saved, added or removed rebuilds the report it translates.
        const report = names.has(name) ? name : basename(originalOf(name) ?? '')
        if (!isConfig && !names.has(report)) return
        for (const file of reports) if (isConfig || basename(file) === report) pending.add(file)
        clearTimeout(timer)
        timer = setTimeout(() => {
          const changed = [...pending]
          pending.clear()
          onChange(changed)
        }, settle)
      }),
    )
  }
  return () => {
    clearTimeout(timer)
    for (const watcher of watchers) watcher.close()
  }
}
