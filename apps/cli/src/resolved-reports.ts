import { type ResolvedReport, resolveReport } from '@rapporteur/core'
import type { BuildJob } from './build-job.js'

/** A report resolved for one job's settings. */
interface Resolution {
  variant: BuildJob['variant']
  languages: BuildJob['languages']
  documentDate: BuildJob['documentDate']
  sourcePositions: BuildJob['sourcePositions']
  resolved: ResolvedReport
}

/** The resolutions made in this thread, by report: gone with the report. */
const resolutions = new WeakMap<BuildJob['report'], Resolution[]>()

/**
 * The job's report resolved for its variant, languages, date and source positions:
 * resolved once for all the formats of a variant built in this thread (the jobs of
 * one build share these objects), since resolving is a pure function of them and
 * renderers only read what it gives.
 */
export function resolvedReportOf(job: BuildJob): ResolvedReport {
  const { report, variant, languages, documentDate, sourcePositions } = job
  let made = resolutions.get(report)
  if (made === undefined) {
    made = []
    resolutions.set(report, made)
  }
  const found = made.find(
    (resolution) =>
      resolution.variant === variant &&
      resolution.languages === languages &&
      resolution.documentDate === documentDate &&
      resolution.sourcePositions === sourcePositions,
  )
  if (found !== undefined) return found.resolved
  const resolved = resolveReport(report, { variant, languages, documentDate, sourcePositions })
  made.push({ variant, languages, documentDate, sourcePositions, resolved })
  return resolved
}
