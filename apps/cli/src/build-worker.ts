import { parentPort } from 'node:worker_threads'
import type { BuildJob } from './build-job.js'
import { type RendererCache, runJob } from './run-job.js'

const cache: RendererCache = new Map()

parentPort?.on('message', async (job: BuildJob) => {
  parentPort?.postMessage(await runJob(job, cache))
})
