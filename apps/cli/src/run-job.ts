import { performance } from 'node:perf_hooks'
import type { OutputFormat } from '@rapporteur/core'
import { atomicWrite } from './atomic-write.js'
import type { BuildJob, BuildResult } from './build-job.js'
import { type Render, renderers } from './renderers.js'
import { resolvedReportOf } from './resolved-reports.js'

/** Renderers already loaded in this thread, by format. */
export type RendererCache = Map<OutputFormat, Promise<Render>>

/**
 * Makes one document: resolves the report for the variant, renders the format and
 * writes the file atomically; one for standard output (`--out -`) is returned in the
 * result instead, for the main thread to write. Never throws: a failure is reported in the result,
 * and an existing file at the output path is left as it was.
 */
export async function runJob(job: BuildJob, cache: RendererCache): Promise<BuildResult> {
  const started = performance.now()
  const warnings: string[] = []
  const result = {
    source: job.source,
    variant: job.variant.name,
    format: job.format,
    outputPath: job.outputPath,
    warnings,
  }
  try {
    let render = cache.get(job.format)
    if (!render) {
      render = renderers[job.format]()
      cache.set(job.format, render)
    }
    const resolved = resolvedReportOf(job)
    const bytes = await (await render)(resolved, {
      onWarning: (message) => warnings.push(message),
      sourcePositions: job.sourcePositions !== undefined,
      webFonts: job.webFonts !== false,
    })
    const toStandardOutput = job.outputPath === '-'
    if (!toStandardOutput) await atomicWrite(job.outputPath, bytes)
    return {
      ...result,
      ok: true,
      bytes: bytes.byteLength,
      milliseconds: elapsed(started),
      language: resolved.language.tag,
      ...(toStandardOutput ? { document: bytes } : {}),
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { ...result, ok: false, bytes: 0, milliseconds: elapsed(started), error: reason }
  }
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10
}
