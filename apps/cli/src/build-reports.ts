import { availableParallelism } from 'node:os'
import { performance } from 'node:perf_hooks'
import { builtInVariantNames, formatProblem, type OutputFormat } from '@rapporteur/core'
import { planBuild } from './build-plan.js'
import { type BuildSummary, summariseBuild } from './build-summary.js'
import { type ExitCode, exitCode } from './exit-code.js'
import { loadSource } from './load-source.js'
import { createProgress } from './progress.js'
import { type BuildPool, startPool } from './worker-pool.js'

/** Options of one build run. */
export interface BuildReportsOptions {
  variants: 'all' | readonly string[]
  formats: readonly OutputFormat[] | undefined
  outDirectory: string
  /** Print the summary as JSON on stdout instead of lines. */
  json: boolean
  /**
   * Worker threads; 1 builds in this thread. Default: one per core, but no more
   * than one per four documents, since starting a worker costs about as much as
   * rendering a few documents.
   */
  threads: number | undefined
}

/**
 * Builds report files (already found on disk): loads and checks each with its
 * config, lists the problems of invalid ones and writes nothing for them, builds
 * the others on worker threads, then reports. Throws a `UsageError` on misuse.
 */
export async function buildReports(
  files: readonly string[],
  options: BuildReportsOptions,
): Promise<{ exitCode: ExitCode; summary: BuildSummary }> {
  const started = performance.now()
  const estimate = estimateJobs(files.length, options)
  const threads =
    options.threads ?? Math.min(availableParallelism(), Math.max(1, Math.floor(estimate / 4)))
  const pool = startPool(Math.min(threads, estimate))
  try {
    return await buildWithPool(files, options, pool, started)
  } finally {
    await pool.close()
  }
}

/** How many documents a build makes (user-defined variants aside), to start no more workers than there is work for. */
function estimateJobs(sources: number, options: BuildReportsOptions): number {
  const variants = options.variants === 'all' ? builtInVariantNames.length : options.variants.length
  return sources * variants * (options.formats?.length ?? 3)
}

async function buildWithPool(
  files: readonly string[],
  options: BuildReportsOptions,
  pool: BuildPool,
  started: number,
): Promise<{ exitCode: ExitCode; summary: BuildSummary }> {
  const loaded = await Promise.all(files.map(loadSource))
  for (const entry of loaded) {
    if (!entry.ok)
      for (const problem of entry.problems) process.stderr.write(`${formatProblem(problem)}\n`)
  }
  const valid = loaded.flatMap((entry) => (entry.ok ? [entry] : []))
  const jobs = planBuild(valid, options)
  const progress = createProgress(
    jobs.length,
    options.json ? process.stderr : process.stdout,
    options.json,
  )
  const results = await pool.run(jobs, (result, done) => progress.update(result, done))
  progress.finish()

  const summary = summariseBuild(loaded, results, performance.now() - started)
  if (options.json) {
    process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`)
  } else {
    for (const result of results) {
      for (const warning of result.warnings)
        process.stderr.write(`warning: ${result.outputPath}: ${warning}\n`)
    }
    const written = results.filter((result) => result.ok).length
    const invalid = loaded.length - valid.length
    const parts = [
      `built ${written} of ${results.length} file${results.length === 1 ? '' : 's'} in ${(summary.milliseconds / 1000).toFixed(2)} s`,
    ]
    if (invalid > 0) parts.push(`${invalid} invalid report${invalid === 1 ? '' : 's'} not built`)
    process.stdout.write(`${parts.join('; ')}\n`)
  }
  return { exitCode: summary.ok ? exitCode.ok : exitCode.invalidInput, summary }
}
