import { parentPort } from 'node:worker_threads'
import type { BuildJob } from './build-job.js'
import { type RendererCache, runJob } from './run-job.js'

/** A job sent to a build worker, numbered so the result finds its way back. */
export interface WorkerRequest {
  index: number
  job: BuildJob
}

const cache: RendererCache = new Map()

parentPort?.on('message', async (request: WorkerRequest) => {
  const result = await runJob(request.job, cache)
  parentPort?.postMessage({ index: request.index, result })
})
