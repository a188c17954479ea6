import type { DocumentFont } from '../adapters/pdfkit.js'
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

const hex = (code: number) => code.toString(16).padStart(4, '0')

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
  if (run.glyphs.length === 0) return
  font.embedded.addToPage()
  const scale = run.size / 1000
  const codes = run.glyphs.map((glyph) =>
    font.embedded.useGlyph(glyph.id, font.nominalWidth(glyph.id), glyph.text),
  )
  let operations = ''
  let array = ''
  let rise = 0
  let pen = 0
  run.glyphs.forEach((glyph, index) => {
    if (glyph.y !== rise) {
      if (array !== '') operations += `[${array}] TJ `
      array = ''
      rise = glyph.y
      operations += `${formatNumber(rise)} Ts `
    }
    const adjustment = (glyph.x - pen) / scale
    if (adjustment > 0.01 || adjustment < -0.01) array += `${formatNumber(-adjustment)}`
    array += `<${hex(codes[index]!)}>`
    pen = glyph.x + font.nominalWidth(glyph.id) * scale
  })
  if (array !== '') operations += `[${array}] TJ `
  if (rise !== 0) operations += '0 Ts '
  const show = `BT /${font.embedded.name} ${formatNumber(run.size)} Tf 1 0 0 -1 ${formatNumber(run.x)} ${formatNumber(y)} Tm ${operations}ET`
  target.addContent(
    !run.clustered ? show : `/Span <</ActualText <${utf16Hex(run.text)}>>> BDC ${show} EMC`,
  )
}
