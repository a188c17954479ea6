import type { Piece } from '../layout/types.js'
import type { BreakOpportunity } from './break-opportunities.js'
import type { CollectedText } from './collect.js'
import { lineSeparator } from './collect.js'
import type { Hyphenator } from './hyphenation.js'
import type { LineItem } from './knuth-plass.js'
import type { ShapedText } from './shape-text.js'

/**
 * How a break at an item ends its line: at a space, at a space before a word too
 * long for any line (the line stays ragged), with a hyphen the break adds, after a
 * hyphen the text has, at a forced break, or inside a word that has no hyphen to
 * show (an address), where the line stays ragged.
 */
export type BreakKind =
  | 'space'
  | 'ragged-space'
  | 'hyphen'
  | 'hard-hyphen'
  | 'forced'
  | 'inside-word'

/** A paragraph in the box, glue and penalty model, with where each item sits in the text. */
export interface ParagraphItems {
  items: LineItem[]
  /** For each item, the UTF-16 offset where it starts. */
  starts: number[]
  /** For each item, the offset where it ends (the spaces a glue stands for, a box's text). */
  ends: number[]
  /** For each glue and penalty, how a line broken there ends. */
  kinds: Array<BreakKind | null>
}

/** The widths of the hyphen that a hyphenated line ends with, per font and size. */
export type HyphenWidth = (textIndex: number) => number

const spaces = /[ \u2000-\u2006\u2008-\u200a\u205f\u3000]/
const hardHyphens = /[-\u2010\u2013]/
const softHyphen = '\u00ad'
// Scripts written without spaces are justified between their characters.
const unspaced =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u
const letterPattern = /[\p{L}\p{M}]/u
const digit = /\p{N}/u

/** Whether a UTF-16 unit is a space that a line may stretch: below U+2000, only the space itself. */
function isSpace(character: string): boolean {
  const code = character.charCodeAt(0)
  return code < 0x2000 ? code === 0x20 : spaces.test(character)
}

/** Whether a UTF-16 unit is of a script written without spaces: none is below Thai (U+0E00). */
function isUnspaced(character: string): boolean {
  return character.charCodeAt(0) >= 0x0e00 && unspaced.test(character)
}

/** Whether a UTF-16 unit is a letter or a mark: ASCII decided at once, the rest by Unicode. */
function isLetter(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
  return Number.isFinite(code) && letterPattern.test(text[index]!)
}

// A space stretches by half and shrinks by a third, as in TeX's fonts.
const spaceStretch = 1 / 2
const spaceShrink = 1 / 3
const hyphenPenalty = 50
const explicitHyphenPenalty = 50
const insideWordPenalty = 100

function sumAdvances(shaped: ShapedText, start: number, end: number): number {
  let total = 0
  for (let index = start; index < end; index++) total += shaped.advanceAt[index]!
  return total
}

/**
 * Turns a shaped paragraph into boxes, glue and penalties: a glue for each run of
 * spaces, a flagged penalty at each hyphenation point and after each hard hyphen,
 * a small glue between the characters of scripts written without spaces, a
 * penalty at every other break opportunity, and breaks between every character of
 * a word wider than `narrowest` (so no line overflows).
 */
