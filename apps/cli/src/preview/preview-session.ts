import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { formatProblem, listVariants, type OutputFormat, type Problem } from '@rapporteur/core'
import type { BuildResult } from '../build-job.js'
import { buildReports } from '../build-reports.js'
import { loadSourceConfig } from '../load-source.js'
import { UsageError } from '../usage-error.js'

/** A problem as the page lists it: the line to show, and where it points when known. */
export interface PreviewProblem {
  text: string
  file?: string
  line?: number
  column?: number
  warning?: boolean
}

/** A document the preview built, kept in memory until the next good build replaces it. */
export interface BuiltFile {
  name: string
  format: OutputFormat
  bytes: Uint8Array
  /** Counts up with each file built, so that the page knows when to fetch again. */
  version: number
}

/** What the page shows besides the documents. */
export interface PreviewState {
  /** The source's path, as given on the command line. */
  source: string
  variant: string
  variants: string[]
  building: boolean
  /** The problems of the last build, and the warnings of a good one. */
  problems: PreviewProblem[]
  /** The source is gone: the page keeps its last documents until it comes back. */
  deleted: boolean
  /** How long the last build took, in milliseconds. */
  milliseconds: number | null
  /** The current variant's documents: name and version of each. */
  files: Array<{ name: string; format: OutputFormat; version: number }>
}

/** What the session tells the page, as it happens. */
export type PreviewEvent =
  | { type: 'state'; state: PreviewState }
  | { type: 'html'; name: string; version: number; html: string }
  | { type: 'pdf'; name: string; version: number }

/** A report kept built in one variant, rebuilt on demand, with its last good documents. */
export interface PreviewSession {
  state(): PreviewState
  /** A document built in this session, by its name (`draft.pdf`), or undefined. */
  file(name: string): BuiltFile | undefined
  /** Builds again, after the build under way if there is one. */
  rebuild(): Promise<void>
  /** Shows another of the report's variants; false for a name it does not have. */
  selectVariant(name: string): boolean
  /** Waits for the build under way and removes the session's files. */
  close(): Promise<void>
}

/** HTML first, so that the page's document is shown while the PDF is made. */
const previewFormats: OutputFormat[] = ['html', 'pdf', 'docx']

/**
 * Starts a preview session for one report file: builds it with `build`'s own path,
 * in this thread, into a private temporary folder, and keeps each document's
 * bytes. An invalid save leaves the last good documents in place.
 */
export async function startPreviewSession(
  source: string,
  variant: string,
  onEvent: (event: PreviewEvent) => void,
): Promise<PreviewSession> {
  const outDirectory = await mkdtemp(join(tmpdir(), 'rapporteur-preview-'))
  const files = new Map<string, BuiltFile>()
  let version = 0
  const state: PreviewState = {
    source,
    variant,
    variants: [variant],
    building: false,
    problems: [],
    deleted: false,
    milliseconds: null,
    files: [],
  }
  const snapshot = (): PreviewState => ({
    ...state,
    files: previewFormats.flatMap((format) => {
      const file = files.get(`${state.variant}.${format}`)
      return file ? [{ name: file.name, format, version: file.version }] : []
    }),
  })
  const announce = () => onEvent({ type: 'state', state: snapshot() })

  const keep = (result: BuildResult) => {
    if (!result.ok) return
    const name = `${result.variant}.${result.format}`
    const bytes = readFileSync(result.outputPath)
    const file = { name, format: result.format, bytes, version: ++version }
    files.set(name, file)
    if (result.format === 'html')
      onEvent({ type: 'html', name, version: file.version, html: bytes.toString('utf8') })
    else if (result.format === 'pdf') onEvent({ type: 'pdf', name, version: file.version })
  }

  const build = async () => {
    if (!existsSync(source)) {
      if (!state.deleted)
        process.stderr.write(
          `rapporteur: ${source} was deleted; the preview keeps its last documents until it is saved again\n`,
        )
      state.deleted = true
      announce()
      return
    }
    state.deleted = false
    state.building = true
    announce()
    const started = performance.now()
    try {
      const config = await loadSourceConfig(source)
      if (config.ok) state.variants = listVariants(config.config).map((entry) => entry.name)
      const { outcomes } = await buildReports([source], {
        variants: [state.variant],
        formats: previewFormats,
        outDirectory,
        json: false,
        strict: false,
        threads: 1,
        sourcePositions: true,
        onResult: keep,
      })
      const outcome = outcomes[0]!
      state.problems = [
        ...outcome.problems.map((problem) => toPreviewProblem(problem)),
        ...outcome.results
          .filter((result) => !result.ok)
          .map((result) => ({ text: `${result.format} could not be made: ${result.error}` })),
        ...(outcome.warnings ?? []).map((problem) => toPreviewProblem(problem, true)),
      ]
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      state.problems = [
        { text: error instanceof UsageError ? message : `unexpected error: ${message}` },
      ]
    }
    state.milliseconds = Math.round(performance.now() - started)
    state.building = false
    announce()
  }

  let running: Promise<void> | undefined
  let again = false
  const rebuild = (): Promise<void> => {
    if (running) {
      again = true
      return running
    }
    running = (async () => {
      do {
        again = false
        await build()
      } while (again)
    })().finally(() => {
      running = undefined
    })
    return running
  }

  return {
    state: snapshot,
    file: (name) => files.get(name),
    rebuild,
    selectVariant(name) {
      if (!state.variants.includes(name)) return false
      if (name !== state.variant) {
        state.variant = name
        void rebuild()
      }
      return true
    },
    async close() {
      await running?.catch(() => {})
      await rm(outDirectory, { recursive: true, force: true })
    },
  }
}

function toPreviewProblem(problem: Problem, warning = false): PreviewProblem {
  return {
    text: formatProblem(problem),
    ...(problem.file === undefined ? {} : { file: problem.file }),
    ...(problem.line === undefined ? {} : { line: problem.line, column: problem.column ?? 1 }),
    ...(warning || problem.severity === 'warning' ? { warning: true } : {}),
  }
}
