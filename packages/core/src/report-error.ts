import { formatProblem, type Problem, sortProblems } from './problem.js'

/**
 * Thrown when a report is invalid. `message` lists every problem, one
 * `file:line:column: message` line each; `problems` holds them as data.
 */
export class ReportError extends Error {
  override readonly name = 'ReportError'
  readonly problems: readonly Problem[]

  constructor(problems: readonly Problem[]) {
    const sorted = sortProblems(problems)
    super(sorted.map(formatProblem).join('\n'))
    this.problems = sorted
  }
}

/** Whether a value is a `ReportError`, also across copies of this package. */
export function isReportError(value: unknown): value is ReportError {
  return value instanceof Error && value.name === 'ReportError' && 'problems' in value
}
