import { formatProblem, type Problem } from '@rapporteur/core'
import { type Colours, coloursFor } from './colours.js'

/**
 * A problem as the command line prints it: `file:line:column: message`, and
 * `file:line:column: warning: message` for a warning, which does not stop a build,
 * so that editors and CI problem matchers tell the two apart. With colours, the
 * place is bold and the word "warning" yellow.
 */
export function formatProblemLine(
  problem: Problem,
  colours: Colours = coloursFor(process.stderr),
): string {
  const place = formatProblem({ ...problem, message: '' }).replace(/ $/, '')
  const label = problem.severity === 'warning' ? `${colours.yellow('warning:')} ` : ''
  return `${colours.bold(place)} ${label}${problem.message}`
}

/** A problem as `--json` gives it: where, what, and whether it is only a warning. */
export interface ProblemRecord {
  file?: string
  line?: number
  column?: number
  /** The path of the value in the report object, for a problem without a line. */
  path?: (string | number)[]
  message: string
  severity: 'error' | 'warning'
}

/** A problem as a plain object for `--json`. */
export function toProblemRecord(problem: Problem): ProblemRecord {
  return {
    ...(problem.file === undefined ? {} : { file: problem.file }),
    ...(problem.line === undefined ? {} : { line: problem.line, column: problem.column ?? 1 }),
    ...(problem.line === undefined && problem.path !== undefined
      ? { path: [...problem.path] }
      : {}),
    message: problem.message,
    severity: problem.severity === 'warning' ? 'warning' : 'error',
  }
}
