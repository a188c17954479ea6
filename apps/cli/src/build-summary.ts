import { formatProblem } from '@rapporteur/core'
import type { BuildResult } from './build-job.js'
import type { LoadedSource } from './load-source.js'
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
  problems: string[]
  files: FileSummary[]
}

/** What `rapporteur build --json` prints. */
export interface BuildSummary {
  ok: boolean
  milliseconds: number
  reports: ReportSummary[]
}

/** Gathers the sources and job results of a build into its machine-readable summary. */
export function summariseBuild(
  loaded: readonly LoadedSource[],
  results: readonly BuildResult[],
  milliseconds: number,
): BuildSummary {
  const reports = loaded.map((entry): ReportSummary => {
    const files = results
      .filter((result) => result.source === entry.source)
      .map((result) => ({
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
      source: entry.source,
      name: reportName(entry.source),
      ok: entry.ok && files.every((file) => file.ok),
      problems: entry.ok ? [] : entry.problems.map(formatProblem),
      files,
    }
  })
  return {
    ok: reports.every((report) => report.ok),
    milliseconds: Math.round(milliseconds),
    reports,
  }
}
