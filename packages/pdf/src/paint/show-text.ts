import type { DocumentFont } from '../fonts/document-font.js'
import type { Run } from '../layout/types.js'

/** The part of a pdfkit document that painting writes to directly. */
export interface ContentTarget {
  addContent(data: string): unknown
}

/** A font as painting uses it: its subset in this document, and its glyphs' own advances. */
export interface PaintFont {
  embedded: DocumentFont
  /** A glyph's advance before shaping, in thousandths of an em. */
  nominalWidth(glyph: number): number
}

/** A number as the content stream writes it: at most three decimals, no trailing zeros. */
export function formatNumber(value: number): string {
  const rounded = Math.round(value * 1000) / 1000
  return Object.is(rounded, -0) ? '0' : String(rounded)
}

/** A byte as a literal string holds it, escaped where PDF syntax needs it. */
function literalByte(value: number): string {
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

// Glyph codes as the two bytes of a literal string (pdfkit writes content as Latin-1), made once per code.
const codeBytes: string[] = []
const glyphCode = (code: number) =>
  (codeBytes[code] ??= literalByte(code >> 8) + literalByte(code & 0xff))

function utf16Hex(text: string): string {
  let result = 'FEFF'
  for (let index = 0; index < text.length; index++)
    result += text.charCodeAt(index).toString(16).padStart(4, '0').toUpperCase()
  return result
}

/**
 * Shows a run's glyphs with its baseline at `y` (from the page's top) and its left
 * edge at `run.x`. Every glyph lands where layout put it: the TJ operator's
 * adjustments move from each glyph's own advance to the next glyph's place, and the
 * text rise lifts marks. Each glyph stands for its cluster's text in the font's
 * map; a left-to-right run with a cluster of several glyphs (an Indic vowel sign
 * drawn before its consonant) is also marked with its text as `ActualText`, so
 * copying, search and reading aloud get the words as written.
 */
export function showRun(target: ContentTarget, font: PaintFont, run: Run, y: number): void {
  const { ids, xs, ys, texts } = run.glyphs
  if (ids.length === 0) return
  font.embedded.addToPage()
  const scale = run.size / 1000
  let operations = ''
  // The TJ array so far, and the glyph codes of the literal string it ends with.
  let array = ''
  let codes = ''
  let rise = 0
  let pen = 0
  // Right to left, each glyph that stands for text is declared as wide as the step to the
  // next such glyph, and one that stands for nothing (the second glyph of a letter drawn in
  // two) as wide as nothing, so that text extraction sees the shaped word as one, without
  // gaps or overlaps.
  let nextStep = run.width
  const steps = run.rightToLeft ? new Array<number>(ids.length) : null
  if (steps !== null)
    for (let index = ids.length - 1; index >= 0; index--) {
      if (texts[index] === '') {
        steps[index] = 0
        continue
      }
      steps[index] = Math.max(0, Math.round((nextStep - xs[index]!) / scale))
      nextStep = xs[index]!
    }
  for (let index = 0; index < ids.length; index++) {
    const id = ids[index]!
    const x = xs[index]!
    const width = steps !== null ? steps[index]! : font.nominalWidth(id)
    const code = font.embedded.useGlyph(id, width, texts[index]!)
    const raised = ys === null ? 0 : ys[index]!
    if (raised !== rise) {
      if (codes !== '') array += `(${codes})`
      if (array !== '') operations += `[${array}] TJ `
      array = ''
      codes = ''
      rise = raised
      operations += `${formatNumber(rise)} Ts `
    }
    const adjustment = (x - pen) / scale
    if (adjustment > 0.01 || adjustment < -0.01) {
      if (codes !== '') array += `(${codes})`
      array += formatNumber(-adjustment)
      codes = ''
    }
    codes += glyphCode(code)
    pen = x + width * scale
  }
  if (codes !== '') array += `(${codes})`
  if (array !== '') operations += `[${array}] TJ `
  if (rise !== 0) operations += '0 Ts '
  const show = `BT /${font.embedded.name} ${formatNumber(run.size)} Tf 1 0 0 -1 ${formatNumber(run.x)} ${formatNumber(y)} Tm ${operations}ET`
  target.addContent(
    !run.clustered ? show : `/Span <</ActualText <${utf16Hex(run.text)}>>> BDC ${show} EMC`,
  )
}
