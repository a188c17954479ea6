import { formatProblem, type Problem } from '@rapporteur/core'
import { type ExitCode, exitCode } from './exit-code.js'
import { loadSourceConfig, loadSourceReport, sourceFile } from './load-source.js'

/**
 * `rapporteur validate SOURCE...`: checks each report and the config beside it,
 * printing every problem as `file:line:column: message`.
 */
export async function validateCommand(sources: string[]): Promise<ExitCode> {
  const files = await Promise.all(sources.map(sourceFile))
  let invalid = 0
  let count = 0
  for (const file of files) {
    const [config, report] = await Promise.all([loadSourceConfig(file), loadSourceReport(file)])
    const problems: Problem[] = [
      ...(config.ok ? [] : config.problems),
      ...(report.ok ? [] : report.problems),
    ]
    if (problems.length === 0) {
      const configPath = config.ok ? config.configPath : undefined
      process.stdout.write(`${file}: valid${configPath ? ` (with ${configPath})` : ''}\n`)
      continue
    }
    invalid++
    count += problems.length
    for (const problem of problems) process.stderr.write(`${formatProblem(problem)}\n`)
  }
  if (invalid > 0) {
    process.stderr.write(
      `${count} problem${count === 1 ? '' : 's'} in ${invalid} of ${files.length} report${files.length === 1 ? '' : 's'}\n`,
    )
    return exitCode.invalidInput
  }
  return exitCode.ok
}
