import LineBreaker from 'linebreak'
import { type LatinBreak, latinBreaks } from './latin-breaks.js'

/** A place where a line may end: the text before `index` (a UTF-16 offset) ends one line. */
export interface BreakOpportunity {
  index: number
  required: boolean
}

/**
 * Runs of letters in the scripts whose line break class is SA (complex context: Thai, Lao,
 * Myanmar, Khmer and the Tai scripts), one capture group per script, in the order of
 * `southeastAsianLocales`.
 */
const southeastAsianRun = new RegExp(
  ['Thai', 'Lao', 'Myanmar', 'Khmer', 'Tai_Le', 'New_Tai_Lue', 'Tai_Tham', 'Tai_Viet', 'Ahom']
    .map((script) => `((?:(?=[\\p{L}\\p{M}])\\p{sc=${script}})+)`)
    .join('|'),
  'gu',
)
// The blocks of those scripts, to skip the search in text that has none of them.
const southeastAsianScript =
  /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u1950-\u19df\u1a20-\u1aaf\uaa60-\uaadf\u{11700}-\u{1174f}]/u
const southeastAsianLocales = ['th', 'lo', 'my', 'km', 'tdd', 'khb', 'nod', 'blt', 'aho']

// Intl.Segmenter slows down more than linearly on long inputs, so runs are segmented in windows.
const segmenterWindow = 2000

const segmenters = new Map<string, Intl.Segmenter>()

const mandatoryBreak = /[\n\v\f\r\u0085\u2028\u2029]$/
// Characters that join the cluster before them (extending marks, spacing marks, ZWJ, ZWNJ,
// emoji modifiers, tags), and the prepended concatenation marks that join the one after them.
const clusterContinuation = /^(?:[\p{Grapheme_Extend}\p{Mc}\p{Emoji_Modifier}\u0e33\u0eb3]|\u200d)/u
const clusterPrefix = /[\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u{110bd}\u{110cd}]$/u
const letterOrMark = /^[\p{L}\p{M}]/u

/**
 * Line break opportunities of a paragraph's text by UAX #14, with dictionary breaks for scripts
 * written without spaces.
 *
 * The opportunities are sorted, unique and greater than 0; the end of the text is always the last
 * one (required only after a mandatory break character such as a line feed). Inside runs of Thai,
 * Lao, Myanmar, Khmer and the Tai scripts, which UAX #14 leaves to a dictionary, the word
 * boundaries of `Intl.Segmenter` are added. No opportunity falls inside a grapheme cluster or next
 * to a zero width joiner. Soft hyphens, ZWJ, ZWNJ and other invisible characters stay in the text:
 * a soft hyphen ends a (non-required) opportunity, and the caller decides whether to show a hyphen.
 *
 * @param text The paragraph's text.
 * @param language The paragraph's BCP 47 language, used to choose the word dictionary's locale.
 */
export function breakOpportunities(text: string, language: string): BreakOpportunity[] {
  if (text.length === 0) return []
  const found: BreakOpportunity[] = []
  const lineBreaks = latinBreaks(text) ?? unicodeBreaks(text)
  const dictionaryBreaks = southeastAsianBreaks(text, language)
  let dictionaryAt = 0
  const add = (index: number, required: boolean) => {
    if (
      index <= 0 ||
      index > text.length ||
      splitsCluster(text, index) ||
      insideKoreanWord(text, index)
    )
      return
    const last = found[found.length - 1]
    if (last !== undefined && last.index === index) last.required ||= required
    else found.push({ index, required })
  }
  for (const next of lineBreaks) {
    while (
      dictionaryAt < dictionaryBreaks.length &&
      dictionaryBreaks[dictionaryAt]! <= next.position
    )
      add(dictionaryBreaks[dictionaryAt++]!, false)
    add(next.position, next.required)
  }
  while (dictionaryAt < dictionaryBreaks.length) add(dictionaryBreaks[dictionaryAt++]!, false)
  const last = found[found.length - 1]
  if (last === undefined || last.index !== text.length)
    found.push({ index: text.length, required: mandatoryBreak.test(text) })
  else last.required = mandatoryBreak.test(text)
  return found
}

/** UAX #14 by linebreak, for text with characters beyond those of `latinBreaks`. */
function unicodeBreaks(text: string): LatinBreak[] {
  const breaker = new LineBreaker(text)
  const found: LatinBreak[] = []
  for (let next = breaker.nextBreak(); next !== null; next = breaker.nextBreak()) found.push(next)
  return found
}

const hangul = /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]/u

/**
 * Whether a break falls between two Hangul letters. Korean is set with its words
 * whole, broken at spaces, where UAX #14 would break between any two syllables.
 */
function insideKoreanWord(text: string, index: number): boolean {
  return index < text.length && hangul.test(text[index - 1]!) && hangul.test(text[index]!)
}

/** Word boundaries strictly inside each run of SA letters, in order. */
function southeastAsianBreaks(text: string, language: string): number[] {
  const breaks: number[] = []
  if (!southeastAsianScript.test(text)) return breaks
  southeastAsianRun.lastIndex = 0
  for (
    let match = southeastAsianRun.exec(text);
    match !== null;
    match = southeastAsianRun.exec(text)
  ) {
    const script = match.findIndex((group, position) => position > 0 && group !== undefined) - 1
    const segmenter = segmenterFor(localeFor(southeastAsianLocales[script]!, language))
    const runEnd = match.index + match[0].length
    let start = match.index
    while (start < runEnd) {
      let end = Math.min(runEnd, start + segmenterWindow)
      if (end < runEnd && isLowSurrogate(text.charCodeAt(end))) end--
      const windowBreaks: number[] = []
      for (const segment of segmenter.segment(text.slice(start, end)))
        if (segment.index > 0) windowBreaks.push(start + segment.index)
      if (end === runEnd) {
        breaks.push(...windowBreaks)
        break
      }
      // The window may have cut the last word short: its start is decided again in the next window.
      if (windowBreaks.length > 1) windowBreaks.pop()
      breaks.push(...windowBreaks)
      start = windowBreaks[windowBreaks.length - 1] ?? end
    }
  }
  return breaks
}

/** The language itself when it is written in the script, else the script's main language. */
function localeFor(scriptLocale: string, language: string): string {
  const primary = language.toLowerCase().split(/[-_]/)[0]
  if (primary !== scriptLocale) return scriptLocale
  try {
    return Intl.getCanonicalLocales(language.replace(/_/g, '-'))[0] ?? scriptLocale
  } catch {
    return scriptLocale
  }
}

function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale)
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' })
    segmenters.set(locale, segmenter)
  }
  return segmenter
}

/** Whether ending a line before `index` would split a grapheme cluster or a ZWJ/ZWNJ joining. */
function splitsCluster(text: string, index: number): boolean {
  if (index >= text.length) return false
  const before = text.charCodeAt(index - 1)
  const after = text.charCodeAt(index)
  if (after < 0x0300 && before < 0x0600) return false
  if (isLowSurrogate(after) && before >= 0xd800 && before <= 0xdbff) return true
  if (before === 0x200d) return true
  if (before === 0x200c && letterOrMark.test(text.slice(index, index + 2))) return true
  if (clusterContinuation.test(text.slice(index, index + 2))) return true
  return clusterPrefix.test(text.slice(Math.max(0, index - 2), index))
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}
