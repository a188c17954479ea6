import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { threadId } from 'node:worker_threads'

/**
 * What V8 compiled in an earlier run of the same program on the same Node.js, and
 * which parts of the program (commands, renderers) that run and its forerunners used.
 */
export interface CompileCache {
  /** V8's code cache, or undefined when there is none yet. */
  data: Buffer | undefined
  /** The parts of the program whose code the cache holds. */
  parts: ReadonlySet<string>
  /** Replaces the cache, atomically; never throws, since the cache only saves time. */
  save(data: Buffer, parts: Iterable<string>): void
}

/**
 * The folder of the compile cache: `RAPPORTEUR_COMPILE_CACHE` when set, else the
 * user's cache folder (`$XDG_CACHE_HOME` or `~/.cache` on Linux, `~/Library/Caches`
 * on macOS, `%LOCALAPPDATA%` on Windows). Undefined when the cache is turned off
 * with `RAPPORTEUR_DISABLE_COMPILE_CACHE=1` or `NODE_DISABLE_COMPILE_CACHE=1`.
 */
export function compileCacheFolder(environment = process.env): string | undefined {
  const disabled = (name: string) => {
    const value = environment[name]
    return value !== undefined && value !== '' && value !== '0'
  }
  if (disabled('RAPPORTEUR_DISABLE_COMPILE_CACHE') || disabled('NODE_DISABLE_COMPILE_CACHE'))
    return undefined
  if (environment.RAPPORTEUR_COMPILE_CACHE) return environment.RAPPORTEUR_COMPILE_CACHE
  let home = ''
  try {
    home = homedir()
  } catch {}
  if (home === '') return join(tmpdir(), 'rapporteur-compile-cache')
  const base =
    process.platform === 'win32'
      ? (environment.LOCALAPPDATA ?? join(home, 'AppData', 'Local'))
      : process.platform === 'darwin'
        ? join(home, 'Library', 'Caches')
        : environment.XDG_CACHE_HOME || join(home, '.cache')
  return join(base, 'rapporteur', 'compile-cache')
}

/**
 * Opens the compile cache of one of the program's scripts, given its name, its file's
 * path and its bytes. A cache file is named by the script, the Node.js version, a hash
 * of the path and a hash of the bytes (`core-v20.20.2-x64-<path>-<bytes>.cache`), so
 * that a new release or another Node.js never meets an old cache, and an install
 * never meets another's: V8's data holds the path that stack traces name. Saving
 * removes the files of the script's other releases at the same path for the same
 * Node.js (and those named without a path, by releases before), and keeps those of
 * other installs and other Node.js versions beside it.
 * Each file holds a small JSON header (the parts) and then V8's data.
 */
export function openCompileCache(
  script: string,
  path: string,
  bytes: Uint8Array,
  folder: string,
): CompileCache {
  const hash = (value: string | Uint8Array) =>
    createHash('sha1').update(value).digest('hex').slice(0, 20)
  const runtime = `${script}-${process.version}-${process.arch}-${hash(path)}-`
  const key = `${runtime}${hash(bytes)}`
  // Files of releases that named them without the path, which no release reads.
  const unplaced = new RegExp(`^${script}-${process.version}-${process.arch}-[0-9a-f]{20}\\.cache$`)
  const file = join(folder, `${key}.cache`)
  let data: Buffer | undefined
  let parts: string[] = []
  try {
    const stored = readFileSync(file)
    const headerLength = stored.readUInt32LE(0)
    const header = JSON.parse(stored.toString('utf8', 4, 4 + headerLength)) as { parts: unknown }
    if (Array.isArray(header.parts)) {
      parts = header.parts.filter((part): part is string => typeof part === 'string')
      data = stored.subarray(4 + headerLength)
    }
  } catch {
    // No cache yet, or an unreadable one: the program compiles as usual.
  }
  return {
    data,
    parts: new Set(parts),
    save(code, savedParts) {
      try {
        mkdirSync(folder, { recursive: true, mode: 0o700 })
        const header = Buffer.from(JSON.stringify({ parts: [...new Set(savedParts)].sort() }))
        const length = Buffer.alloc(4)
        length.writeUInt32LE(header.length)
        // Build workers save too: the thread's number keeps their files apart.
        const temporary = `${file}.${process.pid}.${threadId}.tmp`
        writeFileSync(temporary, Buffer.concat([length, header, code]), { mode: 0o600 })
        renameSync(temporary, file)
        for (const name of readdirSync(folder))
          if (
            (name.startsWith(runtime) && name.endsWith('.cache') && !name.startsWith(key)) ||
            unplaced.test(name)
          )
            rmSync(join(folder, name), { force: true })
      } catch {
        // A read-only or missing folder only costs the next run some time.
      }
    },
  }
}
