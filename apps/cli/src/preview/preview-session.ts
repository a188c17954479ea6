import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { formatProblem, listVariants, type OutputFormat, type Problem } from '@rapporteur/core'
import type { BuildResult } from '../build-job.js'
import { buildReports } from '../build-reports.js'
import { loadSourceConfig } from '../load-source.js'
import { translationLanguage, translationsOf } from '../translations.js'
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

/** One language version of the report: the report itself, or a translation beside it. */
export interface PreviewLanguage {
  /** Its source's path: the report as given on the command line, or `minutes/report.fr.md`. */
  source: string
  /** Its language tag (`fr`); null for the report itself until it is first built. */
  tag: string | null
}

/** What the page shows besides the documents. */
export interface PreviewState {
  /** The shown language version's source path (the report as given, or a translation). */
  source: string
  /** The report and each translation beside it (`report.fr.md`), the report first. */
  languages: PreviewLanguage[]
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
  /**
   * The document by its name, made first if it is older than the last good save;
   * undefined when there is none, or when it cannot be made from the source as it is.
   */
  fresh(name: string): Promise<BuiltFile | undefined>
  /** Builds again, after the build under way if there is one. */
  rebuild(): Promise<void>
  /** Shows another of the report's variants; false for a name it does not have. */
  selectVariant(name: string): boolean
  /** Shows another language version, by its source path; false for one it does not have. */
  selectLanguage(source: string): boolean
  /** Waits for the build under way and removes the session's files. */
  close(): Promise<void>
}

/** What the page shows, built first on each save: the HTML, whose words come first, then the PDF. */
const shownFormats: OutputFormat[] = ['html', 'pdf']

/**
 * What only a download needs: built when it is downloaded, so that no save waits
 * for it.
 */
const laterFormats: OutputFormat[] = ['docx']

