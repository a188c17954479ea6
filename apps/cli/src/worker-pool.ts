import { Worker } from 'node:worker_threads'
import type { BuildJob, BuildResult } from './build-job.js'
import type { SourceReport } from './load-source.js'
import type { RendererCache } from './run-job.js'
import { failedAnswer, runTask, type WorkerTask } from './worker-task.js'

/** Runs tasks as they come: on worker threads, or in this thread when there is one. */
export interface BuildPool {
  /** Reads and checks a report source; resolves with the report or its problems. */
  load(path: string, strict: boolean): Promise<SourceReport>
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
    load: (path, strict) => run({ kind: 'load', path, strict }) as Promise<SourceReport>,
    submit: (job) => run({ kind: 'build', job }) as Promise<BuildResult>,
    close,
  }
}

function startWorkers(threads: number, mainCache: RendererCache) {
  const queue: QueuedTask[] = []
  const idle: Worker[] = []
  const running = new Map<Worker, QueuedTask>()
  let closing = false
  const dispatch = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!
      const next = queue.shift()!
      running.set(worker, next)
      try {
        worker.postMessage(next.task)
      } catch (error) {
        running.delete(worker)
        idle.push(worker)
        next.resolve(
          failedAnswer(
            next.task,
            `it could not be passed to a build worker: ${(error as Error).message}`,
          ),
        )
      }
    }
  }
  const answer = (worker: Worker, result: (task: WorkerTask) => SourceReport | BuildResult) => {
    const current = running.get(worker)
    running.delete(worker)
    idle.push(worker)
    if (current) current.resolve(result(current.task))
    dispatch()
  }
  // A worker that stops takes no more tasks: its task fails (or, out of memory, runs
  // again here), and when no worker is left, the queued tasks run here.
  const retire = (worker: Worker, error: Error) => {
    if (!workers.includes(worker)) return
    workers.splice(workers.indexOf(worker), 1)
    if (idle.includes(worker)) idle.splice(idle.indexOf(worker), 1)
    const current = running.get(worker)
    running.delete(worker)
    const leftOver = workers.length === 0 ? queue.splice(0) : []
    for (const entry of [...(current ? [current] : []), ...leftOver]) {
      if (
        (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ||
        entry !== current
      ) {
        void runTask(entry.task, mainCache).then(entry.resolve)
      } else {
        entry.resolve(failedAnswer(entry.task, `the build worker stopped: ${error.message}`))
      }
    }
  }
  const workers = Array.from({ length: threads }, () => {
    const worker = new Worker(workerUrl, { resourceLimits: workerLimits })
    worker.on('message', (result: SourceReport | BuildResult) => answer(worker, () => result))
    worker.on('messageerror', (error) => {
      answer(worker, (task) =>
        failedAnswer(task, `the build worker's answer could not be read: ${error.message}`),
      )
    })
    worker.once('error', (error) => retire(worker, error))
    worker.once('exit', (code) => {
      if (!closing) retire(worker, new Error(`it exited with code ${code}`))
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
      closing = true
      await Promise.all(workers.map((worker) => worker.terminate()))
    },
  }
}
