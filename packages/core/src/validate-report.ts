import { checkReport } from './check-report.js'
import { tooDeepMessage } from './nesting-limits.js'
import { ReportError } from './report-error.js'
import { type Report, report as reportSchema } from './report-schema.js'
import { schemaProblems } from './schema-problems.js'
import type { SourceMap } from './source-map.js'

/** Options of `validateReport`. */
export interface ValidateOptions {
  /** Where the report's values were written, so problems name file:line:column. */
  sourceMap?: SourceMap
}

/**
 * Checks a report given as a plain object (or parsed from a source) and returns
 * it with defaults filled in. Throws a `ReportError` listing every problem.
 */
export function validateReport(input: unknown, options: ValidateOptions = {}): Report {
  const checked = checkReport(input, options.sourceMap)
  // The schema is checked by recursion, which nesting far past the limit could overflow.
  const message = tooDeepMessage('inline')
  if (checked.some((problem) => problem.message === message)) throw new ReportError(checked)
  const parsed = reportSchema.safeParse(input, { reportInput: true })
  const problems = parsed.success
    ? []
    : schemaProblems(parsed.error, reportSchema, options.sourceMap)
  problems.push(...checked)
  if (problems.length > 0 || !parsed.success) throw new ReportError(problems)
  return parsed.data
}
