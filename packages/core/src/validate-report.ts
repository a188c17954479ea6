import { checkReport } from './check-report.js'
import type { LanguageOverrides } from './find-language.js'
import { findIdentityLeaks } from './identity-leaks.js'
import { unknownLanguageProblem } from './language-problems.js'
import { tooDeepMessage } from './nesting-limits.js'
import type { Problem } from './problem.js'
import { ReportError } from './report-error.js'
import { type Report, report as reportSchema } from './report-schema.js'
import { schemaProblems } from './schema-problems.js'
import type { SourceMap } from './source-map.js'

/** Options of `validateReport`. */
export interface ValidateOptions {
  /** Where the report's values were written, so problems name file:line:column. */
  sourceMap?: SourceMap
  /** Called with each warning of a valid report, such as a label that names whom it hides. */
  onWarning?: (warning: Problem) => void
  /** Treat warnings as errors: a report with any is invalid. Default: false. */
  strict?: boolean
  /** Languages a config adds or changes; a report in none of them nor a built-in one gets a warning. Default: none. */
  languages?: LanguageOverrides
}

/**
 * Checks a report given as a plain object (or parsed from a source) and returns
 * it with defaults filled in. Throws a `ReportError` listing every problem; the
 * warnings of a valid report go to `onWarning`, or are problems with `strict`.
 */
export function validateReport(input: unknown, options: ValidateOptions = {}): Report {
  const checked = checkReport(input, options.sourceMap)
  // The schema is checked by recursion, which nesting far past the limit could overflow.
  const message = tooDeepMessage('inline')
  if (checked.some((problem) => problem.message === message)) throw new ReportError(checked)
  const parsed = reportSchema.safeParse(input, { reportInput: true })
  const problems = parsed.success
    ? []
    : schemaProblems(parsed.error, reportSchema, options.sourceMap, input)
  problems.push(...checked)
  if (problems.length > 0 || !parsed.success) throw new ReportError(problems)
  const warnings = findIdentityLeaks(parsed.data, options.sourceMap)
  const language = unknownLanguageProblem(
    parsed.data.language,
    options.languages,
    options.sourceMap,
  )
  if (language !== null) warnings.unshift(language)
  if (options.strict && warnings.length > 0)
    throw new ReportError(warnings.map((warning) => ({ ...warning, severity: 'error' })))
  for (const warning of warnings) options.onWarning?.(warning)
  return parsed.data
}
