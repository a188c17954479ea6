import { mkdir, stat } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'

/**
 * Creates a folder and its missing parents, one at a time. Node's recursive `mkdir`
 * never ends where creating a folder fails with ENOENT though its parent exists,
 * as under /proc.
 */
export async function makeFolder(path: string): Promise<void> {
  const missing: string[] = []
  let current = resolve(path)
  for (;;) {
    const found = await stat(current).catch(() => undefined)
    if (found?.isDirectory()) break
    if (found) throw Object.assign(new Error(`${current} is not a folder`), { code: 'ENOTDIR' })
    missing.unshift(current)
    const parent = dirname(current)
    if (parent === current) break
    current = parent
  }
  for (const folder of missing) {
    await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error
    })
  }
}
