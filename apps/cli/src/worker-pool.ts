import { Worker } from 'node:worker_threads'
import type { LanguageOverrides } from '@rapporteur/core'
import type { BuildJob, BuildResult } from './build-job.js'
import { type FlushRequest, flushed } from './build-worker.js'
import type { SourceReport, SourceReportOptions } from './load-source.js'
import { saveParagraphCacheFiles } from './paragraph-cache-file.js'
import type { RendererCache } from './run-job.js'
import { failedAnswer, runTask, type WorkerTask } from './worker-task.js'

/** Runs tasks as they come: on worker threads, or in this thread when there is one. */
export interface BuildPool {
  /**
   * Reads and checks a report source; resolves with the report or its problems. With
   * `original`, the source is a translation of that report and must agree with it;
   * with `bytes`, the source was read already (standard input).
   */
  load(
    path: string,
    strict: boolean,
    languages?: LanguageOverrides,
    sourcePositions?: boolean,
    original?: SourceReportOptions['original'],
    bytes?: Uint8Array,
  ): Promise<SourceReport>
  /** Makes one document; resolves with its result. */
  submit(job: BuildJob): Promise<BuildResult>
  /**
   * Writes back the set paragraphs each thread's PDF renderer kept (see
   * `paragraph-cache-file.ts`), one thread after another, then stops the workers.
   */
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
 * 8 MB, for some 25 MB more at peak). The old generation grows with the largest
 * source: a document takes up to some 250 times its source's size while it is made
 * (a PDF of a hundred thousand short paragraphs the most).
 * `RAPPORTEUR_WORKER_MEMORY=MB` sets the old generation's limit instead.
 */
export function workerLimits(
  largestSource: number,
  setting = process.env.RAPPORTEUR_WORKER_MEMORY,
) {
  const sourceMegabytes = largestSource / 1024 / 1024
  const given = Number(setting)
  return {
    maxYoungGenerationSizeMb: 16,
    maxOldGenerationSizeMb:
      setting && Number.isInteger(given) && given > 0
        ? given
        : Math.ceil(160 + 250 * sourceMegabytes),
  }
}

/** Why a document was not made when its worker ran out of memory. */
export function outOfMemoryReason(limitMegabytes: number): string {
  return `it needs more memory than the ${limitMegabytes} MB a build worker may use: split the report into smaller ones`
}

/**
 * Starts a pool of `threads` workers at once, so that they load core and the
 * renderers while the configs are read; `threads` 1 runs tasks in this thread.
 * Workers also read the reports, so the main thread holds only finished reports.
 * `largestSource` (bytes) sets the workers' memory limits; `script` is the workers'
 * program (default: the build worker beside this one).
 */
export function startPool(threads: number, largestSource = 0, script = workerUrl): BuildPool {
  const mainCache: RendererCache = new Map()
  let run: (task: WorkerTask) => Promise<SourceReport | BuildResult>
  let close = async () => saveParagraphCacheFiles()
  if (threads <= 0) {
    let chain: Promise<unknown> = Promise.resolve()
    run = (task) => {
      const answer = chain.then(() => runTask(task, mainCache))
      chain = answer
      return answer
    }
  } else {
    const workers = startWorkers(threads, workerLimits(largestSource), script)
    run = workers.run
    close = workers.close
  }
  return {
    load: (path, strict, languages, sourcePositions, original, bytes) =>
      run({
        kind: 'load',
        path,
        strict,
        languages,
        sourcePositions,
        ...(original === undefined ? {} : { original }),
        ...(bytes === undefined ? {} : { bytes }),
      }) as Promise<SourceReport>,
    submit: (job) => run({ kind: 'build', job }) as Promise<BuildResult>,
    close,
  }
}

/** How long a worker may take to write back its caches before it is stopped anyway. */
const flushTimeout = 10_000

/** Asks a worker to write back its caches; resolves when it has, or has stopped, or took too long. */
function flush(worker: Worker): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      worker.off('message', onMessage)
      worker.off('exit', done)
      worker.off('error', done)
      resolve()
    }
    const onMessage = (message: { kind?: unknown }) => {
      if (message?.kind === flushed.kind) done()
    }
    const timer = setTimeout(done, flushTimeout)
    worker.on('message', onMessage)
    worker.once('exit', done)
    worker.once('error', done)
    try {
      worker.postMessage({ kind: 'flush' } satisfies FlushRequest)
    } catch {
      done()
    }
  })
}

function startWorkers(threads: number, limits: ReturnType<typeof workerLimits>, script: URL) {
  const queue: QueuedTask[] = []
  const idle: Worker[] = []
  const running = new Map<Worker, QueuedTask>()
  const workers: Worker[] = []
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
  // A worker that stops takes no more tasks, and its task fails. One that ran out of
  // memory is replaced, so that the tasks after it still run within the limits; when
  // another kind of failure leaves no worker, the tasks left fail too.
  const retire = (worker: Worker, error: Error) => {
    if (!workers.includes(worker)) return
    workers.splice(workers.indexOf(worker), 1)
    if (idle.includes(worker)) idle.splice(idle.indexOf(worker), 1)
    const current = running.get(worker)
    running.delete(worker)
    const outOfMemory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
    const reason = outOfMemory
      ? outOfMemoryReason(limits.maxOldGenerationSizeMb)
      : `the build worker stopped: ${error.message}`
    current?.resolve(failedAnswer(current.task, reason))
    if (outOfMemory && current && !closing) startWorker()
    if (workers.length === 0)
      for (const entry of queue.splice(0)) entry.resolve(failedAnswer(entry.task, reason))
    dispatch()
  }
  const startWorker = () => {
    const worker = new Worker(script, { resourceLimits: limits })
    worker.on('message', (result: SourceReport | BuildResult | typeof flushed) => {
      if ('kind' in result && result.kind === flushed.kind) return
      answer(worker, () => result as SourceReport | BuildResult)
    })
    worker.on('messageerror', (error) => {
      answer(worker, (task) =>
        failedAnswer(task, `the build worker's answer could not be read: ${error.message}`),
      )
    })
    worker.once('error', (error) => retire(worker, error))
    worker.once('exit', (code) => {
      if (!closing) retire(worker, new Error(`it exited with code ${code}`))
    })
    workers.push(worker)
    idle.push(worker)
  }
  for (let count = 0; count < threads; count++) startWorker()
  return {
    run(task: WorkerTask): Promise<SourceReport | BuildResult> {
      if (workers.length === 0)
        return Promise.resolve(failedAnswer(task, 'no build worker is left'))
      return new Promise((resolve) => {
        queue.push({ task, resolve })
        dispatch()
      })
    },
    async close() {
      closing = true
      // One worker after another, so that each adds to what the one before wrote.
      for (const worker of [...workers]) await flush(worker)
      await Promise.all(workers.map((worker) => worker.terminate()))
    },
  }
}
