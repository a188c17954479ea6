import { basename, dirname, extname, resolve } from 'node:path'

/** File stems that name a report by its folder rather than by themselves. */
const genericStems = new Set(['report', 'index', 'readme'])

/**
 * The name of a report's output folder: the source's folder name when the file is
 * called `report.md` (or `report.json`, `index.md`), else the file's stem. So
 * `examples/gcm-2022/report.md` builds into `out/gcm-2022/`, `minutes.md` into `out/minutes/`.
 * A stem that names no folder of its own (`..md` gives `.`, `...md` gives `..`) is
 * treated as generic, and a name that is still no folder's becomes `report`.
 * A report read from standard input (`-`) is named `stdin`.
 */
export function reportName(sourcePath: string): string {
  if (sourcePath === '-') return 'stdin'
  const absolute = resolve(sourcePath)
  const stem = basename(absolute, extname(absolute))
  if (!genericStems.has(stem.toLowerCase()) && !isDotsOnly(stem)) return stem
  const folder = basename(dirname(absolute))
  if (folder !== '' && !isDotsOnly(folder)) return folder
  return isDotsOnly(stem) ? 'report' : stem
}

function isDotsOnly(name: string): boolean {
  return /^\.*$/.test(name)
}
