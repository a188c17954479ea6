import { loadPatterns, type PatternHyphenator } from '../adapters/hyphen.js'

/** A hyphenator for one language. */
export interface Hyphenator {
  /** UTF-16 offsets inside `word` where it may be hyphenated (a hyphen is shown before the offset). */
  points(word: string): number[]
}

/** Languages whose pattern file in `hyphen/patterns` is named by the primary subtag alone. */
const patternsByPrimarySubtag = new Set([
  'af',
  'as',
  'be',
  'bg',
  'bn',
  'ca',
  'cop',
  'cs',
  'cy',
  'da',
  'es',
  'et',
  'eu',
  'fi',
  'fr',
  'fur',
  'ga',
  'gl',
  'grc',
  'gu',
  'hi',
  'hr',
  'hsb',
  'hu',
  'hy',
  'ia',
  'id',
  'is',
  'it',
  'ka',
  'kmr',
  'kn',
  'lt',
  'lv',
  'mk',
  'ml',
  'mr',
  'nb',
  'nl',
  'nn',
  'no',
  'oc',
  'or',
  'pa',
  'pi',
  'pl',
  'pms',
  'pt',
  'rm',
  'ro',
  'ru',
  'sa',
  'sk',
  'sl',
  'sq',
  'sv',
  'ta',
  'te',
  'tk',
  'tr',
  'uk',
])

const minimumLetters = 5
const lettersBeforeFirstPoint = 2
const lettersAfterLastPoint = 3
const maximumCachedWords = 100_000
// The pattern library marks points with this character; words that contain it get no points.
const marker = '\u00ad'

const digit = /\p{N}/u
const hardHyphen = /[-\u00ad\u2010\u2011]/
const addressSign = /[@/]|[.:][\s\S]*\p{L}/u
const capitalFirst = /^\P{L}*[\p{Lu}\p{Lt}]/u
const upperCase = /\p{Lu}/u
const lowerCase = /\p{Ll}/u
const letter = /^\p{L}$/u
const letterOrMark = /^[\p{L}\p{M}]$/u
const clusterOrLetter = /\P{M}\p{M}*|\p{M}+/gu
const modifierApostrophe = 0x02bc
// Viramas that join the consonants on either side into one cluster (Unicode's conjunct linkers).
const conjunctLinkers = new Set([0x094d, 0x09cd, 0x0acd, 0x0b4d, 0x0c4d, 0x0d4d])

const hyphenators = new Map<string, Hyphenator | null>()
const hyphenatorsByPatterns = new Map<string, Hyphenator>()

/**
 * A hyphenator for one language by the TeX hyphenation patterns of the `hyphen` package, or null
 * when no patterns exist for it.
 *
 * The language is a BCP 47 tag, matched case-insensitively (`_` is read as `-`):
 * - `en` → `en-us`; `en-GB` → `en-gb`.
 * - `de` → `de-1996`; `de-1901` → `de-1901`; `de-CH-1901` → `de-ch-1901`.
 * - `el` → `el-monoton`; `el-polyton` → `el-polyton`.
 * - `la` → `la`; `la-x-classic` → `la-x-classic`; `la-x-liturgic` → `la-x-liturgic`.
 * - `mn` and `mn-Cyrl` → `mn-cyrl` (`mn-Mong` → null).
 * - `sr` → `sr-cyrl`; `sr-Latn` → `sh-latn`; `sh` → `sh-latn`; `sh-Cyrl` → `sh-cyrl`.
 * - `ku` → `kmr` (`ku-Arab` → null); `ms` → `id` (Malay is hyphenated like Indonesian).
 * - `zh-Latn-pinyin` → `zh-latn-pinyin`.
 * - Otherwise the primary subtag names the file: af, as, be, bg, bn, ca, cop, cs, cy, da, es,
 *   et, eu, fi, fr, fur, ga, gl, grc, gu, hi, hr, hsb, hu, hy, ia, id, is, it, ka, kmr, kn, lt,
 *   lv, mk, ml, mr, nb, nl, nn, no, oc, or, pa, pi, pl, pms, pt, rm, ro, ru, sa, sk, sl, sq, sv,
 *   ta, te, tk, tr, uk (so `fr-CA` → `fr`, `pt-BR` → `pt`, `es-419` → `es`).
 *
 * Anything else is null, including Church Slavonic (the package's `cu` file does not load), Arabic, Chinese in Han characters, Japanese, Thai and the
 * Ethiopic languages: the package's Thai and Ethiopic patterns mark line breaks that show no
 * hyphen, which line breaking finds by itself.
 *
 * Patterns are loaded when the first word is hyphenated, and hyphenators are shared per language. A word gets points
 * only when it has at least 5 letters, no digit, no hard or soft hyphen, no `@` or `/`, no `.`
 * or `:` before its last letter, and does not begin with a capital letter (proper names,
 * acronyms, and also words that begin a sentence). Points fall only between letters (a combining
 * mark may come before one, never after), never next to an apostrophe or inside a conjunct, with
 * at least 2 letters before the first and 3 after the last.
 */
