import { parentPort } from 'node:worker_threads'
import type { RendererCache } from './run-job.js'
import { runTask, type WorkerTask } from './worker-task.js'

const cache: RendererCache = new Map()

parentPort?.on('message', async (task: WorkerTask) => {
  parentPort?.postMessage(await runTask(task, cache))
})
