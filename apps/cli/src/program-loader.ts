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
   * the program that the cache did not hold. Worker threads only read it.
   */
  saveCache: boolean
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
export function loadProgram(options: LoadOptions): Program {
  const folder = compileCacheFolder()
  const loaded = new Map<string, unknown>()
  const caches: { script: Script; cache: CompileCache }[] = []

  const load = (name: string): unknown => {
    const known = loaded.get(name)
    if (known !== undefined) return known
    const file = join(__dirname, `${name}.cjs`)
    const bytes = readFileSync(file)
    // The bundles are ASCII, which reads fastest as Latin-1; anything else as UTF-8.
    const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8')
    const cache = folder === undefined ? undefined : openCompileCache(name, bytes, folder)
    // One line, as Node.js wraps a module, so that line numbers in errors stay right.
    const script = new Script(
      `(function (exports, require, module, __filename, __dirname) { ${source}\n})`,
      { filename: file, cachedData: cache?.data },
    )
    if (cache !== undefined) caches.push({ script, cache })
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
  if (options.saveCache) {
    process.once('exit', (code) => {
      if (code !== 0) return
      const used = [...program.codeUse()]
      for (const { script, cache } of caches) {
        const reused = cache.data !== undefined && !script.cachedDataRejected
        if (reused && used.every((part) => cache.parts.has(part))) continue
        cache.save(script.createCachedData(), reused ? [...cache.parts, ...used] : used)
      }
    })
  }
  return program
}