export function lineItems(
  collected: CollectedText,
  shaped: ShapedText,
  opportunities: readonly BreakOpportunity[],
  hyphenator: Hyphenator | null,
  hyphenWidth: HyphenWidth,
  narrowest: number,
): ParagraphItems {
  const { text, pieceAt, pieces } = collected
  const result: ParagraphItems = { items: [], starts: [], ends: [], kinds: [] }
  const push = (item: LineItem, start: number, end: number, kind: BreakKind | null) => {
    result.items.push(item)
    result.starts.push(start)
    result.ends.push(end)
    result.kinds.push(kind)
  }
  const pieceOf = (index: number): Piece => pieces[pieceAt[index]!]!
  // A line that ends inside a word is not justified: the glue before the break gives it the
  // room a ragged line has, and the glue after it takes that room back when there is no break.
  const raggedStretch = narrowest / 2
  const pushRaggedBreak = (index: number, penalty: number) => {
    push(
      { type: 'penalty', width: 0, penalty: Number.POSITIVE_INFINITY, flagged: false },
      index,
      index,
      null,
    )
    push({ type: 'glue', width: 0, stretch: raggedStretch, shrink: 0 }, index, index, null)
    push({ type: 'penalty', width: 0, penalty, flagged: false }, index, index, 'inside-word')
    push({ type: 'glue', width: 0, stretch: -raggedStretch, shrink: 0 }, index, index, null)
  }
  const pushBox = (start: number, end: number) => {
    if (end <= start) return
    const width = sumAdvances(shaped, start, end)
    if (width <= narrowest) {
      pushHyphenatedBox(start, end)
      return
    }
    // A word wider than any line starts a line of its own and is broken by force at the
    // margin, between clusters: the line before it stays ragged.
    const before = result.items.length - 1
    if (result.kinds[before] === 'space') {
      const glue = result.items[before] as Extract<LineItem, { type: 'glue' }>
      glue.stretch += raggedStretch
      result.kinds[before] = 'ragged-space'
    }
    let from = start
    let used = 0
    for (let index = start; index < end; index++) {
      const advance = shaped.advanceAt[index]!
      if (shaped.clusterStartAt[index] && index > from && used + advance > narrowest) {
        push({ type: 'box', width: used }, from, index, null)
        pushRaggedBreak(index, 0)
        from = index
        used = 0
      }
      used += advance
    }
    push({ type: 'box', width: used }, from, end, null)
  }
  const pushHyphenatedBox = (start: number, end: number) => {
    const points: number[] = []
    if (hyphenator !== null) {
      let wordStart = -1
      for (let index = start; index <= end; index++) {
        const inWord = index < end && isLetter(text, index)
        if (inWord && wordStart < 0) wordStart = index
        if (!inWord && wordStart >= 0) {
          const wordEnd = index
          const allowed = !pieceOf(wordStart).noHyphenation
          const bounded =
            (wordStart === start || !isLetter(text, wordStart - 1)) &&
            (wordEnd === end || !digit.test(text[wordEnd] ?? ''))
          if (allowed && bounded) {
            const wordPoints = hyphenator.points(text.slice(wordStart, wordEnd))
            for (let point = 0; point < wordPoints.length; point++) {
              const at = wordStart + wordPoints[point]!
              if (shaped.clusterStartAt[at]) points.push(at)
            }
          }
          wordStart = -1
        }
      }
    }
    let from = start
    for (let index = 0; index < points.length; index++) {
      const point = points[index]!
      push({ type: 'box', width: sumAdvances(shaped, from, point) }, from, point, null)
      push(
        { type: 'penalty', width: hyphenWidth(point - 1), penalty: hyphenPenalty, flagged: true },
        point,
        point,
        'hyphen',
      )
      from = point
    }
    push({ type: 'box', width: sumAdvances(shaped, from, end) }, from, end, null)
  }
  let start = 0
  for (let index = 0; index < opportunities.length; index++) {
    const end = opportunities[index]!.index
    if (end <= start) continue
    if (end < text.length && !shaped.clusterStartAt[end]) continue
    let spaceStart = end
    while (spaceStart > start && isSpace(text[spaceStart - 1]!)) spaceStart--
    const forced = text[end - 1] === lineSeparator
    const boxEnd = forced ? end - 1 : spaceStart
    pushBox(start, boxEnd)
    const last = text[boxEnd - 1] ?? ''
    if (forced || end === text.length) {
      push(
        { type: 'glue', width: 0, stretch: Number.POSITIVE_INFINITY, shrink: 0 },
        boxEnd,
        end,
        null,
      )
      push(
        { type: 'penalty', width: 0, penalty: Number.NEGATIVE_INFINITY, flagged: false },
        end,
        end,
        'forced',
      )
    } else if (spaceStart < end) {
      const width = sumAdvances(shaped, spaceStart, end)
      push(
        { type: 'glue', width, stretch: width * spaceStretch, shrink: width * spaceShrink },
        spaceStart,
        end,
        'space',
      )
    } else if (last === softHyphen) {
      push(
        { type: 'penalty', width: hyphenWidth(end - 1), penalty: hyphenPenalty, flagged: true },
        end,
        end,
        'hyphen',
      )
    } else if (hardHyphens.test(last)) {
      push(
        { type: 'penalty', width: 0, penalty: explicitHyphenPenalty, flagged: true },
        end,
        end,
        'hard-hyphen',
      )
    } else if (isUnspaced(last) || isUnspaced(text[end] ?? '')) {
      const size = pieceOf(end - 1).size
      push({ type: 'glue', width: 0, stretch: size * 0.1, shrink: 0 }, end, end, 'space')
    } else if (!text.slice(start, end).endsWith('://')) {
      pushRaggedBreak(end, insideWordPenalty)
    }
    start = end
  }
  if (result.items.length === 0 || result.kinds[result.kinds.length - 1] !== 'forced') {
    push(
      { type: 'glue', width: 0, stretch: Number.POSITIVE_INFINITY, shrink: 0 },
      text.length,
      text.length,
      null,
    )
    push(
      { type: 'penalty', width: 0, penalty: Number.NEGATIVE_INFINITY, flagged: false },
      text.length,
      text.length,
      'forced',
    )
  }
  return result
}
