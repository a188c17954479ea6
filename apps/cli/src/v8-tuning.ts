import { setFlagsFromString } from 'node:v8'

/**
 * How much bytecode a function runs between V8's checks on whether to optimise it
 * with TurboFan: sixteen times V8's default (66 KiB). A build is over in about a
 * second, too soon for most optimisations to repay their compiling; measured on the
 * bundled example, a build takes about a tenth less time, and a batch of a hundred
 * reports too. Outputs do not change.
 */
export const interruptBudget = 1024 * 1024

/**
 * WebAssembly (HarfBuzz's shaper and subsetter) runs as V8's baseline compiler,
 * Liftoff, makes it, never optimised by TurboFan: optimising the functions a build
 * makes hot costs about a tenth of a second of compiling on other threads, which a
 * build of a few seconds never earns back. Measured on the bundled example, in PDF,
 * DOCX and HTML: a rebuild 0.61 → 0.46 s, a first build 0.73 → 0.58 s.
 */
export const webAssemblyFlag = '--liftoff-only'

/**
 * Sets the V8 flags the command line runs best with, unless Node.js was started with
 * a value of its own (in its options or `NODE_OPTIONS`). V8 flags hold for the whole
 * process, worker threads included, and must be set before the program is compiled.
 */
export function tuneV8(): void {
  const given = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ')
  if (!/--interrupt[-_]budget\b/.test(given))
    setFlagsFromString(`--interrupt-budget=${interruptBudget}`)
  if (!/--(no-)?liftoff|--wasm[-_]/.test(given)) setFlagsFromString(webAssemblyFlag)
}
