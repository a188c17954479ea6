import type { Stats } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { dirname, extname, join } from 'node:path'
import {
  compareVersions,
  findConfig,
  isReportError,
  type LanguageOverrides,
  loadConfig,
  loadReport,
  type Problem,
  parseJsonReport,
  parseReport,
  type RapporteurConfig,
  type Report,
  type SourceMap,
  type SourcePositions,
  toSourcePositions,
} from '@rapporteur/core'
import { UsageError } from './usage-error.js'

/** The config beside a report, or the problems that make it unusable. */
export type SourceConfig =
  | { ok: true; config: RapporteurConfig | undefined; configPath: string | undefined }
  | { ok: false; problems: readonly Problem[] }

/** A report read and checked, with its warnings, or its problems. */
export type SourceReport =
  | {
      ok: true
      report: Report
      warnings: readonly Problem[]
      /** Where the report's blocks were written, when asked for with `sourcePositions`. */
      positions?: SourcePositions
    }
  | { ok: false; problems: readonly Problem[] }

/** How a report source is checked. */
export interface SourceReportOptions {
  /** Treat warnings as problems that make the report invalid. */
  strict?: boolean
  /** The config's languages: a report in none of them nor a built-in one gets a warning. */
  languages?: LanguageOverrides
  /** Also take where each block was written, for documents that link back to the source. */
  sourcePositions?: boolean
  /**
   * The report this source translates, and how problems name it: each way the
   * translation's structure differs from it is a problem placed in the translation.
   */
  original?: { report: Report; name: string }
  /**
   * The source's bytes, already read: standard input, which only the main thread can
   * read, and only once, is handed so to whichever thread reads the report.
   */
  bytes?: Uint8Array
}

/** The SOURCE that stands for standard input. */
export const standardInput = '-'

/** How a report read from standard input is named in its problems. */
export const standardInputName = '<stdin>'

/** Reads all of standard input. */
export async function readStandardInput(): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** A report from standard input: JSON when it starts with `{`, else Markdown. */
function parseStandardInput(
  given: Uint8Array,
  options: Omit<SourceReportOptions, 'strict'> & {
    strict?: boolean
    onWarning: (warning: Problem) => void
  },
): Report {
  // Bytes passed to a worker thread arrive as a plain Uint8Array.
  const bytes = Buffer.isBuffer(given)
    ? given
    : Buffer.from(given.buffer, given.byteOffset, given.byteLength)
  const json = bytes.toString('utf8', 0, 64).trimStart().startsWith('{')
  return json
    ? parseJsonReport(bytes, { ...options, filename: standardInputName })
    : parseReport(bytes, { ...options, filename: standardInputName })
}

/**
 * The report file a SOURCE argument names: the file itself, or `report.md` in a
 * folder. Throws a `UsageError` when there is none.
 */
export async function sourceFile(source: string): Promise<string> {
  if (source === standardInput) return source
  const found = await stat(source).catch(() => undefined)
  if (!found) throw new UsageError(`${source}: no such file`)
  if (!found.isDirectory()) return regularFile(source, found)
  const inside = join(source, 'report.md')
  const report = await stat(inside).catch(() => undefined)
  if (report) return regularFile(inside, report)
  throw new UsageError(`${source}: a folder without a report.md`)
}

/** The path of a regular file; a device, FIFO or socket, which may never end, is refused. */
function regularFile(path: string, found: Stats): string {
  if (found.isFile()) return path
  const kind = found.isFIFO()
    ? 'a FIFO'
    : found.isSocket()
      ? 'a socket'
      : found.isDirectory()
        ? 'a folder'
        : 'a device'
  throw new UsageError(`${path}: not a regular file (${kind})`)
}

/** Reads and checks the `rapporteur.config.(json|yaml)` beside a report, if there is one. */
export async function loadSourceConfig(path: string): Promise<SourceConfig> {
  try {
    const configPath = await findConfig(dirname(path))
    return { ok: true, config: configPath ? await loadConfig(configPath) : undefined, configPath }
  } catch (error) {
    if (isReportError(error)) return { ok: false, problems: error.problems }
    throw error
  }
}

/**
 * Reads and checks a report source: Markdown with YAML front matter, or the
 * report model as JSON (`*.json`). Invalid input is returned as problems, never thrown.
 */
export async function loadSourceReport(
  path: string,
  options: SourceReportOptions = {},
): Promise<SourceReport> {
  const warnings: Problem[] = []
  let sourceMap: SourceMap | undefined
  const parseOptions = {
    strict: options.strict,
    languages: options.languages,
    onWarning: (warning: Problem) => warnings.push(warning),
    onSourceMap:
      options.sourcePositions || options.original
        ? (map: SourceMap) => {
            sourceMap = map
          }
        : undefined,
  }
  try {
    const report =
      path === standardInput
        ? parseStandardInput(options.bytes ?? (await readStandardInput()), parseOptions)
        : extname(path).toLowerCase() === '.json'
          ? parseJsonReport(await readFile(path), { ...parseOptions, filename: path })
          : await loadReport(path, parseOptions)
    if (options.original !== undefined) {
      const { report: original, name } = options.original
      const problems = compareVersions(original, report, name, sourceMap)
      if (problems.length > 0) return { ok: false, problems }
    }
    if (sourceMap === undefined || !options.sourcePositions) return { ok: true, report, warnings }
    return { ok: true, report, warnings, positions: toSourcePositions(report, sourceMap) }
  } catch (error) {
    if (isReportError(error)) return { ok: false, problems: error.problems }
    throw error
  }
}
