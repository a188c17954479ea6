import { readFileSync } from 'node:fs'
import { loadReport, resolveReport, toPlainText } from '@rapporteur/core'
import { examplePath, hostileReport, stressReport } from '@rapporteur/fixtures'
import fc from 'fast-check'
import PDFDocument from 'pdfkit'
import { beforeAll, describe, expect, it } from 'vitest'
import { fontFiles, fontPath } from '../src/fonts/font-set.js'
import { createLatinShaper, type ShapingFont } from '../src/fonts/latin-shaping.js'
import type { FontFace } from '../src/layout/types.js'

interface Run {
  glyphs: Array<{ id: number; codePoints: number[] }>
  positions: Array<{ xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }>
  advanceWidth: number
}

/** A face as fontkit parses it, through pdfkit (which brings fontkit). */
function fontkitFont(face: FontFace): ShapingFont & {
  layout(text: string): Run
  unitsPerEm: number
  hasGlyphForCodePoint(codePoint: number): boolean
} {
  const document = new PDFDocument({ autoFirstPage: false })
  document.registerFont(face, readFileSync(fontPath(face)))
  document.font(face)
  return (document as unknown as { _font: { font: ReturnType<typeof fontkitFont> } })._font.font
}

/** The run as a reader of the page would meet it: glyphs, their text, their places. */
function summary(run: Run, scale: number) {
  return {
    glyphs: run.glyphs.map((glyph) => [glyph.id, ...glyph.codePoints]),
    positions: run.positions.map((position) => [
      position.xAdvance * scale,
      position.yAdvance * scale,
      position.xOffset * scale,
      position.yOffset * scale,
    ]),
  }
}

const faces = Object.keys(fontFiles) as FontFace[]
const serifFaces: FontFace[] = ['regular', 'bold', 'italic', 'boldItalic']
let exampleWords: string[] = []

beforeAll(async () => {
  const texts = [
    toPlainText(resolveReport(await loadReport(examplePath))),
    toPlainText(resolveReport(stressReport())),
    toPlainText(hostileReport()),
  ]
  // Words as pdfkit measures them (with their space) and as it paints them (without).
  exampleWords = [
    ...new Set(texts.flatMap((text) => [...(text.match(/\S+ ?/g) ?? []), ...text.split(/\s+/)])),
  ]
})

describe('Latin shaping from the font tables', () => {
  it.each(faces)(
    'gives fontkit’s glyphs and positions for every word of the fixtures in %s',
    (face) => {
      const reference = fontkitFont(face)
      const font = fontkitFont(face)
      const scale = 1000 / font.unitsPerEm
      const shape = createLatinShaper(font, scale)
      let shaped = 0
      for (const word of exampleWords) {
        const run = shape(word)
        if (!run) continue
        shaped++
        expect(summary(run, 1), word).toEqual(summary(reference.layout(word), scale))
        expect(run.advanceWidth, word).toBeCloseTo(reference.layout(word).advanceWidth * scale, 9)
      }
      // The serif faces set the body: nearly every word is theirs to shape.
      if (serifFaces.includes(face)) expect(shaped).toBeGreaterThan(exampleWords.length * 0.9)
    },
  )

  const shapedCharacters = [
    ...'ffiflffl fj ft Th AV AW AY Av Aw Ay LT LV LY PA Te To Tr Ty Va Ve Vo WA Wa We Yo ',
    ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
    ...' .,;:!?\'"()[]{}/\\-–—‘’“”«»…•€£§¶©®°±×÷µ·¿¡',
    ...'àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßĀāĂăĄąĆćČčĎďĐđĒēĘęĚěĞğĪīİıŁłŃńŇňŌōŐőŒœŘřŚśŞşŠšŢţŤťŪūŮůŰűŸŹźŻżŽž',
    '\u00a0',
    '\u2011',
    '\u2032',
    '\u2039',
    '\u203a',
  ]

  it.each(faces)('agrees with fontkit on random Latin text in %s', (face) => {
    const reference = fontkitFont(face)
    const font = fontkitFont(face)
    const scale = 1000 / font.unitsPerEm
    const shape = createLatinShaper(font, scale)
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...shapedCharacters), { minLength: 1, maxLength: 12 }),
        (characters) => {
          const text = characters.join('')
          const run = shape(text)
          if (run) expect(summary(run, 1), text).toEqual(summary(reference.layout(text), scale))
        },
      ),
      { numRuns: 3000, seed: 20261127 },
    )
  })

  it('leaves other scripts, soft hyphens and marks to fontkit', () => {
    const font = fontkitFont('regular')
    const shape = createLatinShaper(font, 1000 / font.unitsPerEm)
    expect(shape('Ωμέγα')).toBeUndefined()
    expect(shape('Москва')).toBeUndefined()
    expect(shape('co\u00adoperation')).toBeUndefined()
    expect(shape('e\u0301')).toBeUndefined()
    expect(shape('')).toBeUndefined()
    expect(shape('office ')?.glyphs.length).toBeLessThan('office '.length)
  })
})
