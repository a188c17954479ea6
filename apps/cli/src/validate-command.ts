import type { Problem } from '@rapporteur/core'
import { coloursFor } from './colours.js'
import { type ExitCode, exitCode } from './exit-code.js'
import {
  loadSourceConfig,
  loadSourceReport,
  standardInput,
  standardInputName,
} from './load-source.js'
import { formatProblemLine, type ProblemRecord, toProblemRecord } from './problem-line.js'
import { findReportSources } from './report-sources.js'
import { emptyShard, type Shard } from './shard.js'
import { checkTranslations } from './translations.js'

/** The options of `rapporteur validate`, as parsed from the command line. */
export interface ValidateCommandOptions {
  strict: boolean
  /** Print the outcome as JSON on stdout instead of lines. */
  json?: boolean
  /** Print only problems and warnings. */
  quiet?: boolean
  shard?: Shard
}

/** One report in `validate --json`. */
export interface ValidatedReport {
  source: string
  /** The config file beside the report, if there is one. */
  config?: string
  ok: boolean
  problems: ProblemRecord[]
  warnings: ProblemRecord[]
}

/**
 * `rapporteur validate SOURCE...`: checks each report and the config beside it,
 * printing every problem as `file:line:column: message` (with `--json`, as objects).
 */
export async function validateCommand(
  sources: string[],
  options: ValidateCommandOptions = { strict: false },
): Promise<ExitCode> {
  const files = await findReportSources(sources, { shard: options.shard })
  if (files.length === 0) return emptyShard(options.shard)
  const colours = coloursFor(process.stdout)
  const reports: ValidatedReport[] = []
  let invalid = 0
  let count = 0
  for (const file of files) {
    const config = await loadSourceConfig(file)
    const report = await loadSourceReport(file, {
      strict: options.strict,
      languages: config.ok ? config.config?.languages : undefined,
    })
    const languages = config.ok ? config.config?.languages : undefined
    // A translation beside the report (report.fr.md) must agree with it on structure.
    const versions = report.ok
      ? await checkTranslations(file, report.report, { languages })
      : { translations: [], problems: [] }
    const problems: Problem[] = [
      ...(config.ok ? [] : config.problems),
      ...(report.ok ? [] : report.problems),
      ...versions.problems,
    ]
    const warnings = problems.length === 0 && report.ok ? report.warnings : []
    const configPath = config.ok ? config.configPath : undefined
    const name = file === standardInput ? standardInputName : file
    reports.push({
      source: name,
      ...(configPath === undefined ? {} : { config: configPath }),
      ok: problems.length === 0,
      problems: problems.map(toProblemRecord),
      warnings: warnings.map(toProblemRecord),
    })
    if (options.json) {
      if (problems.length > 0) invalid++
      continue
    }
    if (problems.length === 0) {
      for (const warning of warnings) process.stderr.write(`${formatProblemLine(warning)}\n`)
      const notes = [
        configPath ? `with ${configPath}` : '',
        versions.translations.length > 0
          ? `${versions.translations.length} translation${versions.translations.length === 1 ? '' : 's'} in agreement`
          : '',
        warnings.length > 0 ? `${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : '',
      ].filter(Boolean)
      if (!options.quiet)
        process.stdout.write(
          `${name}: ${colours.green('valid')}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}\n`,
        )
      continue
    }
    invalid++
    count += problems.length
    for (const problem of problems) process.stderr.write(`${formatProblemLine(problem)}\n`)
  }
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ ok: invalid === 0, reports }, null, 2)}\n`)
  } else if (invalid > 0) {
    process.stderr.write(
      `${count} problem${count === 1 ? '' : 's'} in ${invalid} of ${files.length} report${files.length === 1 ? '' : 's'}\n`,
    )
  }
  return invalid > 0 ? exitCode.invalidInput : exitCode.ok
}
