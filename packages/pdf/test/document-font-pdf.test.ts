import { readFileSync } from 'node:fs'
import { rasterise } from '@rapporteur/fixtures/raster'
import { describe, expect, it } from 'vitest'
import { glyphList, loadHarfBuzz, loadSubsetter } from '../src/adapters/harfbuzz.js'
import { createPdfDocument, documentBytes, pdfObjects } from '../src/adapters/pdfkit.js'
import { createDocumentFont } from '../src/fonts/document-font.js'
import { fontPath } from '../src/fonts/font-catalogue.js'
import { run, temporaryFile } from './read-pdf.js'

/**
 * A one-page PDF that shows `text` in Tinos, each glyph standing for its own character;
 * the glyphs of `first` are given their codes before any other.
 */
async function pdfShowing(text: string, first = '') {
  const harfbuzz = await loadHarfBuzz()
  const data = new Uint8Array(readFileSync(fontPath('serif')))
  const shaping = harfbuzz.openFont(data)
  const document = createPdfDocument({ language: 'en', info: { Title: 'Fonts' } })
  const bytes = documentBytes(document)
  document.addPage({ size: [300, 100], margins: { top: 0, bottom: 0, left: 0, right: 0 } })
  const font = createDocumentFont(pdfObjects(document), 1, data, await loadSubsetter(), 0)
  const glyphs = glyphList(
    shaping.shape(text, 0, text.length, { direction: 'ltr', script: 'Latn', language: 'en' }),
  )
  for (const glyph of glyphList(
    shaping.shape(first, 0, first.length, { direction: 'ltr', script: 'Latn', language: 'en' }),
  ))
    font.useGlyph(glyph.id, Math.round((glyph.advance * 1000) / shaping.unitsPerEm), 'x')
  let codes = ''
  for (const glyph of glyphs) {
    const width = Math.round((glyph.advance * 1000) / shaping.unitsPerEm)
    const code = font.useGlyph(glyph.id, width, text[glyph.cluster]!)
    codes += code.toString(16).padStart(4, '0')
  }
  font.addToPage()
  document.addContent(`BT /${font.name} 20 Tf 10 40 Td <${codes}> Tj ET`)
  font.embed()
  document.end()
  return { font, glyphs, bytes: await bytes }
}

describe('a font embedded in a document', () => {
  it('gives a glyph one code per text and width it stands for, and keeps code 0 for the missing glyph', async () => {
    const document = createPdfDocument({ language: 'en', info: { Title: 'Fonts' } })
    const data = new Uint8Array(readFileSync(fontPath('serif')))
    const font = createDocumentFont(pdfObjects(document), 3, data, await loadSubsetter(), 0)
    expect(font.name).toBe('F3')
    const first = font.useGlyph(40, 600, 'D')
    expect(first).toBe(1)
    expect(font.useGlyph(40, 600, 'D')).toBe(first)
    expect(font.useGlyph(40, 600, 'Ď')).toBe(2)
    expect(font.useGlyph(40, 610, 'D')).toBe(3)
    expect(font.useGlyph(41, 600, 'D')).toBe(4)
  })

  it('is a subset poppler reads, whose text is the text each code stands for', async () => {
    const text = 'Ďurovičová and Dale Dunn'
    const { bytes } = await pdfShowing(text)
    const path = temporaryFile(bytes)
    expect(run('qpdf', ['--check', path]).status).toBe(0)
    expect(run('pdftotext', [path, '-']).output.trim()).toBe(text)
    const fonts = run('pdffonts', [path]).output
    expect(fonts).toMatch(/AAAAAB\+Tinos-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/)
  })

  it('draws each code with its own glyph, whatever order the codes were given in', async () => {
    const page = async (first: string) =>
      rasterise(temporaryFile((await pdfShowing('AVATAR', first)).bytes), 1, 72).data
    const plain = await page('')
    // The letters are drawn: hundreds of their pixels are ink.
    let ink = 0
    for (let index = 0; index < plain.length; index += 4) if (plain[index]! < 128) ink++
    expect(ink).toBeGreaterThan(200)
    // Codes that come first for other glyphs shift every code of AVATAR: its page must not change.
    expect(Buffer.from(await page('QZWRTVA')).equals(Buffer.from(plain))).toBe(true)
    const path = temporaryFile((await pdfShowing('AVATAR')).bytes)
    const box = /xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"/.exec(
      run('pdftotext', ['-bbox', path, '-']).output.split('<word')[1] ?? '',
    )
    // Tinos's AVATAR at 20 pt, kerned, is about 77 pt wide: the widths came through.
    const width = Number(box![2]) - Number(box![1])
    expect(width).toBeGreaterThan(70)
    expect(width).toBeLessThan(80)
  })
})
