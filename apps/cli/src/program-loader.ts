import { isAscii } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { Script } from 'node:vm'
import { type CompileCache, compileCacheFolder, openCompileCache } from './compile-cache.js'

/** The bundled program's exports (`rapporteur.cjs`). */
export type Program = typeof import('./rapporteur.js')

/** How the launcher treats the compile cache. */
export interface LoadOptions {
  /**
   * Saves a script's cache when the process exits with code 0 after using parts of
   * the program that the cache did not hold. Build workers, which are stopped rather
   * than exit, call `saveCaches` after each document they make instead.
   */
  saveCache: boolean
}

/** The program, and what saves the caches of its scripts that lack parts this thread used. */
export interface LoadedProgram {
  program: Program
  saveCaches: () => void
}

/**
 * The packages bundled as scripts of their own beside the program, so that a command
 * compiles only what it uses: `--version` no core, a build to HTML no PDF; and the
 * `docx` library, which two of them use, once.
 */
const packageScripts: Record<string, string> = {
  '@rapporteur/core': 'core',
  '@rapporteur/html': 'html',
  '@rapporteur/docx': 'docx',
  '@rapporteur/pdf': 'pdf',
  '@rapporteur/review': 'review',
  docx: 'docx-library',
}

type ModuleFunction = (
  exports: unknown,
  require: (id: string) => unknown,
  module: { exports: unknown },
  filename: string,
  dirname: string,
) => void

/**
 * Loads the bundled program (`rapporteur.cjs`, beside this launcher) the way Node.js
 * loads CommonJS modules, but each script through a V8 code cache kept between runs
 * (see `compile-cache.ts`): a run after the first skips most of the parsing and
 * compiling of the code it uses.
 */
export function loadProgram(options: LoadOptions): LoadedProgram {
  const folder = compileCacheFolder()
  const loaded = new Map<string, unknown>()
  /** Each script's cache, and the parts its file holds (none when V8 did not take it). */
  const caches: { script: Script; cache: CompileCache; held: Set<string> | undefined }[] = []

  const load = (name: string): unknown => {
    const known = loaded.get(name)
    if (known !== undefined) return known
    const file = join(__dirname, `${name}.cjs`)
    const bytes = readFileSync(file)
    // The bundles are ASCII, which reads fastest as Latin-1; anything else as UTF-8.
    const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8')
    const cache = folder === undefined ? undefined : openCompileCache(name, file, bytes, folder)
    // One line, as Node.js wraps a module, so that line numbers in errors stay right.
    const script = new Script(
      `(function (exports, require, module, __filename, __dirname) { ${source}\n})`,
      { filename: file, cachedData: cache?.data },
    )
    if (cache !== undefined)
      caches.push({
        script,
        cache,
        held:
          cache.data !== undefined && !script.cachedDataRejected ? new Set(cache.parts) : undefined,
      })
    const nodeRequire = createRequire(file)
    const require = (id: string) => {
      const bundled = packageScripts[id]
      return bundled === undefined ? nodeRequire(id) : load(bundled)
    }
    const module = { exports: {} }
    loaded.set(name, module.exports)
    const run = script.runInThisContext() as ModuleFunction
    run.call(module.exports, module.exports, require, module, file, __dirname)
    loaded.set(name, module.exports)
    return module.exports
  }

  const program = load('rapporteur') as Program
  const saveCaches = () => {
    const used = [...program.codeUse()]
    for (const entry of caches) {
      if (entry.held && used.every((part) => entry.held!.has(part))) continue
      const parts = new Set([...(entry.held ?? []), ...used])
      entry.cache.save(entry.script.createCachedData(), parts)
      entry.held = parts
    }
  }
  if (options.saveCache) {
    process.once('exit', (code) => {
      if (code === 0) saveCaches()
    })
  }
  return { program, saveCaches }
}
