import { formatProblem, type Problem } from '@rapporteur/core'

/**
 * A problem as the command line prints it: `file:line:column: message`, and
 * `file:line:column: warning: message` for a warning, which does not stop a build,
 * so that editors and CI problem matchers tell the two apart.
 */
export function formatProblemLine(problem: Problem): string {
  if (problem.severity !== 'warning') return formatProblem(problem)
  const line = formatProblem({ ...problem, message: '' })
  return `${line}warning: ${problem.message}`
}
