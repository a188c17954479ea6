import { join } from 'node:path'
import {
  type LanguageOverrides,
  listVariants,
  namesParticipants,
  type OutputFormat,
  type RapporteurConfig,
  type Report,
  type SourcePositions,
  selectVariants,
  type Variant,
} from '@rapporteur/core'
import type { BuildJob } from './build-job.js'
import { isInsideFolder } from './inside-folder.js'
import { reportName } from './report-name.js'
import { UsageError } from './usage-error.js'

/**
 * The output folder of each source, `<out>/<report-name>`. Throws a `UsageError`
 * when two sources would write the same folder, or one would write outside `out`.
 */
export function outputFolders(files: readonly string[], outDirectory: string): string[] {
  const owners = new Map<string, string>()
  return files.map((file) => {
    const folder = join(outDirectory, reportName(file))
    checkInside(outDirectory, folder)
    const other = owners.get(folder)
    if (other !== undefined && other !== file) {
      throw new UsageError(
        `${file} and ${other} would both build into ${folder}: rename one of them`,
      )
    }
    owners.set(folder, file)
    return folder
  })
}

/** The variants to build for one source. Throws a `UsageError` for an unknown variant. */
export function variantsFor(
  file: string,
  selection: 'all' | readonly string[],
  config: RapporteurConfig | undefined,
): Variant[] {
  try {
    return selectVariants(selection, config)
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message}`)
  }
}

/**
 * The config's variants that name participants and that `selection` leaves out
 * because it asks for them only through `all`: they are built only when named.
 */
export function variantsLeftOut(
  selection: 'all' | readonly string[],
  chosen: readonly Variant[],
  config: RapporteurConfig | undefined,
): Variant[] {
  if (selection !== 'all' && !selection.includes('all')) return []
  const names = new Set(chosen.map((entry) => entry.name))
  return listVariants(config).filter((entry) => namesParticipants(entry) && !names.has(entry.name))
}

/**
 * Where one variant of a report goes in one format, `<folder>/<variant>.<format>`.
 * Throws a `UsageError` for a path outside `outDirectory`.
 */
export function outputPath(
  outDirectory: string,
  folder: string,
  variant: Variant,
  format: OutputFormat,
): string {
  const path = join(folder, `${variant.name}.${format}`)
  checkInside(outDirectory, path)
  return path
}

function checkInside(outDirectory: string, path: string): void {
  if (!isInsideFolder(outDirectory, path))
    throw new UsageError(`${path} would be written outside the output folder ${outDirectory}`)
}

/** What every document of one report is made with, besides its variant and format. */
export interface JobSettings {
  /** The config's languages, over the built-in ones. */
  languages?: LanguageOverrides
  /** The moment the documents are dated (ISO 8601); default: the meeting's day. */
  documentDate?: string
  /** Where the report's blocks were written, for HTML pages that link back to their source. */
  sourcePositions?: SourcePositions
  /** Whether HTML pages embed the PDF's faces. Default: true. */
  webFonts?: boolean
}

/**
 * The jobs that build one report in each variant and format, writing
 * `<folder>/<variant>.<format>`; `formats` replaces each variant's own when given.
 */
export function jobsFor(
  source: string,
  report: Report,
  variants: readonly Variant[],
  formats: readonly OutputFormat[] | undefined,
  outDirectory: string,
  folder: string,
  settings: JobSettings = {},
): BuildJob[] {
  const { languages, documentDate, sourcePositions, webFonts } = settings
  return variants.flatMap((variant) =>
    (formats ?? variant.formats).map((format) => ({
      source,
      report,
      variant,
      format,
      outputPath: outputPath(outDirectory, folder, variant, format),
      ...(languages === undefined ? {} : { languages }),
      ...(documentDate === undefined ? {} : { documentDate }),
      ...(sourcePositions === undefined ? {} : { sourcePositions }),
      ...(webFonts === false ? { webFonts } : {}),
    })),
  )
}
