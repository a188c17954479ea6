import { formatProblem } from '@rapporteur/core'
import { type ExitCode, exitCode } from './exit-code.js'
import { loadSource, sourceFile } from './load-source.js'

/**
 * `rapporteur validate SOURCE...`: checks each report and the config beside it,
 * printing every problem as `file:line:column: message`.
 */
export async function validateCommand(sources: string[]): Promise<ExitCode> {
  const files = await Promise.all(sources.map(sourceFile))
  const loaded = await Promise.all(files.map(loadSource))
  let invalid = 0
  for (const entry of loaded) {
    if (entry.ok) {
      process.stdout.write(
        `${entry.source}: valid${entry.configPath ? ` (with ${entry.configPath})` : ''}\n`,
      )
      continue
    }
    invalid++
    for (const problem of entry.problems) process.stderr.write(`${formatProblem(problem)}\n`)
  }
  if (invalid > 0) {
    const count = loaded.reduce((total, entry) => total + (entry.ok ? 0 : entry.problems.length), 0)
    process.stderr.write(
      `${count} problem${count === 1 ? '' : 's'} in ${invalid} of ${loaded.length} report${loaded.length === 1 ? '' : 's'}\n`,
    )
    return exitCode.invalidInput
  }
  return exitCode.ok
}
