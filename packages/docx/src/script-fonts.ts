/**
 * Faces for the scripts whose class's face in the document (Times New Roman, or the
 * report's East Asian face) lacks them, as Word on Windows has them and LibreOffice
 * substitutes: Nirmala UI for the Indic scripts, Leelawadee UI for Thai, and the
 * Chinese, Japanese and Korean faces for text in those scripts in a report in another
 * language. Word sets a character in its class's face (`w:cs` for complex scripts,
 * `w:eastAsia` for Chinese, Japanese and Korean), so a run names the face in that class.
 */
const scriptFaces: ReadonlyArray<{ pattern: RegExp; font: { cs?: string; eastAsia?: string } }> = [
  { pattern: /\p{Script=Bengali}|\p{Script=Devanagari}/u, font: { cs: 'Nirmala UI' } },
  { pattern: /\p{Script=Thai}/u, font: { cs: 'Leelawadee UI' } },
  { pattern: /\p{Script=Hangul}/u, font: { eastAsia: 'Batang' } },
  { pattern: /\p{Script=Hiragana}|\p{Script=Katakana}/u, font: { eastAsia: 'MS Mincho' } },
  { pattern: /\p{Script=Han}/u, font: { eastAsia: 'SimSun' } },
]

// The letters of the scripts with faces of their own, as classes of a regular expression.
const indic = '\\p{Script=Bengali}\\p{Script=Devanagari}'
const thai = '\\p{Script=Thai}'
const eastAsian = '\\p{Script=Hangul}\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30fc'
const anyScriptFace = new RegExp(`[${indic}${thai}${eastAsian}]`, 'u')

// A stretch of one script (spaces between its words too) with its marks and joiners, or of text needing no face of its own.
const stretchOf = (letters: string, inside = '') =>
  `[${letters}](?:[${letters}${inside}\\p{M}\\u200c\\u200d]|[ \\u00a0](?=[${letters}]))*`
const stretches = new RegExp(
  [
    stretchOf(indic),
    stretchOf(thai),
    stretchOf(eastAsian, '\\u3000-\\u303f\\uff00-\\uffef'),
    `[^${indic}${thai}${eastAsian}]+`,
  ].join('|'),
  'gsu',
)

/** A run's text split where the face it needs changes, each part with the face its script needs, if any. */
export function scriptParts(
  text: string,
  primaryLanguage: string,
): Array<{ text: string; font: { cs?: string; eastAsia?: string } | null }> {
  if (!anyScriptFace.test(text)) return [{ text, font: null }]
  const eastAsianReport =
    primaryLanguage === 'zh' || primaryLanguage === 'ja' || primaryLanguage === 'ko'
  return Array.from(text.match(stretches) ?? [], (part) => {
    const face = scriptFaces.find((entry) => entry.pattern.test(part))?.font ?? null
    // A report in Chinese, Japanese or Korean already sets its East Asian text in its own face.
    return { text: part, font: face?.eastAsia !== undefined && eastAsianReport ? null : face }
  })
}
