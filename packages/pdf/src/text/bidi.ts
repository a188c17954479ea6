import bidiFactory from 'bidi-js'

/** A paragraph's base direction. */
export type Direction = 'ltr' | 'rtl'

type Bidi = ReturnType<typeof bidiFactory>
const letter = /\p{L}/u
const rightToLeftOrMark =
  /[\u0590-\u08ff\u200e\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u
let bidi: Bidi | undefined

/**
 * The embedding level of every UTF-16 unit of a paragraph, by the Unicode
 * Bidirectional Algorithm (UAX #9): even levels run left to right, odd ones right
 * to left.
 */
export function embeddingLevels(text: string, direction: Direction): Uint8Array {
  // Text without right-to-left characters or explicit marks is all at the base level.
  if (direction === 'ltr' && !rightToLeftOrMark.test(text)) return new Uint8Array(text.length)
  bidi ??= bidiFactory()
  return bidi.getEmbeddingLevels(text, direction).levels
}

/**
 * A paragraph's own direction by rules P2 and P3 of UAX #9: that of its first
 * strong character (an Arabic sentence in an English report is set right to
 * left), or `fallback` when it has none.
 */
export function paragraphDirection(text: string, fallback: Direction): Direction {
  if (!rightToLeftOrMark.test(text)) return letter.test(text) ? 'ltr' : fallback
  bidi ??= bidiFactory()
  for (const character of text) {
    const type = bidi.getBidiCharTypeName(character)
    if (type === 'L') return 'ltr'
    if (type === 'R' || type === 'AL') return 'rtl'
  }
  return fallback
}

/**
 * The visual order of a line's runs from their levels (rule L2 of UAX #9): from the
 * highest level down to the lowest odd one, every maximal sequence of runs at that
 * level or higher is reversed. Returns indices into `levels`, left to right.
 */
export function visualOrder(levels: readonly number[]): number[] {
  const order = levels.map((_level, index) => index)
  if (levels.length === 0) return order
  const highest = Math.max(...levels)
  const lowestOdd = Math.min(...levels.filter((level) => level % 2 === 1), highest + 1)
  for (let level = highest; level >= lowestOdd && level > 0; level--) {
    let index = 0
    while (index < order.length) {
      if (levels[order[index]!]! < level) {
        index++
        continue
      }
      let end = index
      while (end < order.length && levels[order[end]!]! >= level) end++
      const reversed = order.slice(index, end).reverse()
      order.splice(index, end - index, ...reversed)
      index = end
    }
  }
  return order
}

/**
 * The character that mirrors `codePoint` in right-to-left text (`)` for `(`, `»` for
 * `«`), by Unicode's Bidi_Mirroring_Glyph, or null for one that has none.
 */
export function mirroredCodePoint(codePoint: number): number | null {
  bidi ??= bidiFactory()
  const mirrored = bidi.getMirroredCharacter(String.fromCodePoint(codePoint))
  return mirrored === null ? null : (mirrored.codePointAt(0) ?? null)
}
