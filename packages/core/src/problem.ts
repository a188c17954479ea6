/** Where a problem is: a place in a source file, a path in a plain object, or both. */
export interface Location {
  /** The source file's name, as given to `parseReport` or `loadReport`. */
  file?: string
  /** 1-based line. */
  line?: number
  /** 1-based column. */
  column?: number
  /** The path of the value in the report object, such as `people.0.name`. */
  path?: ReadonlyArray<string | number>
}

/** One thing wrong with a report, with where it is. */
export interface Problem extends Location {
  message: string
  /**
   * `warning` for what a report may publish but likely should not, such as a label
   * that names whom it hides; a warning does not stop a build. Absent: an error.
   */
  severity?: 'error' | 'warning'
}

/** Formats a problem as `file:line:column: message`, or `path: message` without a source. */
export function formatProblem(problem: Problem): string {
  if (problem.line !== undefined) {
    const file = problem.file ?? '<input>'
    return `${file}:${problem.line}:${problem.column ?? 1}: ${problem.message}`
  }
  if (problem.path === undefined && problem.file) return `${problem.file}: ${problem.message}`
  const path = problem.path && problem.path.length > 0 ? problem.path.join('.') : '(report)'
  return `${problem.file ? `${problem.file}: ` : ''}${path}: ${problem.message}`
}

/** Sorts problems by file, line and column, keeping the order of equal ones. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (left, right) =>
      (left.file ?? '').localeCompare(right.file ?? '') ||
      (left.line ?? 0) - (right.line ?? 0) ||
      (left.column ?? 0) - (right.column ?? 0),
  )
}
