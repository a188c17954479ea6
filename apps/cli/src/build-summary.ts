import type { Problem } from '@rapporteur/core'
import type { BuildResult } from './build-job.js'
import { type ProblemRecord, toProblemRecord } from './problem-line.js'
import { reportName } from './report-name.js'

/** One output file in the `--json` summary. */
export interface FileSummary {
  variant: string
  format: string
  path: string
  ok: boolean
  bytes: number
  milliseconds: number
  warnings: string[]
  error?: string
}

/** One report in the `--json` summary: its problems when invalid, else its files. */
export interface ReportSummary {
  source: string
  name: string
  ok: boolean
  /** What made the report invalid, each with its file, line and column. */
  problems: ProblemRecord[]
  /** The report's warnings, which did not stop its build. */
  warnings: ProblemRecord[]
  files: FileSummary[]
}

/** What `rapporteur build --json` prints. */
export interface BuildSummary {
  ok: boolean
  milliseconds: number
  reports: ReportSummary[]
}

/** What became of one source in a build: its problems, or its documents. */
export interface SourceOutcome {
  source: string
  problems: readonly Problem[]
  warnings?: readonly Problem[]
  results: readonly BuildResult[]
}

/** Gathers what became of each source into the build's machine-readable summary. */
export function summariseBuild(
  outcomes: readonly SourceOutcome[],
  milliseconds: number,
): BuildSummary {
  const reports = outcomes.map((outcome): ReportSummary => {
    const files = outcome.results.map((result) => ({
      variant: result.variant,
      format: result.format,
      path: result.outputPath,
      ok: result.ok,
      bytes: result.bytes,
      milliseconds: result.milliseconds,
      warnings: result.warnings,
      ...(result.error === undefined ? {} : { error: result.error }),
    }))
    return {
      source: outcome.source,
      name: reportName(outcome.source),
      ok: outcome.problems.length === 0 && files.every((file) => file.ok),
      problems: outcome.problems.map(toProblemRecord),
      warnings: (outcome.warnings ?? []).map(toProblemRecord),
      files,
    }
  })
  return {
    ok: reports.every((report) => report.ok),
    milliseconds: Math.round(milliseconds),
    reports,
  }
}
