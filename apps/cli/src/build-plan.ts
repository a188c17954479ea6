import { join } from 'node:path'
import {
  type OutputFormat,
  type RapporteurConfig,
  type Report,
  selectVariants,
} from '@rapporteur/core'
import type { BuildJob } from './build-job.js'
import { reportName } from './report-name.js'
import { UsageError } from './usage-error.js'

/** A valid report to build. */
export interface PlannedSource {
  source: string
  report: Report
  config: RapporteurConfig | undefined
}

/** What to build: variant names (or `all`), formats (or each variant's own), the output folder. */
export interface PlanOptions {
  variants: 'all' | readonly string[]
  /** The formats to build, replacing each variant's own; undefined keeps them. */
  formats: readonly OutputFormat[] | undefined
  outDirectory: string
}

/**
 * The jobs that build every source in every selected variant and format, each
 * writing `<out>/<report-name>/<variant>.<format>`. Throws a `UsageError` for an
 * unknown variant or two sources that would write the same folder.
 */
export function planBuild(sources: readonly PlannedSource[], options: PlanOptions): BuildJob[] {
  const jobs: BuildJob[] = []
  const folders = new Map<string, string>()
  for (const { source, report, config } of sources) {
    const name = reportName(source)
    const other = folders.get(name)
    if (other !== undefined && other !== source) {
      throw new UsageError(
        `${source} and ${other} would both build into ${join(options.outDirectory, name)}: rename one of them`,
      )
    }
    folders.set(name, source)
    let variants: ReturnType<typeof selectVariants>
    try {
      variants = selectVariants(options.variants, config)
    } catch (error) {
      throw new UsageError(`${source}: ${(error as Error).message}`)
    }
    for (const variant of variants) {
      for (const format of options.formats ?? variant.formats) {
        jobs.push({
          source,
          report,
          variant,
          format,
          outputPath: join(options.outDirectory, name, `${variant.name}.${format}`),
        })
      }
    }
  }
  return jobs
}
