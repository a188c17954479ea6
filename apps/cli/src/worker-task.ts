import type { BuildJob, BuildResult } from './build-job.js'
import { loadSourceReport, type SourceReport } from './load-source.js'
import { type RendererCache, runJob } from './run-job.js'

/** Work a build worker does: read and check a report, or make one document. */
export type WorkerTask = { kind: 'load'; path: string } | { kind: 'build'; job: BuildJob }

/** The answer to a task of each kind. */
export type WorkerAnswer<Task extends WorkerTask> = Task extends { kind: 'load' }
  ? SourceReport
  : BuildResult

/** Does one task in this thread, with the renderers this thread has loaded. */
export function runTask(
  task: WorkerTask,
  cache: RendererCache,
): Promise<SourceReport | BuildResult> {
  return task.kind === 'load' ? loadSourceReport(task.path) : runJob(task.job, cache)
}
