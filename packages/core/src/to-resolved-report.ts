import type { LanguageOverrides } from './find-language.js'
import { ReportError } from './report-error.js'
import type { Report, ReportInput } from './report-schema.js'
import { type ResolveOptions, resolveReport } from './resolve-report.js'
import type { ResolvedReport } from './resolved-model.js'
import { validateReport } from './validate-report.js'

/**
 * How a renderer treats a report it is given unresolved; every renderer
 * (`renderHtml`, `renderPdf`, `renderDocx`) takes these options with this meaning.
 */
export interface RenderReportOptions {
  /**
   * The variant to render: a built-in variant's name or a variant definition. A report
   * not yet resolved is resolved with it; a `ResolvedReport` must have been resolved
   * with it, or rendering throws a `ReportError`. Default: `draft` for a draft report,
   * `final` for a final one (or the variant a `ResolvedReport` was resolved with).
   */
  variant?: ResolveOptions['variant']
  /**
   * Languages a config adds or changes, to resolve with when given a report that is
   * not resolved yet. Default: none.
   */
  languages?: LanguageOverrides
}

/** Whether a value is a report already resolved by `resolveReport`. */
export function isResolvedReport(value: unknown): value is ResolvedReport {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'resolvedReport'
  )
}

/**
 * The resolved form of a report, as renderers take it: a `ResolvedReport` as it is
 * (when it has the variant asked for), anything else validated first, so that an
 * object written in code that is not a valid report throws a `ReportError` listing
 * its problems, and then resolved with `options.variant`.
 */
export function toResolvedReport(
  value: ReportInput | Report | ResolvedReport,
  options: RenderReportOptions = {},
): ResolvedReport {
  if (isResolvedReport(value)) {
    const asked = options.variant
    const name = typeof asked === 'string' ? asked : asked?.name
    if (name !== undefined && name !== value.variant)
      throw new ReportError([
        {
          message: `the report was resolved for the "${value.variant}" variant, not "${name}": pass the report itself (not resolved) with variant "${name}", or resolve it with that variant`,
        },
      ])
    return value
  }
  const report = validateReport(value, { languages: options.languages })
  return resolveReport(report, {
    ...(options.variant === undefined ? {} : { variant: options.variant }),
    ...(options.languages === undefined ? {} : { languages: options.languages }),
  })
}