export function hyphenatorFor(language: string): Hyphenator | null {
  let hyphenator = hyphenators.get(language)
  if (hyphenator === undefined) {
    const file = patternFileFor(language)
    hyphenator = file === null ? null : hyphenatorForPatterns(file)
    hyphenators.set(language, hyphenator)
  }
  return hyphenator
}

/** The name of the pattern file in `hyphen/patterns` for a BCP 47 language, or null. */
function patternFileFor(language: string): string | null {
  const subtags = language.trim().toLowerCase().replace(/_/g, '-').split('-')
  const primary = subtags[0] ?? ''
  const privateUse = subtags.indexOf('x')
  const main = privateUse < 0 ? subtags.slice(1) : subtags.slice(1, privateUse)
  const extra = privateUse < 0 ? [] : subtags.slice(privateUse + 1)
  const script = main.find((subtag) => /^[a-z]{4}$/.test(subtag))
  const region = main.find((subtag) => /^(?:[a-z]{2}|\d{3})$/.test(subtag))
  const variants = main.filter((subtag) => subtag !== script && subtag !== region)
  switch (primary) {
    case 'en':
      return region === 'gb' ? 'en-gb' : 'en-us'
    case 'de':
      if (!variants.includes('1901')) return 'de-1996'
      return region === 'ch' ? 'de-ch-1901' : 'de-1901'
    case 'el':
      return variants.includes('polyton') ? 'el-polyton' : 'el-monoton'
    case 'la':
      if (extra.includes('classic')) return 'la-x-classic'
      return extra.includes('liturgic') ? 'la-x-liturgic' : 'la'
    case 'mn':
      return script === undefined || script === 'cyrl' ? 'mn-cyrl' : null
    case 'sr':
      return script === 'latn' ? 'sh-latn' : 'sr-cyrl'
    case 'sh':
      return script === 'cyrl' ? 'sh-cyrl' : 'sh-latn'
    case 'ku':
      return script === undefined || script === 'latn' ? 'kmr' : null
    case 'ms':
      return 'id'
    case 'zh':
      return script === 'latn' && variants.includes('pinyin') ? 'zh-latn-pinyin' : null
    default:
      return patternsByPrimarySubtag.has(primary) ? primary : null
  }
}

function hyphenatorForPatterns(file: string): Hyphenator {
  const existing = hyphenatorsByPatterns.get(file)
  if (existing !== undefined) return existing
  // The patterns are loaded when the first word is hyphenated: most paragraphs never need them.
  let patterns: PatternHyphenator | undefined
  const cache = new Map<string, readonly number[]>()
  const hyphenator: Hyphenator = {
    points(word) {
      let points = cache.get(word)
      if (points === undefined) {
        if (cache.size >= maximumCachedWords) cache.clear()
        points = hyphenationPoints(word, () => (patterns ??= loadPatterns(file)))
        cache.set(word, points)
      }
      return [...points]
    },
  }
  hyphenatorsByPatterns.set(file, hyphenator)
  return hyphenator
}

