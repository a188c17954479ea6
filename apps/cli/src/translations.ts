import { readdir } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import {
  compareVersions,
  isReportError,
  type LanguageOverrides,
  loadReport,
  type Problem,
  type Report,
  type SourceMap,
} from '@rapporteur/core'

/**
 * The translations beside a report: for `report.md`, every `report.<language>.md` in
 * its folder (`report.fr.md`, `report.ar.md`, `report.zh-Hant.md`), sorted by name.
 */
export async function translationsOf(file: string): Promise<string[]> {
  const stem = basename(file).replace(/\.md$/i, '')
  if (stem === basename(file) || translationLanguage(file) !== undefined) return []
  const pattern = new RegExp(
    `^${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\\.md$`,
  )
  const entries = await readdir(dirname(file)).catch(() => [] as string[])
  return entries
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => join(dirname(file), name))
}

/** The language tag in a translation's name (`fr` for `report.fr.md`), or nothing. */
export function translationLanguage(file: string): string | undefined {
  return /\.([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\.md$/.exec(basename(file))?.[1]
}

/**
 * The report a translation translates: `report.md` for `report.fr.md`, in the same
 * folder. Nothing for a file whose name has no language tag.
 */
export function originalOf(file: string): string | undefined {
  const language = translationLanguage(file)
  if (language === undefined) return undefined
  return join(dirname(file), `${basename(file).slice(0, -`.${language}.md`.length)}.md`)
}

/**
 * Reads each translation of a report and checks that it agrees with the report on
 * structure (sections, numbered paragraphs, footnotes, people, mentions and
 * recommendations): every mismatch is a problem placed in the translation.
 */
export async function checkTranslations(
  file: string,
  original: Report,
  options: { languages?: LanguageOverrides } = {},
): Promise<{ translations: string[]; problems: Problem[] }> {
  const translations = await translationsOf(file)
  const problems: Problem[] = []
  for (const translation of translations) {
    let sourceMap: SourceMap | undefined
    try {
      const report = await loadReport(translation, {
        languages: options.languages,
        onSourceMap: (map) => {
          sourceMap = map
        },
      })
      problems.push(...compareVersions(original, report, basename(file), sourceMap))
    } catch (error) {
      if (!isReportError(error)) throw error
      problems.push(...error.problems)
    }
  }
  return { translations, problems }
}
