import { Worker } from 'node:worker_threads'
import { type BuildJob, type BuildResult, failedResult } from './build-job.js'
import { type RendererCache, runJob } from './run-job.js'

/** Runs build jobs: on worker threads, or in this thread when there is one. */
export interface BuildPool {
  /** Runs the jobs, calling `onResult` as each finishes; resolves with the results in the order of `jobs`. */
  run(
    jobs: readonly BuildJob[],
    onResult?: (result: BuildResult, done: number) => void,
  ): Promise<BuildResult[]>
  /** Stops the workers. */
  close(): Promise<void>
}

const workerUrl = new URL('./build-worker.js', import.meta.url)

/**
 * Starts a pool of `threads` workers at once, so that they load the renderers
 * while the sources are still being read; `threads` 1 runs jobs in this thread.
 */
export function startPool(threads: number): BuildPool {
  if (threads <= 1) {
    const cache: RendererCache = new Map()
    return {
      async run(jobs, onResult) {
        const results: BuildResult[] = []
        for (const job of jobs) {
          results.push(await runJob(job, cache))
          onResult?.(results.at(-1)!, results.length)
        }
        return results
      },
      async close() {},
    }
  }
  const workers = Array.from({ length: threads }, () => new Worker(workerUrl))
  return {
    run: (jobs, onResult) => runOnWorkers(workers, jobs, onResult),
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()))
    },
  }
}

function runOnWorkers(
  workers: Worker[],
  jobs: readonly BuildJob[],
  onResult?: (result: BuildResult, done: number) => void,
): Promise<BuildResult[]> {
  const results: Array<BuildResult | undefined> = new Array(jobs.length).fill(undefined)
  let done = 0
  let next = 0
  const finish = (index: number, result: BuildResult) => {
    if (results[index] !== undefined) return
    results[index] = result
    done++
    onResult?.(result, done)
  }
  return new Promise((resolveAll) => {
    let idle = 0
    const settle = () => {
      idle++
      if (idle < workers.length) return
      // Jobs left when every worker stopped on an error.
      for (const [index, job] of jobs.entries())
        finish(index, failedResult(job, 'not built: every build worker stopped'))
      resolveAll(results as BuildResult[])
    }
    for (const worker of workers) {
      let current = -1
      const send = () => {
        if (next >= jobs.length) return settle()
        current = next++
        worker.postMessage({ index: current, job: jobs[current] })
      }
      worker.on('message', (message: { index: number; result: BuildResult }) => {
        finish(message.index, message.result)
        send()
      })
      worker.once('error', (error) => {
        worker.removeAllListeners('message')
        if (current >= 0)
          finish(
            current,
            failedResult(jobs[current]!, `the build worker stopped: ${error.message}`),
          )
        settle()
      })
      send()
    }
  })
}
