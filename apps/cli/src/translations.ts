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
  if (stem === basename(file) || /\.[a-z]{2,3}(-[A-Za-z0-9]+)*$/.test(stem)) return []
  const pattern = new RegExp(
    `^${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.([a-z]{2,3}(?:-[A-Za-z0-9]+)*)\\.md$`,
  )
  const entries = await readdir(dirname(file)).catch(() => [] as string[])
  return entries
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => join(dirname(file), name))
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
