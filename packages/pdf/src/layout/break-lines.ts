import { allowBreaksInLongWords, type Fragment, type Token, tokenize } from './tokenize.js'
import type { MeasureText, Piece, Run } from './types.js'

/** How lines of a paragraph are set. */
export interface LineSetting {
  /** Left edge of every line but the first, from the page's left edge. */
  left: number
  /** Width of every line but the first. */
  width: number
  /** Left edge of the first line; default `left`. */
  firstLeft?: number
  /** Width of the first line; default `width`. */
  firstWidth?: number
  /** `justify` stretches all lines but the last, those before a forced break and those broken inside a word. */
  align: 'justify' | 'left' | 'center' | 'right'
  /** Baseline of each line, from its top. */
  baseline: number
}

/** A broken line: its runs placed horizontally; the caller places it vertically. */
export interface BrokenLine {
  runs: Run[]
  /** The width the text takes, spaces and justification included. */
  width: number
}

function sameStyle(left: Fragment, right: Fragment): boolean {
  return (
    left.face === right.face &&
    left.size === right.size &&
    left.rise === right.rise &&
    left.link === right.link &&
    left.tag === right.tag
  )
}

function setLine(
  tokens: readonly Token[],
  left: number,
  available: number,
  stretch: boolean,
  align: LineSetting['align'],
  baseline: number,
): BrokenLine {
  let natural = 0
  let gaps = 0
  tokens.forEach((token, index) => {
    natural += token.width
    if (index > 0 && token.spaceBefore) {
      natural += token.spaceWidth
      gaps++
    }
  })
  let extra = stretch && gaps > 0 ? (available - natural) / gaps : 0
  if (extra < 0) extra = 0
  const free = Math.max(0, available - natural)
  let x = align === 'center' ? left + free / 2 : align === 'right' ? left + free : left
  const runs: Run[] = []
  let current: Run | null = null
  let lastFragment: Fragment | null = null
  tokens.forEach((token, tokenIndex) => {
    const spaced = tokenIndex > 0 && token.spaceBefore
    token.fragments.forEach((fragment, fragmentIndex) => {
      const withSpace = spaced && fragmentIndex === 0
      if (current !== null && lastFragment !== null && sameStyle(lastFragment, fragment)) {
        if (withSpace) {
          current.text += ' '
          current.width += token.spaceWidth + extra
          x += token.spaceWidth + extra
        }
        current.text += fragment.text
        current.width += fragment.width
      } else {
        if (withSpace) x += token.spaceWidth + extra
        current = {
          text: fragment.text,
          face: fragment.face,
          size: fragment.size,
          x,
          baseline: baseline - fragment.rise,
          width: fragment.width,
          wordSpacing: extra,
          link: fragment.link,
          tag: fragment.tag,
        }
        runs.push(current)
      }
      x += fragment.width
      lastFragment = fragment
    })
  })
  return { runs, width: natural + extra * gaps }
}

/**
 * Breaks styled text into lines, greedily, using widths measured once per word.
 * Long addresses break after separators and any word wider than a line breaks
 * between characters, so no line is wider than its measure.
 */
export function breakLines(
  pieces: readonly Piece[],
  setting: LineSetting,
  measure: MeasureText,
): BrokenLine[] {
  const narrowest = Math.min(setting.width, setting.firstWidth ?? setting.width)
  const tokens = allowBreaksInLongWords(tokenize(pieces, measure), narrowest, measure)
  // A line broken inside a word (an address) stays ragged: stretching it would open wide gaps.
  const groups: Array<{ tokens: Token[]; ragged: boolean }> = []
  let group: Token[] = []
  let used = 0
  const availableFor = (index: number) =>
    index === 0 ? (setting.firstWidth ?? setting.width) : setting.width
  for (const token of tokens) {
    if (token.breakBefore && group.length > 0) {
      groups.push({ tokens: group, ragged: true })
      group = []
      used = 0
    }
    const added = (group.length > 0 && token.spaceBefore ? token.spaceWidth : 0) + token.width
    if (group.length > 0 && used + added > availableFor(groups.length) + 0.01) {
      groups.push({ tokens: group, ragged: !token.spaceBefore })
      group = [token]
      used = token.width
    } else {
      group.push(token)
      used += added
    }
  }
  if (group.length > 0) groups.push({ tokens: group, ragged: true })
  return groups.map((line, index) => {
    const left = index === 0 ? (setting.firstLeft ?? setting.left) : setting.left
    const stretch = setting.align === 'justify' && !line.ragged
    return setLine(line.tokens, left, availableFor(index), stretch, setting.align, setting.baseline)
  })
}
