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

/**
 * The glyphs of `text` as the operands of a TJ operator, two bytes per glyph in literal strings: shaped words from the
 * font's cache, glyph ids mapped into this document's subset (as pdfkit's own
 * `encode` does, without rebuilding arrays per word), kerning and `extraSpace`
 * (thousandths of an em after each space) as position adjustments.
 */
function textOperands(font: EmbeddedFont, text: string, extraSpace: number): string {
  let operands = ''
  let bytes = ''
  let start = 0
  while (start < text.length) {
    let end = text.indexOf(' ', start)
    end = end === -1 ? text.length : end + 1
    const { glyphs, positions } = font.layoutCached(text.slice(start, end))
    for (let index = 0; index < glyphs.length; index++) {
      const glyph = glyphs[index]!
      const id = font.subset.includeGlyph(glyph.id)
      if (font.widths[id] == null) font.widths[id] = glyph.advanceWidth * font.scale
      if (font.unicode[id] == null) font.unicode[id] = glyph.codePoints
      bytes += glyphBytes(id)
      const position = positions[index]!
      let adjustment = position.xAdvance - position.advanceWidth
      if (extraSpace !== 0 && glyph.codePoints.length === 1 && glyph.codePoints[0] === space)
        adjustment += extraSpace
      if (adjustment > 0.001 || adjustment < -0.001) {
        operands += `(${bytes}) ${formatNumber(-adjustment)} `
        bytes = ''
      }
    }
    start = end
  }
  if (bytes !== '') operands += `(${bytes})`
  return operands
}

/**
 * Shows text with its baseline at `(x, y)`, measured from the page's top-left
 * corner, adding `wordSpacing` points after each space. Writes the text operators
 * itself: the layout already decided every position.
 */
export function showText(
  target: ContentTarget,
  font: EmbeddedFont,
  size: number,
  x: number,
  y: number,
  text: string,
  wordSpacing: number,
): void {
  if (text === '') return
  target.page.fonts[font.id] ??= font.ref()
  const operands = textOperands(font, text, (wordSpacing * 1000) / size)
  // The page's matrix is flipped (y grows downwards); flipping the text matrix too keeps glyphs upright.
  target.addContent(
    `BT /${font.id} ${formatNumber(size)} Tf 1 0 0 -1 ${formatNumber(x)} ${formatNumber(y)} Tm [${operands}] TJ ET`,
  )
}
