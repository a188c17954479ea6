import { stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { performance } from 'node:perf_hooks'
import type { LanguageOverrides, OutputFormat, Variant } from '@rapporteur/core'
import { removeTemporaryFiles } from './atomic-write.js'
import { jobsFor, outputFolders, outputPath, variantsFor, variantsLeftOut } from './build-plan.js'
import { type BuildSummary, type SourceOutcome, summariseBuild } from './build-summary.js'
import { onEarlyExit } from './early-exit.js'
import { type ExitCode, exitCode } from './exit-code.js'
import { loadSourceConfig } from './load-source.js'
import { makeFolder } from './make-folder.js'
import { formatProblemLine } from './problem-line.js'
import { createProgress, type Progress } from './progress.js'
import { UsageError } from './usage-error.js'
import { type BuildPool, startPool } from './worker-pool.js'

/** Options of one build run. */
export interface BuildReportsOptions {
  variants: 'all' | readonly string[]
  formats: readonly OutputFormat[] | undefined
  outDirectory: string
  /** Print the summary as JSON on stdout instead of lines. */
  json: boolean
  /** Treat a report's warnings as problems: it is not built. */
  strict: boolean
  /**
   * Worker threads; 1 builds in this thread. Default: one per core, but no more
   * than one per four documents, since starting a worker costs about as much as
   * rendering a few documents; a source past 1 MB gets a worker even alone, so
   * that the memory it takes has a limit.
   */
  threads: number | undefined
  /** The moment every document is dated (ISO 8601); default: each report's meeting day. */
  documentDate?: string
}

/** A source whose config is read and whose variants are chosen. */
interface PreparedSource {
  source: string
  folder: string
  variants: Variant[]
  problems: SourceOutcome['problems']
  /** The config's languages. */
  languages?: LanguageOverrides
}

/**
 * Builds report files (already found on disk). First, without writing anything,
 * reads each config and checks the variants asked for (a `UsageError` on misuse).
 * Then reads and checks the reports a few at a time, lists the problems of invalid
 * ones and writes nothing for them, and builds the others on the worker pool;
 * reading ahead only a few reports keeps memory flat however many there are.
 */
export async function buildReports(
  files: readonly string[],
  options: BuildReportsOptions,
): Promise<{ exitCode: ExitCode; summary: BuildSummary }> {
  const started = performance.now()
  const folders = outputFolders(files, options.outDirectory)
  const configs = await Promise.all(files.map(loadSourceConfig))
  const prepared = files.map((source, index): PreparedSource => {
    const config = configs[index]!
    if (!config.ok)
      return { source, folder: folders[index]!, variants: [], problems: config.problems }
    const variants = variantsFor(source, options.variants, config.config)
    for (const left of variantsLeftOut(options.variants, variants, config.config)) {
      process.stderr.write(
        `${source}: variant "${left.name}" names participants, so "all" leaves it out: build it with --variant ${left.name}\n`,
      )
    }
    return {
      source,
      folder: folders[index]!,
      variants,
      problems: [],
      languages: config.config?.languages,
    }
  })
  // Every path is checked before anything is written.
  for (const entry of prepared)
    for (const variant of entry.variants)
      for (const format of options.formats ?? variant.formats)
        outputPath(options.outDirectory, entry.folder, variant, format)
  await makeFolder(options.outDirectory).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(
      `--out ${options.outDirectory}: the folder cannot be made (${error.code ?? error.message})`,
    )
  })
  const total = prepared.reduce(
    (sum, entry) =>
      sum +
      entry.variants.reduce(
        (count, variant) => count + (options.formats ?? variant.formats).length,
        0,
      ),
    0,
  )
  const threads =
    options.threads ?? Math.min(availableParallelism(), Math.max(1, Math.floor(total / 4)))
  const largestSource = await largestSize(files)
  // A large source is built on a worker even alone, so that its memory has a limit.
  const workerThreads =
    threads > 1
      ? Math.min(threads, total)
      : options.threads === undefined && largestSource > largeSource
        ? 1
        : 0
  const pool = startPool(workerThreads, largestSource)
  const progress = createProgress(
    total,
    options.json ? process.stderr : process.stdout,
    options.json,
  )
  const cancelCleanup = onEarlyExit(async () => {
    progress.finish()
    await pool.close()
    await removeTemporaryFiles(folders)
  })
  let outcomes: SourceOutcome[]
  try {
    outcomes = await buildAll(prepared, options, pool, progress, Math.max(2, threads * 2))
  } finally {
    cancelCleanup()
    progress.finish()
    await pool.close()
  }

  const summary = summariseBuild(outcomes, performance.now() - started)
  if (options.json) {
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`)
  } else {
    const results = outcomes.flatMap((outcome) => outcome.results)
    for (const result of results) {
      for (const warning of result.warnings)
        process.stderr.write(`warning: ${result.outputPath}: ${warning}\n`)
    }
    const written = results.filter((result) => result.ok).length
    const invalid = outcomes.filter((outcome) => outcome.problems.length > 0).length
    const parts = [
      `built ${written} of ${results.length} file${results.length === 1 ? '' : 's'} in ${(summary.milliseconds / 1000).toFixed(2)} s`,
    ]
    if (invalid > 0) parts.push(`${invalid} invalid report${invalid === 1 ? '' : 's'} not built`)
    process.stdout.write(`${parts.join('; ')}\n`)
  }
  return { exitCode: summary.ok ? exitCode.ok : exitCode.invalidInput, summary }
}

/** Sources past this size (bytes) are built on a worker thread, whose memory has a limit. */
const largeSource = 1024 * 1024

/** The size in bytes of the largest of the files (0 for those that cannot be read). */
async function largestSize(files: readonly string[]): Promise<number> {
  const sizes = await Promise.all(
    files.map((file) =>
      stat(file).then(
        (found) => found.size,
        () => 0,
      ),
    ),
  )
  return Math.max(0, ...sizes)
}

/** Builds the sources, at most `readAhead` of them loaded at a time; outcomes in the order of `sources`. */
async function buildAll(
  sources: readonly PreparedSource[],
  options: BuildReportsOptions,
  pool: BuildPool,
  progress: Progress,
  readAhead: number,
): Promise<SourceOutcome[]> {
  const outcomes: SourceOutcome[] = new Array(sources.length)
  let next = 0
  let done = 0
  const buildOne = async (entry: PreparedSource): Promise<SourceOutcome> => {
    if (entry.problems.length > 0)
      return { source: entry.source, problems: entry.problems, results: [] }
    const loaded = await pool.load(entry.source, options.strict, entry.languages)
    if (!loaded.ok) {
      for (const problem of loaded.problems) process.stderr.write(`${formatProblemLine(problem)}\n`)
      progress.skip(
        entry.variants.reduce(
          (count, variant) => count + (options.formats ?? variant.formats).length,
          0,
        ),
      )
      return { source: entry.source, problems: loaded.problems, results: [] }
    }
    for (const warning of loaded.warnings) process.stderr.write(`${formatProblemLine(warning)}\n`)
    const jobs = jobsFor(
      entry.source,
      loaded.report,
      entry.variants,
      options.formats,
      options.outDirectory,
      entry.folder,
      entry.languages,
      options.documentDate,
    )
    const results = await Promise.all(
      jobs.map(async (job) => {
        const result = await pool.submit(job)
        progress.update(result, ++done)
        return result
      }),
    )
    return { source: entry.source, problems: [], warnings: loaded.warnings, results }
  }
  for (const entry of sources) {
    if (entry.problems.length > 0)
      for (const problem of entry.problems) process.stderr.write(`${formatProblemLine(problem)}\n`)
  }
  await Promise.all(
    Array.from({ length: Math.min(readAhead, sources.length) }, async () => {
      while (next < sources.length) {
        const index = next++
        outcomes[index] = await buildOne(sources[index]!)
      }
    }),
  )
  return outcomes
}
