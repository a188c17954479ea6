/** Scripts told apart when text is split into runs, as ISO 15924 tags (HarfBuzz takes them as they are). */
const scripts = [
  'Latin',
  'Greek',
  'Cyrillic',
  'Armenian',
  'Hebrew',
  'Arabic',
  'Syriac',
  'Thaana',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Oriya',
  'Tamil',
  'Telugu',
  'Kannada',
  'Malayalam',
  'Sinhala',
  'Thai',
  'Lao',
  'Tibetan',
  'Myanmar',
  'Georgian',
  'Hangul',
  'Ethiopic',
  'Khmer',
  'Mongolian',
  'Hiragana',
  'Katakana',
  'Han',
] as const

const tags: Record<(typeof scripts)[number], string> = {
  Latin: 'Latn',
  Greek: 'Grek',
  Cyrillic: 'Cyrl',
  Armenian: 'Armn',
  Hebrew: 'Hebr',
  Arabic: 'Arab',
  Syriac: 'Syrc',
  Thaana: 'Thaa',
  Devanagari: 'Deva',
  Bengali: 'Beng',
  Gurmukhi: 'Guru',
  Gujarati: 'Gujr',
  Oriya: 'Orya',
  Tamil: 'Taml',
  Telugu: 'Telu',
  Kannada: 'Knda',
  Malayalam: 'Mlym',
  Sinhala: 'Sinh',
  Thai: 'Thai',
  Lao: 'Laoo',
  Tibetan: 'Tibt',
  Myanmar: 'Mymr',
  Georgian: 'Geor',
  Hangul: 'Hang',
  Ethiopic: 'Ethi',
  Khmer: 'Khmr',
  Mongolian: 'Mong',
  Hiragana: 'Hira',
  Katakana: 'Kana',
  Han: 'Hani',
}

const patterns = scripts.map((name) => ({
  tag: tags[name],
  pattern: new RegExp(`^\\p{Script=${name}}$`, 'u'),
}))
const common = /^\p{Script=Common}$/u
const inherited = /^\p{Script=Inherited}$/u

/** The tag of characters that take the script of the text around them (spaces, digits, punctuation). */
export const commonScript = 'Zyyy'
/** The tag of combining marks and joiners, which take the script of the character they follow. */
export const inheritedScript = 'Zinh'
/** The tag of a script not in the list above. */
const unknownScript = 'Zzzz'

/**
 * The script of a code point: an ISO 15924 tag, `Zyyy` for characters common to
 * all scripts, `Zinh` for inherited ones. ASCII is answered at once (its letters
 * are Latin, the rest common); other answers are kept per code point, a pure
 * function of Unicode's data.
 */
export function scriptOf(codePoint: number, known: Map<number, string>): string {
  if (codePoint < 0x80) {
    const lower = codePoint | 0x20
    return lower >= 0x61 && lower <= 0x7a ? 'Latn' : commonScript
  }
  let tag = known.get(codePoint)
  if (tag === undefined) {
    tag = unicodeScriptOf(codePoint)
    known.set(codePoint, tag)
  }
  return tag
}

/** The script of a code point by Unicode's Script property, as `scriptOf` gives it. */
export function unicodeScriptOf(codePoint: number): string {
  const character = String.fromCodePoint(codePoint)
  if (codePoint < 0x41 || common.test(character)) return commonScript
  if (inherited.test(character)) return inheritedScript
  return patterns.find((entry) => entry.pattern.test(character))?.tag ?? unknownScript
}

/**
 * The script of every UTF-16 unit of a text, common and inherited characters
 * resolved to the script before them (or, at the start, the first one after them).
 */
export function resolveScripts(text: string, known: Map<number, string>): string[] {
  const result: string[] = new Array(text.length)
  let current: string | null = null
  const pendingFrom = 0
  for (let index = 0; index < text.length; ) {
    const codePoint = text.codePointAt(index)!
    const width = codePoint > 0xffff ? 2 : 1
    const tag = scriptOf(codePoint, known)
    const resolved: string | null = tag === commonScript || tag === inheritedScript ? current : tag
    if (resolved === null) {
      index += width
      continue
    }
    if (current === null)
      for (let before = pendingFrom; before < index; before++) result[before] = resolved
    current = resolved
    result[index] = resolved
    if (width === 2) result[index + 1] = resolved
    index += width
  }
  if (current === null) result.fill('Latn')
  return result
}
