import { performance } from 'node:perf_hooks'
import { type OutputFormat, resolveReport } from '@rapporteur/core'
import { atomicWrite } from './atomic-write.js'
import type { BuildJob, BuildResult } from './build-job.js'
import { type Render, renderers } from './renderers.js'

/** Renderers already loaded in this thread, by format. */
export type RendererCache = Map<OutputFormat, Promise<Render>>

/**
 * Makes one document: resolves the report for the variant, renders the format and
 * writes the file atomically. Never throws: a failure is reported in the result,
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
    const resolved = resolveReport(job.report, {
      variant: job.variant,
      languages: job.languages,
      documentDate: job.documentDate,
      sourcePositions: job.sourcePositions,
    })
    const bytes = await (await render)(resolved, {
      onWarning: (message) => warnings.push(message),
      sourcePositions: job.sourcePositions !== undefined,
    })
    if (job.outputPath === '-') await writeStandardOutput(bytes)
    else await atomicWrite(job.outputPath, bytes)
    return {
      ...result,
      ok: true,
      bytes: bytes.byteLength,
      milliseconds: elapsed(started),
      language: resolved.language.tag,
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { ...result, ok: false, bytes: 0, milliseconds: elapsed(started), error: reason }
  }
}

/** Writes a document to standard output (`--out -`), resolving once it is handed on. */
function writeStandardOutput(bytes: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(bytes, (error) => (error ? reject(error) : resolve()))
  })
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 10) / 10
}
