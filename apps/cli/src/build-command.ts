import { type OutputFormat, outputFormat } from '@rapporteur/core'
import { buildReports } from './build-reports.js'
import { documentDateSetting } from './document-date-setting.js'
import type { ExitCode } from './exit-code.js'
import { standardInput } from './load-source.js'
import { findReportSources } from './report-sources.js'
import { emptyShard, type Shard } from './shard.js'
import { UsageError } from './usage-error.js'
import { watchSources } from './watch-sources.js'

/** The options of `rapporteur build`, as parsed from the command line. */
export interface BuildCommandOptions {
  variant?: string[]
  format?: string[]
  out: string
  json: boolean
  quiet?: boolean
  strict: boolean
  watch: boolean
  jobs?: number
  shard?: Shard
  /** `--no-web-fonts` sets false: HTML pages embed no faces, whatever the config says. */
  webFonts?: boolean
}

/** `rapporteur build SOURCE...`: builds the variants of each report in each format. */
export async function buildCommand(
  sources: string[],
  options: BuildCommandOptions,
): Promise<ExitCode> {
  const formats = options.format ? checkFormats(options.format) : undefined
  const variants: 'all' | string[] = options.variant ?? 'all'
  const documentDate = documentDateSetting()
  const files = await findReportSources(sources, { shard: options.shard })
  if (files.length === 0) return emptyShard(options.shard)
  const settings = {
    variants,
    formats,
    outDirectory: options.out,
    json: options.json,
    quiet: options.quiet,
    strict: options.strict,
    threads: options.jobs,
    documentDate,
    ...(options.webFonts === false ? { webFonts: false } : {}),
  }
  if (options.watch && files.includes(standardInput))
    throw new UsageError('--watch cannot watch standard input (-): name the report file')
  const first = await buildReports(files, settings)
  if (!options.watch) return first.exitCode

  process.stderr.write('watching for changes; press Ctrl+C to stop\n')
  let running = Promise.resolve()
  watchSources(files, (changed) => {
    running = running.then(async () => {
      try {
        await buildReports(changed, settings)
      } catch (error) {
        if (!(error instanceof UsageError)) throw error
        process.stderr.write(`rapporteur: ${error.message}\n`)
      }
    })
  })
  return new Promise<ExitCode>(() => {})
}

function checkFormats(names: readonly string[]): OutputFormat[] {
  const known = outputFormat.options as readonly string[]
  for (const name of names) {
    if (!known.includes(name))
      throw new UsageError(`unknown format "${name}" (formats: ${known.join(', ')})`)
  }
  return names as OutputFormat[]
}
