import { Worker } from 'node:worker_threads'
import { type BuildJob, type BuildResult, failedResult } from './build-job.js'
import { type RendererCache, runJob } from './run-job.js'

/** Runs build jobs as they come: on worker threads, or in this thread when there is one. */
export interface BuildPool {
  /** Queues a job; resolves with its result when it is done. */
  submit(job: BuildJob): Promise<BuildResult>
  /** Stops the workers. */
  close(): Promise<void>
}

interface QueuedJob {
  job: BuildJob
  resolve: (result: BuildResult) => void
}

const workerUrl = new URL('./build-worker.js', import.meta.url)

/**
 * Heap limits that keep each worker's memory near what it uses: rendering makes
 * many short-lived objects, which V8 otherwise lets pile up far beyond the live
 * data. A report ten times the size of the bundled example renders within them;
 * a job whose worker runs out of memory is run again in the main thread.
 */
const workerLimits = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 160 }

/**
 * Starts a pool of `threads` workers at once, so that they load the renderers
 * while the sources are still being read; `threads` 1 runs jobs in this thread.
 */
export function startPool(threads: number): BuildPool {
  if (threads <= 1) {
    const cache: RendererCache = new Map()
    let chain: Promise<unknown> = Promise.resolve()
    return {
      submit(job) {
        const result = chain.then(() => runJob(job, cache))
        chain = result
        return result
      },
      async close() {},
    }
  }

  const mainCache: RendererCache = new Map()
  const queue: QueuedJob[] = []
  const idle: Worker[] = []
  const running = new Map<Worker, QueuedJob>()
  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!
      const next = queue.shift()!
      running.set(worker, next)
      worker.postMessage(next.job)
    }
  }
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(workerUrl, { resourceLimits: workerLimits })
    worker.on('message', (result: BuildResult) => {
      running.get(worker)?.resolve(result)
      running.delete(worker)
      idle.push(worker)
      dispatch()
    })
    worker.once('error', (error) => {
      const current = running.get(worker)
      running.delete(worker)
      if (current) {
        const retry = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
        if (retry) void runJob(current.job, mainCache).then(current.resolve)
        else
          current.resolve(failedResult(current.job, `the build worker stopped: ${error.message}`))
      }
      workers.splice(workers.indexOf(worker), 1)
      if (workers.length === 0) {
        for (const left of queue.splice(0))
          left.resolve(failedResult(left.job, 'not built: every build worker stopped'))
      }
    })
    idle.push(worker)
    return worker
  })
  return {
    submit(job) {
      if (workers.length === 0)
        return Promise.resolve(failedResult(job, 'not built: every build worker stopped'))
      return new Promise((resolve) => {
        queue.push({ job, resolve })
        dispatch()
      })
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()))
    },
  }
}
