import { randomBytes } from 'node:crypto'
import { readdirSync, rmSync } from 'node:fs'
import { rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { makeFolder } from './make-folder.js'

/** The writes under way in this thread: each temporary file, with the writing of its bytes. */
const writing = new Map<string, Promise<void>>()
let stopped = false

/** The temporary files of this process, in any of its threads: `.<name>.<pid>.<random>.tmp`. */
const temporaryName = new RegExp(`^\\..+\\.${process.pid}\\.[0-9a-f]{12}\\.tmp$`)

/**
 * Writes a file so that readers see either the old file or the whole new one:
 * the bytes go to a temporary file in the same folder, which then replaces the
 * target by a rename. On failure the temporary file is removed and any existing
 * file is left as it was.
 */
export async function atomicWrite(path: string, bytes: Uint8Array): Promise<void> {
  const folder = dirname(path)
  await makeFolder(folder)
  if (stopped) throw new Error('the build was stopped')
  const temporary = join(
    folder,
    `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  )
  const write = writeFile(temporary, bytes, { flush: true })
  writing.set(temporary, write)
  try {
    await write
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  } finally {
    writing.delete(temporary)
  }
}

/**
 * Removes the temporary files of writes still under way, for a process that ends
 * early, and starts no more writes in this thread: this thread's temporary files
 * once their bytes are written (so that no write creates one afterwards), and those
 * this process's build workers left in `folders` (stop the workers first).
 */
export async function removeTemporaryFiles(folders: Iterable<string>): Promise<void> {
  stopped = true
  const own = [...writing]
  await Promise.allSettled(own.map(([, write]) => write))
  for (const [temporary] of own) rmSync(temporary, { force: true })
  for (const folder of folders) {
    let names: string[]
    try {
      names = readdirSync(folder)
    } catch {
      continue
    }
    for (const name of names)
      if (temporaryName.test(name)) rmSync(join(folder, name), { force: true })
  }
}
