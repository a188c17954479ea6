import type { Report } from './report-schema.js'
import { resolveReport } from './resolve-report.js'
import type { ResolvedReport } from './resolved-model.js'

/** Whether a value is a report already resolved by `resolveReport`. */
export function isResolvedReport(value: Report | ResolvedReport): value is ResolvedReport {
  return (value as { type?: unknown }).type === 'resolvedReport'
}

/**
 * The resolved form of a report: returned as it is when already resolved, else
 * resolved with the variant that fits its status. Renderers accept either form.
 */
export function toResolvedReport(value: Report | ResolvedReport): ResolvedReport {
  return isResolvedReport(value) ? value : resolveReport(value)
}
