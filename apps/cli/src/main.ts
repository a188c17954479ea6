import { createRequire } from 'node:module'
import { CommanderError } from 'commander'
import { exitEarlyOnClosedOutput, exitEarlyOnSignals } from './early-exit.js'
import { exitCode } from './exit-code.js'
import { createProgram, type ProgramResult } from './program.js'
import { UsageError } from './usage-error.js'
import { enterUserFolder } from './user-folder.js'

/**
 * Runs the `rapporteur` command line on `process.argv` and sets `process.exitCode`:
 * 0 all done, 1 invalid input, 2 misuse. Problems are printed, never thrown.
 */
export async function main(): Promise<void> {
  exitEarlyOnClosedOutput()
  exitEarlyOnSignals()
  enterUserFolder()
  const { version } = createRequire(import.meta.url)('../package.json') as { version: string }
  const result: ProgramResult = { exitCode: exitCode.ok }
  try {
    await createProgram(version, result).parseAsync(process.argv)
    process.exitCode = result.exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end with exit code 0; commander has already printed the error otherwise.
      process.exitCode = error.exitCode === 0 ? exitCode.ok : exitCode.misuse
    } else if (error instanceof UsageError) {
      process.stderr.write(`rapporteur: ${error.message}\n`)
      process.exitCode = exitCode.misuse
    } else {
      process.stderr.write(
        `rapporteur: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
      )
      if (process.env.RAPPORTEUR_DEBUG && error instanceof Error)
        process.stderr.write(`${error.stack}\n`)
      process.exitCode = exitCode.invalidInput
    }
  }
}
