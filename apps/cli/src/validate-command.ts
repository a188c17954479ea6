import { formatProblem, type Problem } from '@rapporteur/core'
import { type ExitCode, exitCode } from './exit-code.js'
import { loadSourceConfig, loadSourceReport, sourceFile } from './load-source.js'

/**
 * `rapporteur validate SOURCE...`: checks each report and the config beside it,
 * printing every problem as `file:line:column: message`.
 */
export async function validateCommand(
  sources: string[],
  options: { strict: boolean } = { strict: false },
): Promise<ExitCode> {
  const files = await Promise.all(sources.map(sourceFile))
  let invalid = 0
  let count = 0
  for (const file of files) {
    const [config, report] = await Promise.all([
      loadSourceConfig(file),
      loadSourceReport(file, { strict: options.strict }),
    ])
    const problems: Problem[] = [
      ...(config.ok ? [] : config.problems),
      ...(report.ok ? [] : report.problems),
    ]
    if (problems.length === 0) {
      const warnings = report.ok ? report.warnings : []
      for (const warning of warnings) process.stderr.write(`${formatProblem(warning)}\n`)
      const configPath = config.ok ? config.configPath : undefined
      const notes = [
        configPath ? `with ${configPath}` : '',
        warnings.length > 0 ? `${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : '',
      ].filter(Boolean)
      process.stdout.write(`${file}: valid${notes.length > 0 ? ` (${notes.join('; ')})` : ''}\n`)
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