/**
 * Starts a preview session for one report file: builds it with `build`'s own path,
 * in this thread, into a private temporary folder, and keeps each document's
 * bytes. Each save builds what the page shows (HTML, then PDF); the DOCX is built
 * when it is downloaded. An invalid save leaves the last good documents in place.
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
    languages: [{ source, tag: null }, ...(await translationsOf(source)).map(translation)],
    variant,
    variants: [variant],
    building: false,
    problems: [],
    deleted: false,
    milliseconds: null,
    files: [],
  }
  /** A document's name: `draft.pdf` for the report itself, `draft.fr.pdf` for its French version. */
  const nameOf = (shown: string, variantName: string, format: OutputFormat) => {
    const tag = shown === source ? null : languageOf(shown)
    return tag === null ? `${variantName}.${format}` : `${variantName}.${tag}.${format}`
  }
  const snapshot = (): PreviewState => ({
    ...state,
    languages: state.languages.map((entry) => ({ ...entry })),
    files: [
      ...shownFormats.flatMap((format) => {
        const file = files.get(nameOf(state.source, state.variant, format))
        return file ? [{ name: file.name, format, version: file.version }] : []
      }),
      // Offered once the variant has been built, and made when downloaded if need be.
      ...(files.has(nameOf(state.source, state.variant, 'html'))
        ? laterFormats.map((format) => {
            const name = nameOf(state.source, state.variant, format)
            return { name, format, version: files.get(name)?.version ?? 0 }
          })
        : []),
    ],
  })
  const announce = () => onEvent({ type: 'state', state: snapshot() })

  /** Counts the good builds of what the page shows; each later-built file notes the one it follows. */
  let goodBuilds = 0
  const builtAfter = new Map<string, number>()
  const keeper = (shown: string) => (result: BuildResult) => {
    if (!result.ok) return
    if (shown === source && result.language) state.languages[0]!.tag = result.language
    const name = nameOf(shown, result.variant, result.format)
    const bytes = readFileSync(result.outputPath)
    const file = { name, format: result.format, bytes, version: ++version }
    files.set(name, file)
    builtAfter.set(name, goodBuilds)
    if (result.format === 'html')
      onEvent({ type: 'html', name, version: file.version, html: bytes.toString('utf8') })
    else if (result.format === 'pdf') onEvent({ type: 'pdf', name, version: file.version })
  }

  const buildFormats = async (formats: OutputFormat[]) => {
    const shown = state.source
    const config = await loadSourceConfig(shown)
    if (config.ok) state.variants = listVariants(config.config).map((entry) => entry.name)
    const { outcomes } = await buildReports([shown], {
      variants: [state.variant],
      formats,
      outDirectory,
      json: false,
      // The terminal gets a report's problems, not lines about the private folder.
      quiet: true,
      strict: false,
      threads: 1,
      sourcePositions: true,
      translations: false,
      onResult: keeper(shown),
    })
    return outcomes[0]!
  }

  const buildShown = async () => {
    // Translations come and go beside the report: the list is read again each time.
    const found = await translationsOf(source)
    state.languages = [state.languages[0]!, ...found.map(translation)]
    if (!state.languages.some((entry) => entry.source === state.source)) state.source = source
    if (!existsSync(state.source)) {
      if (!state.deleted)
        process.stderr.write(
          `rapporteur: ${state.source} was deleted; the preview keeps its last documents until it is saved again\n`,
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
      const outcome = await buildFormats(shownFormats)
      if (outcome.problems.length === 0) goodBuilds++
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

  /** Whether a download-only file of the shown variant is older than the last good build. */
  const stale = (format: OutputFormat) =>
    (builtAfter.get(nameOf(state.source, state.variant, format)) ?? -1) < goodBuilds

  const buildLater = async () => {
    const formats = laterFormats.filter(stale)
    if (formats.length === 0 || state.deleted || !existsSync(state.source)) return
    // Its problems are the shown build's, listed already; a save meanwhile is built next.
    await buildFormats(formats).catch(() => undefined)
    announce()
  }

  /** One build at a time, in the order asked for. */
  let queue: Promise<void> = Promise.resolve()
  const enqueue = (task: () => Promise<void>) => {
    const done = queue.then(task)
    queue = done.catch(() => {})
    return done
  }

  let running: Promise<void> | undefined
  let again = false
  const rebuild = (): Promise<void> => {
    if (running) {
      again = true
      return running
    }
    running = enqueue(async () => {
      do {
        again = false
        await buildShown()
      } while (again)
    }).finally(() => {
      running = undefined
    })
    return running
  }

  return {
    state: snapshot,
    file: (name) => files.get(name),
    async fresh(name) {
      const format = laterFormats.find(
        (entry) => name === nameOf(state.source, state.variant, entry),
      )
      if (format !== undefined && stale(format)) {
        await running
        await enqueue(buildLater)
        // Made from the source as it is now: when that has problems, there is none to give.
        if (stale(format)) return undefined
      }
      return files.get(name)
    },
    rebuild,
    selectVariant(name) {
      if (!state.variants.includes(name)) return false
      if (name === state.variant) announce()
      else {
        state.variant = name
        void rebuild()
      }
      return true
    },
    selectLanguage(shown) {
      if (!state.languages.some((entry) => entry.source === shown)) return false
      if (shown === state.source) announce()
      else {
        state.source = shown
        void rebuild()
      }
      return true
    },
    async close() {
      await queue
      await rm(outDirectory, { recursive: true, force: true })
    },
  }
}

/** A translation's language tag, from its name: `fr` for `report.fr.md`. */
function languageOf(file: string): string {
  return translationLanguage(file) ?? basename(file)
}

function translation(file: string): PreviewLanguage {
  return { source: file, tag: languageOf(file) }
}

function toPreviewProblem(problem: Problem, warning = false): PreviewProblem {
  return {
    text: formatProblem(problem),
    ...(problem.file === undefined ? {} : { file: problem.file }),
    ...(problem.line === undefined ? {} : { line: problem.line, column: problem.column ?? 1 }),
    ...(warning || problem.severity === 'warning' ? { warning: true } : {}),
  }
}
