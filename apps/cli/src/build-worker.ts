import { parentPort } from 'node:worker_threads'
import type { RendererCache } from './run-job.js'
import type { WorkerTask } from './worker-task.js'

/** Asks a build worker to write back what it keeps between runs, before it is stopped. */
export interface FlushRequest {
  kind: 'flush'
}

/** A build worker's answer to a `FlushRequest`. */
export const flushed = { kind: 'flushed' } as const

/** What a build worker does besides its tasks. */
export interface BuildWorkerOptions {
  /**
   * Called after each document made, once its answer is sent: saves the compile
   * caches of the scripts this worker loaded, such as the renderers, that lack the
   * code just used. A worker is stopped rather than exits, so it cannot wait for exit.
   */
  afterDocument?: () => void
}

/**
 * Answers the build pool's tasks in this worker thread, keeping the renderers it
 * loads. Core is loaded here, not with the program, so that `--version` does without.
 */
export async function serveBuildWorker(options: BuildWorkerOptions = {}): Promise<void> {
  const { failedAnswer, runTask } = await import('./worker-task.js')
  const cache: RendererCache = new Map()
  parentPort?.on('message', async (task: WorkerTask | FlushRequest) => {
    if (task.kind === 'flush') {
      const { saveParagraphCacheFiles } = await import('./paragraph-cache-file.js')
      saveParagraphCacheFiles()
      parentPort?.postMessage(flushed)
      return
    }
    const answer = await runTask(task, cache)
    try {
      parentPort?.postMessage(answer)
    } catch (error) {
      // An answer that cannot be copied to the main thread, such as one nested too deep.
      parentPort?.postMessage(
        failedAnswer(task, `the answer could not be passed back: ${(error as Error).message}`),
      )
    }
    if (task.kind === 'build' && answer.ok) options.afterDocument?.()
  })
}
