import { isAbsolute, relative, resolve, sep } from 'node:path'

/** Whether `path` lies inside `folder` (not the folder itself), once both are resolved. */
export function isInsideFolder(folder: string, path: string): boolean {
  const way = relative(resolve(folder), resolve(path))
  return way !== '' && way !== '..' && !way.startsWith(`..${sep}`) && !isAbsolute(way)
}
