import type { MeasureText, Piece } from './types.js'

/** Part of a word set in one style: a piece's text and style, with its measured width. */
export interface Fragment extends Omit<Piece, 'lineBreak'> {
  width: number
}

/** A word (or part of a long word) that line breaking keeps whole. */
export interface Token {
  fragments: Fragment[]
  width: number
  /** Whether a space separates this token from the one before (a break there costs the space). */
  spaceBefore: boolean
  /** The width of that space. */
  spaceWidth: number
  /** A forced line break before this token. */
  breakBefore: boolean
}

const whitespace = /\s+/
const breakAfter = /[/\-_?&=.#,;:]/
// Long words that read as addresses break after their separators; the rest only when too wide.
const looksLikeAddress = /^(https?:\/\/|www\.|mailto:)|\/.*\//

function fragmentOf(piece: Piece, text: string, measure: MeasureText): Fragment {
  return {
    text,
    face: piece.face,
    size: piece.size,
    rise: piece.rise,
    link: piece.link,
    tag: piece.tag,
    width: measure(text, piece.face, piece.size),
  }
}

/** Splits pieces of text into tokens: words, joined across style changes, separated by spaces. */
export function tokenize(pieces: readonly Piece[], measure: MeasureText): Token[] {
  const tokens: Token[] = []
  let current: Token | null = null
  let pendingSpace: number | null = null
  let pendingBreak = false
  for (const piece of pieces) {
    if (piece.lineBreak) {
      current = null
      pendingSpace = null
      pendingBreak = true
      continue
    }
    const parts = piece.text.split(/(\s+)/)
    for (const part of parts) {
      if (part === '') continue
      if (whitespace.test(part)) {
        current = null
        if (tokens.length > 0 && !pendingBreak) pendingSpace = measure(' ', piece.face, piece.size)
        continue
      }
      const fragment = fragmentOf(piece, part, measure)
      if (current === null) {
        current = {
          fragments: [fragment],
          width: fragment.width,
          spaceBefore: pendingSpace !== null,
          spaceWidth: pendingSpace ?? 0,
          breakBefore: pendingBreak,
        }
        tokens.push(current)
        pendingSpace = null
        pendingBreak = false
      } else {
        current.fragments.push(fragment)
        current.width += fragment.width
      }
    }
  }
  return tokens
}

function tokenText(token: Token): string {
  return token.fragments.map((fragment) => fragment.text).join('')
}

function splitFragmentAt(fragment: Fragment, pattern: RegExp, measure: MeasureText): Fragment[] {
  const parts: string[] = []
  let start = 0
  // Never inside `https://`, and never between two separators (`//`, `.-`): the break goes after the run.
  const protectedUntil = /^[a-z][a-z0-9+.-]*:\/\/[^/]/i.exec(fragment.text)?.[0].length ?? 0
  for (let index = Math.max(0, protectedUntil - 1); index < fragment.text.length - 1; index++) {
    if (pattern.test(fragment.text[index]!) && !pattern.test(fragment.text[index + 1]!)) {
      parts.push(fragment.text.slice(start, index + 1))
      start = index + 1
    }
  }
  parts.push(fragment.text.slice(start))
  if (parts.length === 1) return [fragment]
  return parts.map((text) => ({
    ...fragment,
    text,
    width: measure(text, fragment.face, fragment.size),
  }))
}

function splitToken(token: Token, pattern: RegExp | null, measure: MeasureText): Token[] {
  const result: Token[] = []
  token.fragments.forEach((fragment, fragmentIndex) => {
    const pieces =
      pattern === null
        ? Array.from(fragment.text, (character) => ({
            ...fragment,
            text: character,
            width: measure(character, fragment.face, fragment.size),
          }))
        : splitFragmentAt(fragment, pattern, measure)
    pieces.forEach((piece, pieceIndex) => {
      if (fragmentIndex > 0 && pieceIndex === 0) {
        // The first part of a later fragment continues the previous part: no break inside a style change.
        const last = result[result.length - 1]!
        last.fragments.push(piece)
        last.width += piece.width
        return
      }
      const first = result.length === 0
      result.push({
        fragments: [piece],
        width: piece.width,
        spaceBefore: first && token.spaceBefore,
        spaceWidth: first ? token.spaceWidth : 0,
        breakBefore: first && token.breakBefore,
      })
    })
  })
  return result
}

/**
 * Gives long words break points: addresses after their separators (`/`, `-`, `.`…),
 * and any part still wider than `maximumWidth` between characters, so no line overflows.
 */
export function allowBreaksInLongWords(
  tokens: readonly Token[],
  maximumWidth: number,
  measure: MeasureText,
): Token[] {
  const result: Token[] = []
  for (const token of tokens) {
    const text = tokenText(token)
    const parts =
      text.length > 24 && looksLikeAddress.test(text)
        ? splitToken(token, breakAfter, measure)
        : [token]
    for (const part of parts) {
      if (part.width > maximumWidth) result.push(...splitToken(part, null, measure))
      else result.push(part)
    }
  }
  return result
}
