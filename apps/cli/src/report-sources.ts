import { readdir, stat } from 'node:fs/promises'
import { isAbsolute, join, resolve } from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import { sourceFile, standardInput } from './load-source.js'
import type { Shard } from './shard.js'
import { originalOf } from './translations.js'
import { UsageError } from './usage-error.js'

/** How SOURCE arguments become report files. */
export interface ReportSourcesOptions {
  /** Keep only this share of the reports, for a CI matrix. */
  shard?: Shard
}

/**
 * The report files that SOURCE arguments name, each once, in the order given: a
 * report file; a folder holding a `report.md` (that report); a folder of reports
 * (every `*.md` in it and the `report.md` of each folder in it); or a glob such as
 * `reports/**\/report.md`, expanded here so that it works the same in every shell.
 * An argument that exists on disk is taken as it is, even if it looks like a glob.
 * A translation (`report.fr.md`) is left out when its report (`report.md`) is among
 * the files, since it is read with that report.
 * Throws a `UsageError` for an argument that names nothing.
 *
 * With `shard` K/N, the files are sorted by path and every Nth from the Kth is kept,
 * so N runs with the same arguments build each report exactly once between them.
 */
export async function findReportSources(
  sources: readonly string[],
  options: ReportSourcesOptions = {},
): Promise<string[]> {
  const found = await Promise.all(sources.map(expandSource))
  const seen = new Set<string>()
  const files: string[] = []
  for (const file of found.flat()) {
    const key = resolve(file)
    if (seen.has(key)) continue
    seen.add(key)
    files.push(file)
  }
  // A translation whose report is among the sources is read with that report.
  const originals = files.filter((file) => {
    const original = originalOf(file)
    return original === undefined || !seen.has(resolve(original))
  })
  if (originals.length < files.length) {
    files.splice(0, files.length, ...originals)
    seen.clear()
    for (const file of files) seen.add(resolve(file))
  }
  if (options.shard === undefined) return files
  const { index, count } = options.shard
  const share = new Set(
    [...seen]
      .sort((left, right) => (left < right ? -1 : left > right ? 1 : 0))
      .filter((_, position) => position % count === index - 1),
  )
  return files.filter((file) => share.has(resolve(file)))
}

async function expandSource(source: string): Promise<string[]> {
  if (source === standardInput) return [source]
  const found = await stat(source).catch(() => undefined)
  if (found === undefined && isDynamicPattern(source)) {
    const matches = await glob([source], {
      onlyFiles: true,
      expandDirectories: false,
      absolute: isAbsolute(source),
    })
    if (matches.length === 0) throw new UsageError(`${source}: no file matches`)
    return matches.sort(comparePaths)
  }
  if (found?.isDirectory()) {
    const inside = await stat(join(source, 'report.md')).catch(() => undefined)
    if (inside === undefined) return reportsInFolder(source)
  }
  return [await sourceFile(source)]
}

/** A folder of reports: every `*.md` file in it, and the `report.md` of each folder in it. */
async function reportsInFolder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true })
  const files: string[] = []
  for (const entry of entries.sort((left, right) => comparePaths(left.name, right.name))) {
    const path = join(folder, entry.name)
    if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) files.push(path)
    else if (entry.isDirectory()) {
      const report = join(path, 'report.md')
      if ((await stat(report).catch(() => undefined))?.isFile()) files.push(report)
    }
  }
  if (files.length === 0)
    throw new UsageError(`${folder}: a folder without reports (no report.md, no *.md file)`)
  return files
}

/** Orders paths by their code units, the same on every machine whatever its locale. */
function comparePaths(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0
}