function hyphenationPoints(word: string, patterns: () => PatternHyphenator): number[] {
  // A word of ASCII letters alone (most words of most reports) is decided without Unicode's tables:
  // it is composed, each of its units is a letter, and every point is between two letters.
  const ascii = isAsciiLetters(word)
  if (ascii ? !mayAsciiWordBeHyphenated(word) : !mayBeHyphenated(word)) return []
  const { text, originalOffsets } = ascii ? { text: word, originalOffsets: null } : composed(word)
  const candidates = patterns().points(text)
  const points: number[] = []
  if (ascii) {
    for (const candidate of candidates)
      if (
        candidate >= lettersBeforeFirstPoint &&
        word.length - candidate >= lettersAfterLastPoint &&
        points[points.length - 1] !== candidate
      )
        points.push(candidate)
    return points
  }
  const lettersBefore = letterCounts(word)
  const totalLetters = lettersBefore[word.length]!
  for (const candidate of candidates) {
    const point = originalOffsets === null ? candidate : originalOffsets.get(candidate)
    if (point === undefined || point <= 0 || point >= word.length) continue
    if (lettersBefore[point]! < lettersBeforeFirstPoint) continue
    if (totalLetters - lettersBefore[point]! < lettersAfterLastPoint) continue
    if (isPointBetweenLetters(word, point) && points[points.length - 1] !== point)
      points.push(point)
  }
  return points
}

function isAsciiLetters(word: string): boolean {
  for (let index = 0; index < word.length; index++) {
    const lower = word.charCodeAt(index) | 0x20
    if (lower < 0x61 || lower > 0x7a) return false
  }
  return word.length > 0
}

/** `mayBeHyphenated` for a word of ASCII letters: long enough, and not capitalised. */
function mayAsciiWordBeHyphenated(word: string): boolean {
  const first = word.charCodeAt(0)
  return word.length >= minimumLetters && first >= 0x61 && first <= 0x7a
}

function mayBeHyphenated(word: string): boolean {
  if (word.includes(marker) || digit.test(word) || hardHyphen.test(word)) return false
  if (addressSign.test(word) || capitalFirst.test(word)) return false
  if (upperCase.test(word) && !lowerCase.test(word)) return false
  let letters = 0
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    // ASCII letters at once; other characters (a surrogate pair as one) by Unicode.
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) letters++
    } else {
      const character = String.fromCodePoint(word.codePointAt(index)!)
      if (letter.test(character)) letters++
      index += character.length - 1
    }
  }
  return letters >= minimumLetters
}

/**
 * The word in composed form (the patterns are written for it), with the word's offset for each
 * composed offset that starts a cluster; null when the word is already composed.
 */
function composed(word: string): { text: string; originalOffsets: Map<number, number> | null } {
  const normalized = word.normalize('NFC')
  if (normalized === word) return { text: word, originalOffsets: null }
  const originalOffsets = new Map<number, number>()
  let text = ''
  for (const cluster of word.matchAll(clusterOrLetter)) {
    originalOffsets.set(text.length, cluster.index)
    text += cluster[0].normalize('NFC')
  }
  originalOffsets.set(text.length, word.length)
  return { text, originalOffsets }
}

/** For each UTF-16 offset, the number of letters before it. */
function letterCounts(word: string): number[] {
  const counts = new Array<number>(word.length + 1)
  let letters = 0
  counts[0] = 0
  for (let index = 0; index < word.length; ) {
    const character = String.fromCodePoint(word.codePointAt(index)!)
    if (letter.test(character)) letters++
    for (let unit = 0; unit < character.length; unit++) counts[index + 1 + unit] = letters
    index += character.length
  }
  return counts
}

function isPointBetweenLetters(word: string, point: number): boolean {
  const after = word.codePointAt(point)!
  if (after >= 0xdc00 && after <= 0xdfff) return false
  const beforeUnit = word.charCodeAt(point - 1)
  const before =
    beforeUnit >= 0xdc00 && beforeUnit <= 0xdfff && point >= 2
      ? word.codePointAt(point - 2)!
      : beforeUnit
  if (before === modifierApostrophe || after === modifierApostrophe) return false
  if (conjunctLinkers.has(before)) return false
  return letterOrMark.test(String.fromCodePoint(before)) && letter.test(String.fromCodePoint(after))
}
