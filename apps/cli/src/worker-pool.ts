import { Worker } from 'node:worker_threads'
import type { BuildJob, BuildResult } from './build-job.js'
import { type RendererCache, runJob } from './run-job.js'

/** Options of `runJobs`. */
export interface RunJobsOptions {
  /** Worker threads to use; 1 runs every job in this thread. */
  threads: number
  /** Called as each job finishes, in the order they finish. */
  onResult?: (result: BuildResult, done: number) => void
}

const workerUrl = new URL('./build-worker.js', import.meta.url)

/**
 * Runs build jobs on a pool of worker threads, each taking the next job when it
 * is free. Returns the results in the order of `jobs`.
 */
export async function runJobs(
  jobs: readonly BuildJob[],
  options: RunJobsOptions,
): Promise<BuildResult[]> {
  const results: BuildResult[] = new Array(jobs.length)
  let done = 0
  const finish = (index: number, result: BuildResult) => {
    results[index] = result
    done++
    options.onResult?.(result, done)
  }
  const threads = Math.max(1, Math.min(options.threads, jobs.length))
  if (threads === 1) {
    const cache: RendererCache = new Map()
    for (const [index, job] of jobs.entries()) finish(index, await runJob(job, cache))
    return results
  }

  let next = 0
  await Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise<void>((resolvePool) => {
          const worker = new Worker(workerUrl)
          let current = -1
          const send = () => {
            if (next >= jobs.length) {
              void worker.terminate().then(() => resolvePool())
              return
            }
            current = next++
            worker.postMessage({ index: current, job: jobs[current] })
          }
          worker.on('message', (message: { index: number; result: BuildResult }) => {
            finish(message.index, message.result)
            send()
          })
          worker.on('error', (error) => {
            if (current >= 0 && results[current] === undefined) {
              const job = jobs[current]!
              finish(current, {
                source: job.source,
                variant: job.variant.name,
                format: job.format,
                outputPath: job.outputPath,
                ok: false,
                bytes: 0,
                milliseconds: 0,
                warnings: [],
                error: `the build worker stopped: ${error.message}`,
              })
            }
            resolvePool()
          })
          send()
        }),
    ),
  )
  // Jobs left when every worker stopped on an error.
  for (const [index, job] of jobs.entries()) {
    if (results[index] === undefined) {
      finish(index, {
        source: job.source,
        variant: job.variant.name,
        format: job.format,
        outputPath: job.outputPath,
        ok: false,
        bytes: 0,
        milliseconds: 0,
        warnings: [],
        error: 'not built: every build worker stopped',
      })
    }
  }
  return results
}
