import type {
  LanguageOverrides,
  OutputFormat,
  Report,
  SourcePositions,
  Variant,
} from '@rapporteur/core'

/** One document to make: a report in one variant and one format, and where it goes. */
export interface BuildJob {
  /** The report source's path, as given. */
  source: string
  report: Report
  variant: Variant
  format: OutputFormat
  /** The moment the document is dated (ISO 8601); default: the meeting's day. */
  documentDate?: string
  /** The output file's path. */
  outputPath: string
  /** The config's languages, over the built-in ones. */
  languages?: LanguageOverrides
  /** Where the report's blocks were written, for an HTML page that links back to its source. */
  sourcePositions?: SourcePositions
  /** Whether an HTML page embeds the PDF's faces. Default: true. */
  webFonts?: boolean
}

/** What became of one job. */
export interface BuildResult {
  source: string
  variant: string
  format: OutputFormat
  outputPath: string
  /** Whether the file was written. */
  ok: boolean
  /** The file's size in bytes; 0 when it was not written. */
  bytes: number
  /** The time to resolve, render and write, in milliseconds. */
  milliseconds: number
  /** The renderer's warnings. */
  warnings: string[]
  /** Why the file could not be made, when `ok` is false. */
  error?: string
  /** The document's language (BCP 47 tag), when it was made. */
  language?: string
  /**
   * The document itself, for one made for standard output (`--out -`): the thread
   * that made it, a build worker perhaps, hands it to the main thread to write.
   */
  document?: Uint8Array
}

/** The result of a job that made no file, with the reason. */
export function failedResult(job: BuildJob, error: string, milliseconds = 0): BuildResult {
  return {
    source: job.source,
    variant: job.variant.name,
    format: job.format,
    outputPath: job.outputPath,
    ok: false,
    bytes: 0,
    milliseconds,
    warnings: [],
    error,
  }
}
