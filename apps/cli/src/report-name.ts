import { basename, dirname, extname, resolve } from 'node:path'

/** File stems that name a report by its folder rather than by themselves. */
const genericStems = new Set(['report', 'index', 'readme'])

/**
 * The name of a report's output folder: the source's folder name when the file is
 * called `report.md` (or `report.json`, `index.md`), else the file's stem. So
 * `examples/gcm-2022/report.md` builds into `out/gcm-2022/`, `minutes.md` into `out/minutes/`.
 */
export function reportName(sourcePath: string): string {
  const absolute = resolve(sourcePath)
  const stem = basename(absolute, extname(absolute))
  if (!genericStems.has(stem.toLowerCase())) return stem
  const folder = basename(dirname(absolute))
  return folder === '' ? stem : folder
}
