import type { Problem } from '@rapporteur/core'
import { type ExitCode, exitCode } from './exit-code.js'
import { loadSourceConfig, loadSourceReport } from './load-source.js'
import { formatProblemLine } from './problem-line.js'
import { findReportSources } from './report-sources.js'
import { emptyShard, type Shard } from './shard.js'

/**
 * `rapporteur validate SOURCE...`: checks each report and the config beside it,
 * printing every problem as `file:line:column: message`.
 */
export async function validateCommand(
  sources: string[],
  options: { strict: boolean; shard?: Shard } = { strict: false },
): Promise<ExitCode> {
  const files = await findReportSources(sources, { shard: options.shard })
  if (files.length === 0) return emptyShard(options.shard)
  let invalid = 0
  let count = 0
  for (const file of files) {
    const config = await loadSourceConfig(file)
    const report = await loadSourceReport(file, {
      strict: options.strict,
      languages: config.ok ? config.config?.languages : undefined,
    })
    const problems: Problem[] = [
      ...(config.ok ? [] : config.problems),
      ...(report.ok ? [] : report.problems),
    ]
    if (problems.length === 0) {
      const warnings = report.ok ? report.warnings : []
      for (const warning of warnings) process.stderr.write(`${formatProblemLine(warning)}\n`)
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
    for (const problem of problems) process.stderr.write(`${formatProblemLine(problem)}\n`)
  }
  if (invalid > 0) {
    process.stderr.write(
      `${count} problem${count === 1 ? '' : 's'} in ${invalid} of ${files.length} report${files.length === 1 ? '' : 's'}\n`,
    )
    return exitCode.invalidInput
  }
  return exitCode.ok
}
