import type { LanguageOverrides } from '@rapporteur/core'
import { type BuildJob, type BuildResult, failedResult } from './build-job.js'
import {
  loadSourceReport,
  type SourceReport,
  type SourceReportOptions,
  standardInput,
  standardInputName,
} from './load-source.js'
import { type RendererCache, runJob } from './run-job.js'

/** Work a build worker does: read and check a report, or make one document. */
export type WorkerTask =
  | {
      kind: 'load'
      path: string
      strict: boolean
      languages?: LanguageOverrides
      sourcePositions?: boolean
      original?: SourceReportOptions['original']
      /** The source's bytes, for standard input (read by the main thread). */
      bytes?: Uint8Array
    }
  | { kind: 'build'; job: BuildJob }

/** The answer to a task of each kind. */
export type WorkerAnswer<Task extends WorkerTask> = Task extends { kind: 'load' }
  ? SourceReport
  : BuildResult

/**
 * Does one task in this thread, with the renderers this thread has loaded. Never
 * rejects: a task that throws is answered as failed, with the reason.
 */
export async function runTask(
  task: WorkerTask,
  cache: RendererCache,
): Promise<SourceReport | BuildResult> {
  try {
    return task.kind === 'load'
      ? await loadSourceReport(task.path, {
          strict: task.strict,
          languages: task.languages,
          sourcePositions: task.sourcePositions,
          original: task.original,
          bytes: task.bytes,
        })
      : await runJob(task.job, cache)
  } catch (error) {
    return failedAnswer(task, error instanceof Error ? error.message : String(error))
  }
}

/** The answer to a task that could not be done: a failed document, or a report that could not be read. */
export function failedAnswer(task: WorkerTask, reason: string): SourceReport | BuildResult {
  return task.kind === 'build'
    ? failedResult(task.job, reason)
    : {
        ok: false,
        problems: [
          {
            file: task.path === standardInput ? standardInputName : task.path,
            message: `could not be read: ${reason}`,
          },
        ],
      }
}
