import type { EmbeddedFont } from '../fonts/font-set.js'

/** The part of a pdfkit document that painting writes to directly. */
export interface ContentTarget {
  addContent(data: string): unknown
  page: { fonts: Record<string, unknown> }
}

/** A number as the content stream writes it: at most two decimals, no trailing zeros. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 100) / 100
  return Object.is(rounded, -0) ? '0' : String(rounded)
}

const space = 32

/** A glyph id as the two bytes of a literal string, escaped where PDF syntax needs it. */
function glyphBytes(id: number): string {
  return byteOf(id >> 8) + byteOf(id & 0xff)
}

function byteOf(value: number): string {
  switch (value) {
    case 0x28:
      return '\\('
    case 0x29:
      return '\\)'
    case 0x5c:
      return '\\\\'
    case 0x0a:
      return '\\n'
    case 0x0d:
      return '\\r'
    default:
      return String.fromCharCode(value)
  }
}

/** A run of glyph bytes and the position adjustment after it (kerning), in thousandths of an em. */
interface GlyphGroup {
  bytes: string
  adjustment: number
}

/** A shaped word (with its trailing space, if any) in one document's subset. */
interface EncodedWord {
  groups: GlyphGroup[]
  endsWithSpace: boolean
}

/**
 * Turns text into the operands of a TJ operator for one font of one document:
 * two bytes per glyph in literal strings, kerning and extra word spacing as
 * position adjustments. Words are shaped once per document (glyph ids are mapped
 * into the document's subset as pdfkit's own `encode` does).
 */
export interface GlyphEncoder {
  font: EmbeddedFont
  operands(text: string, extraSpace: number): string
}

/** A glyph encoder for one embedded font of one document. */
export function createGlyphEncoder(font: EmbeddedFont): GlyphEncoder {
  const words = new Map<string, EncodedWord>()
  const encodeWord = (word: string): EncodedWord => {
    const { glyphs, positions } = font.layoutCached(word)
    const groups: GlyphGroup[] = []
    let bytes = ''
    for (let index = 0; index < glyphs.length; index++) {
      const glyph = glyphs[index]!
      const id = font.subset.includeGlyph(glyph.id)
      if (font.widths[id] == null) font.widths[id] = glyph.advanceWidth * font.scale
      if (font.unicode[id] == null) font.unicode[id] = glyph.codePoints
      bytes += glyphBytes(id)
      const position = positions[index]!
      const adjustment = position.xAdvance - position.advanceWidth
      if (adjustment > 0.001 || adjustment < -0.001 || index === glyphs.length - 1) {
        groups.push({ bytes, adjustment })
        bytes = ''
      }
    }
    const last = glyphs[glyphs.length - 1]
    return {
      groups,
      endsWithSpace:
        last !== undefined && last.codePoints.length === 1 && last.codePoints[0] === space,
    }
  }
  const operands = (text: string, extraSpace: number): string => {
    let result = ''
    let pending = ''
    let start = 0
    while (start < text.length) {
      // A space is shaped on its own: shaped with a right-to-left word it would move to the word's other side.
      let end = text.indexOf(' ', start)
      end = end === -1 ? text.length : end === start ? end + 1 : end
      const word = text.slice(start, end)
      let encoded = words.get(word)
      if (encoded === undefined) {
        encoded = encodeWord(word)
        words.set(word, encoded)
      }
      const { groups } = encoded
      for (let index = 0; index < groups.length; index++) {
        const group = groups[index]!
        pending += group.bytes
        let adjustment = group.adjustment
        if (index === groups.length - 1 && encoded.endsWithSpace) adjustment += extraSpace
        if (adjustment > 0.001 || adjustment < -0.001) {
          result += `(${pending}) ${formatNumber(-adjustment)} `
          pending = ''
        }
      }
      start = end
    }
    if (pending !== '') result += `(${pending})`
    return result
  }
  return { font, operands }
}

/**
 * Shows text with its baseline at `(x, y)`, measured from the page's top-left
 * corner, adding `wordSpacing` points after each space. Writes the text operators
 * itself: the layout already decided every position.
 */
export function showText(
  target: ContentTarget,
  encoder: GlyphEncoder,
  size: number,
  x: number,
  y: number,
  text: string,
  wordSpacing: number,
): void {
  if (text === '') return
  const { font } = encoder
  target.page.fonts[font.id] ??= font.ref()
  const operands = encoder.operands(text, (wordSpacing * 1000) / size)
  // The page's matrix is flipped (y grows downwards); flipping the text matrix too keeps glyphs upright.
  target.addContent(
    `BT /${font.id} ${formatNumber(size)} Tf 1 0 0 -1 ${formatNumber(x)} ${formatNumber(y)} Tm [${operands}] TJ ET`,
  )
}
