import { Worker } from 'node:worker_threads'
import { type BuildJob, type BuildResult, failedResult } from './build-job.js'
import type { SourceReport } from './load-source.js'
import type { RendererCache } from './run-job.js'
import { runTask, type WorkerTask } from './worker-task.js'

/** Runs tasks as they come: on worker threads, or in this thread when there is one. */
export interface BuildPool {
  /** Reads and checks a report source; resolves with the report or its problems. */
  load(path: string): Promise<SourceReport>
  /** Makes one document; resolves with its result. */
  submit(job: BuildJob): Promise<BuildResult>
  /** Stops the workers. */
  close(): Promise<void>
}

interface QueuedTask {
  task: WorkerTask
  resolve: (answer: SourceReport | BuildResult) => void
}

const workerUrl = new URL('./worker.cjs', import.meta.url)

/**
 * Heap limits that keep each worker's memory near what it uses: rendering makes
 * many short-lived objects, which V8 otherwise lets pile up far beyond the live
 * data. The young generation is large enough that a document's short-lived objects
 * mostly die there (16 MB builds a batch of a hundred reports a tenth faster than
 * 8 MB, for some 25 MB more at peak). A report ten times the size of the bundled
 * example renders within them; a task whose worker runs out of memory is run again
 * in the main thread.
 */
const workerLimits = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 160 }

/**
 * Starts a pool of `threads` workers at once, so that they load core and the
 * renderers while the configs are read; `threads` 1 runs tasks in this thread.
 * Workers also read the reports, so the main thread holds only finished reports.
 */
export function startPool(threads: number): BuildPool {
  const mainCache: RendererCache = new Map()
  let run: (task: WorkerTask) => Promise<SourceReport | BuildResult>
  let close = async () => {}
  if (threads <= 1) {
    let chain: Promise<unknown> = Promise.resolve()
    run = (task) => {
      const answer = chain.then(() => runTask(task, mainCache))
      chain = answer
      return answer
    }
  } else {
    const workers = startWorkers(threads, mainCache)
    run = workers.run
    close = workers.close
  }
  return {
    load: (path) => run({ kind: 'load', path }) as Promise<SourceReport>,
    submit: (job) => run({ kind: 'build', job }) as Promise<BuildResult>,
    close,
  }
}

function startWorkers(threads: number, mainCache: RendererCache) {
  const queue: QueuedTask[] = []
  const idle: Worker[] = []
  const running = new Map<Worker, QueuedTask>()
  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!
      const next = queue.shift()!
      running.set(worker, next)
      worker.postMessage(next.task)
    }
  }
  const failed = (task: WorkerTask, reason: string): SourceReport | BuildResult =>
    task.kind === 'build'
      ? failedResult(task.job, reason)
      : { ok: false, problems: [{ file: task.path, message: `could not be read: ${reason}` }] }
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(workerUrl, { resourceLimits: workerLimits })
    worker.on('message', (answer: SourceReport | BuildResult) => {
      running.get(worker)?.resolve(answer)
      running.delete(worker)
      idle.push(worker)
      dispatch()
    })
    worker.once('error', (error) => {
      const current = running.get(worker)
      running.delete(worker)
      workers.splice(workers.indexOf(worker), 1)
      const leftOver = workers.length === 0 ? queue.splice(0) : []
      for (const entry of [...(current ? [current] : []), ...leftOver]) {
        if (
          (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ||
          entry !== current
        ) {
          void runTask(entry.task, mainCache).then(entry.resolve)
        } else {
          entry.resolve(failed(entry.task, `the build worker stopped: ${error.message}`))
        }
      }
    })
    idle.push(worker)
    return worker
  })
  return {
    run(task: WorkerTask): Promise<SourceReport | BuildResult> {
      if (workers.length === 0) return runTask(task, mainCache)
      return new Promise((resolve) => {
        queue.push({ task, resolve })
        dispatch()
      })
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()))
    },
  }
}
