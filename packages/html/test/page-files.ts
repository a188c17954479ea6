import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/** A temporary folder to write rendered pages into, removed by `remove`. */
export function pageFolder() {
  const folder = mkdtempSync(join(tmpdir(), 'rapporteur-html-'))
  return {
    /** Writes a page and returns its path and file URL. */
    write(name: string, html: string) {
      const path = join(folder, name)
      writeFileSync(path, html)
      return { path, url: pathToFileURL(path).href }
    },
    remove() {
      rmSync(folder, { recursive: true, force: true })
    },
  }
}
