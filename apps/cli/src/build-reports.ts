import { stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { basename, join, sep } from 'node:path'
import { performance } from 'node:perf_hooks'
import type { LanguageOverrides, OutputFormat, Variant } from '@rapporteur/core'
import { removeTemporaryFiles } from './atomic-write.js'
import type { BuildResult } from './build-job.js'
import { jobsFor, outputFolders, outputPath, variantsFor, variantsLeftOut } from './build-plan.js'
import { type BuildSummary, type SourceOutcome, summariseBuild } from './build-summary.js'
import { coloursFor } from './colours.js'
import { onEarlyExit } from './early-exit.js'
import { type ExitCode, exitCode } from './exit-code.js'
import {
  loadSourceConfig,
  readStandardInput,
  type SourceReport,
  standardInput,
} from './load-source.js'
import { makeFolder } from './make-folder.js'
import { formatProblemLine } from './problem-line.js'
import { createProgress, type Progress } from './progress.js'
import { translationLanguage, translationsOf } from './translations.js'
import { UsageError } from './usage-error.js'
import { type BuildPool, startPool } from './worker-pool.js'

/** Options of one build run. */
export interface BuildReportsOptions {
  variants: 'all' | readonly string[]
  formats: readonly OutputFormat[] | undefined
  outDirectory: string
  /** Print the summary as JSON on stdout instead of lines. */
  json: boolean
  /** Print only problems and warnings: no progress, no summary line. */
  quiet?: boolean
  /** Treat a report's warnings as problems: it is not built. */
  strict: boolean
  /**
   * Worker threads; 1 builds in this thread. Default: one per core, but no more
   * than one per four documents, since starting a worker costs about as much as
   * rendering a few documents; a source past 1 MB gets a worker even alone or
   * with 1, so that the memory it takes has a limit.
   */
  threads: number | undefined
  /** The moment every document is dated (ISO 8601); default: each report's meeting day. */
  documentDate?: string
  /** Mark each HTML paragraph with where it was written (for `preview`). Default: false. */
  sourcePositions?: boolean
  /**
   * Also build each report's translations beside it (`report.fr.md`). Default: true;
   * `preview`, which shows one language version at a time, builds only the file given.
   */
  translations?: boolean
  /**
   * Whether HTML pages embed the PDF's faces; false turns them off for every report,
   * whatever its config says. Default: each report's config (`webFonts`), else true.
   */
  webFonts?: boolean
  /** Called as each document is done, before the others are. */
  onResult?: (result: BuildResult) => void
}

/** A source whose config is read and whose variants are chosen. */
interface PreparedSource {
  source: string
  folder: string
  variants: Variant[]
  problems: SourceOutcome['problems']
  /** The config's languages. */
  languages?: LanguageOverrides
  /** Whether its HTML pages embed the PDF's faces: the config's and the options' choice. */
  webFonts?: boolean
  /** For a translation (`report.fr.md`), the source it translates, prepared before it. */
  original?: PreparedSource
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
): Promise<{ exitCode: ExitCode; summary: BuildSummary; outcomes: SourceOutcome[] }> {
  const started = performance.now()
  // `--out -`: the one document goes to standard output, and every message to stderr.
  const toStandardOutput = options.outDirectory === '-'
  const folders = outputFolders(files, options.outDirectory)
  const configs = await Promise.all(files.map(loadSourceConfig))
  const reports = files.map((source, index): PreparedSource => {
    const config = configs[index]!
    if (!config.ok)
      return { source, folder: folders[index]!, variants: [], problems: config.problems }
    const variants = variantsFor(source, options.variants, config.config)
    if (!options.quiet) {
      for (const left of variantsLeftOut(options.variants, variants, config.config)) {
        process.stderr.write(
          `${source}: variant "${left.name}" names participants, so "all" leaves it out: build it with --variant ${left.name}\n`,
        )
      }
    }
    return {
      source,
      folder: folders[index]!,
      variants,
      problems: [],
      languages: config.config?.languages,
      webFonts: options.webFonts !== false && config.config?.webFonts !== false,
    }
  })
  // Each report's translations beside it (report.fr.md) build into <folder>/<language>/,
  // with the report's config and variants.
  const translations = await Promise.all(
    files.map((source) =>
      source === standardInput || options.translations === false ? [] : translationsOf(source),
    ),
  )
  const prepared = reports.flatMap((entry, index) => [
    entry,
    ...translations[index]!.map(
      (source): PreparedSource => ({
        ...entry,
        source,
        problems: [],
        folder: join(entry.folder, translationLanguage(source)!),
        original: entry,
      }),
    ),
  ])
  // Every path is checked before anything is written.
  for (const entry of prepared)
    for (const variant of entry.variants)
      for (const format of options.formats ?? variant.formats)
        outputPath(options.outDirectory, entry.folder, variant, format)
  const total = prepared.reduce(
    (sum, entry) =>
      sum +
      entry.variants.reduce(
        (count, variant) => count + (options.formats ?? variant.formats).length,
        0,
      ),
    0,
  )
  if (toStandardOutput && (total !== 1 || prepared.length !== 1)) {
    throw new UsageError(
      `--out - writes one document to standard output, and this would make ${total}: name one source, one --variant and one --format`,
    )
  }
  if (!toStandardOutput) {
    await makeFolder(options.outDirectory).catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(
        `--out ${options.outDirectory}: the folder cannot be made (${error.code ?? error.message})`,
      )
    })
  }
  const threads =
    options.threads ?? Math.min(availableParallelism(), Math.max(1, Math.floor(total / 4)))
  // Standard input is read here, once, so that its size counts as a file's does.
  const standardInputBytes = files.includes(standardInput) ? await readStandardInput() : undefined
  const largestSource = Math.max(await largestSize(files), standardInputBytes?.byteLength ?? 0)
  // A large source is built on a worker even alone, with --jobs 1 or for standard
  // output, so that its memory has a limit: this thread's has none, and running out of
  // it would end the program. A document for standard output is made wherever, and
  // written by this thread, which owns standard output.
  const workerThreads =
    largestSource > largeSource
      ? Math.max(1, Math.min(threads, total))
      : toStandardOutput || threads <= 1
        ? 0
        : Math.min(threads, total)
  const pool = startPool(workerThreads, largestSource)
  const progress = createProgress(
    total,
    options.json || toStandardOutput ? process.stderr : process.stdout,
    options.json || options.quiet === true || toStandardOutput,
  )
  const cancelCleanup = onEarlyExit(async () => {
    progress.finish()
    await pool.close()
    await removeTemporaryFiles(prepared.map((entry) => entry.folder))
  })
  let outcomes: SourceOutcome[]
  try {
    outcomes = await buildAll(
      prepared,
      options,
      pool,
      progress,
      Math.max(2, threads * 2),
      standardInputBytes,
    )
  } finally {
    cancelCleanup()
    progress.finish()
    await pool.close()
  }

  const summary = summariseBuild(outcomes, performance.now() - started)
  if (options.json) {
    if (!toStandardOutput) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`)
    else process.stderr.write(`${JSON.stringify(summary, null, 2)}\n`)
  } else {
    const results = outcomes.flatMap((outcome) => outcome.results)
    for (const result of results) {
      for (const warning of result.warnings)
        process.stderr.write(`warning: ${result.outputPath}: ${warning}\n`)
    }
    if (!options.quiet) {
      const target = toStandardOutput ? process.stderr : process.stdout
      target.write(`${summaryLine(outcomes, summary.milliseconds, folders, options)}\n`)
    }
  }
  return { exitCode: summary.ok ? exitCode.ok : exitCode.invalidInput, summary, outcomes }
}

/**
 * Writes to standard output the document a result carries (`--out -`), and returns
 * the result without it; a document that cannot be written fails its result.
 */
async function writeDocument(result: BuildResult): Promise<BuildResult> {
  const { document, ...rest } = result
  if (document === undefined) return result
  try {
    await new Promise<void>((resolve, reject) => {
      process.stdout.write(document, (error) => (error ? reject(error) : resolve()))
    })
    return rest
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { ...rest, ok: false, bytes: 0, error: reason }
  }
}

/** Sources past this size (bytes) are built on a worker thread, whose memory has a limit. */
const largeSource = 1024 * 1024

/** The size in bytes of the largest file (0 for one that cannot be read); standard input is none. */
async function largestSize(files: readonly string[]): Promise<number> {
  const sizes = await Promise.all(
    files
      .filter((file) => file !== standardInput)
      .map((file) =>
        stat(file).then(
          (found) => found.size,
          () => 0,
        ),
      ),
  )
  return Math.max(0, ...sizes)
}

/**
 * The last line of a build, which says where the documents went: `built 12 files
 * into out/gcm-2022/ in 2.10 s`, or `built 10 of 12 files into out/ in 3.02 s; 1
 * invalid report not built`.
 */
function summaryLine(
  outcomes: readonly SourceOutcome[],
  milliseconds: number,
  folders: readonly string[],
  options: BuildReportsOptions,
): string {
  const colours = coloursFor(options.outDirectory === '-' ? process.stderr : process.stdout)
  const results = outcomes.flatMap((outcome) => outcome.results)
  const written = results.filter((result) => result.ok).length
  const invalid = outcomes.filter((outcome) => outcome.problems.length > 0).length
  const files = `file${results.length === 1 ? '' : 's'}`
  const count =
    written === results.length ? `${written} ${files}` : `${written} of ${results.length} ${files}`
  const place =
    options.outDirectory === '-'
      ? 'to standard output'
      : `into ${folderName(folders.length === 1 ? folders[0]! : options.outDirectory)}`
  const line = `built ${count} ${place} in ${(milliseconds / 1000).toFixed(2)} s`
  const parts = [written === results.length && invalid === 0 ? colours.green(line) : line]
  if (invalid > 0)
    parts.push(colours.red(`${invalid} invalid report${invalid === 1 ? '' : 's'} not built`))
  return parts.join('; ')
}

/** A folder as the summary names it: with a trailing separator, so that it reads as a folder. */
function folderName(folder: string): string {
  return folder.endsWith(sep) ? folder : `${folder}${sep}`
}

/**
 * Builds the sources, at most `readAhead` of them loaded at a time; outcomes in the
 * order of `sources`. `standardInputBytes` is standard input, read already.
 */
async function buildAll(
  sources: readonly PreparedSource[],
  options: BuildReportsOptions,
  pool: BuildPool,
  progress: Progress,
  readAhead: number,
  standardInputBytes: Uint8Array | undefined,
): Promise<SourceOutcome[]> {
  const outcomes: SourceOutcome[] = new Array(sources.length)
  let next = 0
  let done = 0
  // Each report's load, which its translations wait for and are compared with.
  const loads = new Map<PreparedSource, Promise<SourceReport>>()
  const load = async (entry: PreparedSource): Promise<SourceReport> => {
    // Standard input, which only this thread can read, is handed over as bytes.
    if (entry.source === standardInput)
      return pool.load(
        entry.source,
        options.strict,
        entry.languages,
        options.sourcePositions,
        undefined,
        standardInputBytes,
      )
    if (entry.original === undefined)
      return pool.load(entry.source, options.strict, entry.languages, options.sourcePositions)
    const original = await loads.get(entry.original)
    if (!original?.ok)
      return {
        ok: false,
        problems: [
          {
            file: entry.source,
            message: `not built: ${basename(entry.original.source)}, which it translates, has problems`,
          },
        ],
      }
    return pool.load(entry.source, options.strict, entry.languages, options.sourcePositions, {
      report: original.report,
      name: basename(entry.original.source),
    })
  }
  const buildOne = async (entry: PreparedSource): Promise<SourceOutcome> => {
    if (entry.problems.length > 0)
      return { source: entry.source, problems: entry.problems, results: [] }
    const loading = load(entry)
    loads.set(entry, loading)
    const loaded = await loading
    if (!loaded.ok) {
      for (const problem of loaded.problems)
        progress.log(process.stderr, formatProblemLine(problem))
      progress.skip(
        entry.variants.reduce(
          (count, variant) => count + (options.formats ?? variant.formats).length,
          0,
        ),
      )
      return { source: entry.source, problems: loaded.problems, results: [] }
    }
    for (const warning of loaded.warnings) progress.log(process.stderr, formatProblemLine(warning))
    const jobs = jobsFor(
      entry.source,
      loaded.report,
      entry.variants,
      options.formats,
      options.outDirectory,
      entry.folder,
      {
        languages: entry.languages,
        documentDate: options.documentDate,
        sourcePositions: loaded.positions,
        webFonts: entry.webFonts,
      },
    ).map((job) => (options.outDirectory === '-' ? { ...job, outputPath: '-' } : job))
    const results = await Promise.all(
      jobs.map(async (job) => {
        const result = await writeDocument(await pool.submit(job))
        progress.update(result, ++done)
        options.onResult?.(result)
        return result
      }),
    )
    return { source: entry.source, problems: [], warnings: loaded.warnings, results }
  }
  for (const entry of sources) {
    if (entry.problems.length > 0)
      for (const problem of entry.problems) progress.log(process.stderr, formatProblemLine(problem))
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
