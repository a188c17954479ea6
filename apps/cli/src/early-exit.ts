/** Work to finish before the process ends early, such as removing temporary files. */
type Cleanup = () => void | Promise<void>

const cleanups = new Set<Cleanup>()
let exiting = false

/**
 * Registers work to do when the process ends early (a signal, a closed output):
 * returns the function that unregisters it, for when that work is done anyway.
 */
export function onEarlyExit(cleanup: Cleanup): () => void {
  cleanups.add(cleanup)
  return () => cleanups.delete(cleanup)
}

/**
 * Ends the process with `code` once the registered work is done, or after a
 * second if it is not. Later calls, such as a second Ctrl+C, change nothing: the
 * files are removed all the same, and soon.
 */
export async function exitEarly(code: number): Promise<void> {
  if (exiting) return
  exiting = true
  const pending = [...cleanups].map(async (cleanup) => {
    try {
      await cleanup()
    } catch {
      // An early exit goes on whatever a cleanup meets.
    }
  })
  const timeout = new Promise((resolve) => setTimeout(resolve, 1000).unref())
  await Promise.race([Promise.all(pending), timeout])
  process.exit(code)
}

/** Signals that end a build, with the exit code a shell gives each (128 + its number). */
const signalCodes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const

/** Makes SIGINT, SIGTERM and SIGHUP end the process after the registered work, with 130, 143 and 129. */
export function exitEarlyOnSignals(): void {
  for (const [signal, code] of Object.entries(signalCodes)) {
    process.on(signal, () => void exitEarly(code))
  }
}

/**
 * Makes a closed standard output or error (`rapporteur schema | head`) end the
 * process quietly, with 0 when the reader has all it wanted (EPIPE), else 1.
 */
export function exitEarlyOnClosedOutput(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      void exitEarly(error.code === 'EPIPE' ? 0 : 1)
    })
  }
}
