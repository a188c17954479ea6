import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { fontPath } from '../fonts/font-catalogue.js'
import { glyphList, loadHarfBuzz, loadSubsetter } from './harfbuzz.js'

// fontkit, as pdfkit loads it: an independent reading of the subsets' tables.
const fontkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as {
  create(data: Uint8Array): { directory: { tables: Record<string, unknown> } }
}

// hb-shape reads its arguments in the locale's encoding: a bare environment has none.
const utf8Environment = { ...process.env, LC_ALL: 'C.UTF-8' }

describe('the harfbuzzjs adapter', () => {
  it('loads HarfBuzz from the files it names and reports its version', async () => {
    const harfbuzz = await loadHarfBuzz()
    expect(harfbuzz.version).toMatch(/^\d+\.\d+\.\d+$/)
    expect(await loadHarfBuzz()).toBe(harfbuzz)
  })

  it('shapes with the font’s kerning, in font units', async () => {
    const harfbuzz = await loadHarfBuzz()
    const font = harfbuzz.openFont(readFileSync(fontPath('serif')))
    expect(font.unitsPerEm).toBe(2048)
    expect(font.covers('A'.codePointAt(0)!)).toBe(true)
    expect(font.covers(0x4e2d)).toBe(false)
    const glyphs = glyphList(
      font.shape('x AV', 0, 4, { direction: 'ltr', script: 'Latn', language: 'en' }),
    )
    expect(glyphs.map((glyph) => glyph.cluster)).toEqual([0, 1, 2, 3])
    const [a, v] = glyphs.slice(2)
    // A and V are kerned: A's advance is less than its own width.
    expect(a!.advance).toBeLessThan(font.nominalAdvance(a!.id))
    expect(v!.advance).toBe(font.nominalAdvance(v!.id))
  })

  it('shapes an item with the text around it as context, clusters counted in the whole text', async () => {
    const harfbuzz = await loadHarfBuzz()
    const font = harfbuzz.openFont(readFileSync(fontPath('arabic')))
    const alone = glyphList(
      font.shape('ب', 0, 1, { direction: 'rtl', script: 'Arab', language: 'ar' }),
    )
    const joined = glyphList(
      font.shape('بب', 1, 1, { direction: 'rtl', script: 'Arab', language: 'ar' }),
    )
    expect(joined.every((glyph) => glyph.cluster === 1)).toBe(true)
    // The second beh joins the first: its final form is another glyph than the isolated one
    // (the font draws the dot as a mark on a dotless base).
    const base = (glyphs: typeof alone) => glyphs.find((glyph) => glyph.advance > 0)!.id
    expect(base(joined)).not.toBe(base(alone))
  })

  it('gives the glyphs and positions of hb-shape for the same font and text', async () => {
    let available = true
    try {
      execFileSync('hb-shape', ['--version'])
    } catch {
      available = false
    }
    if (!available && process.env.CI) throw new Error('hb-shape (libharfbuzz-bin) is needed in CI')
    if (!available) return
    const harfbuzz = await loadHarfBuzz()
    const file = fontPath('serif')
    const font = harfbuzz.openFont(readFileSync(file))
    const text = 'Ďurovičová, office — “AVATAR” 1/2'
    const ours = glyphList(
      font.shape(text, 0, text.length, { direction: 'ltr', script: 'Latn', language: 'en' }),
    ).map((glyph) => [glyph.id, glyph.cluster, glyph.advance, glyph.xOffset, glyph.yOffset])
    const output = execFileSync(
      'hb-shape',
      [
        '--output-format=json',
        '--no-glyph-names',
        '--direction=ltr',
        '--script=Latn',
        '--language=en',
        '--utf8-clusters',
        file,
        text,
      ],
      { env: utf8Environment },
    ).toString()
    const theirs = (
      JSON.parse(output) as Array<{ g: number; cl: number; ax: number; dx: number; dy: number }>
    ).map((glyph) => [glyph.g, glyph.cl, glyph.ax, glyph.dx, glyph.dy])
    expect(ours.map(([id, , advance]) => [id, advance])).toEqual(
      theirs.map(([id, , advance]) => [id, advance]),
    )
  })

  it('subsets a font to some characters, which it shapes as the whole font does', async () => {
    const harfbuzz = await loadHarfBuzz()
    const subsetter = await loadSubsetter()
    const whole = readFileSync(fontPath('bengali'))
    const word = 'লক্ষ্মী'
    const codePoints = [...new Set([...word].map((character) => character.codePointAt(0)!))]
    const bytes = subsetter.subset(whole, codePoints)
    expect(bytes.length).toBeLessThan(whole.length / 4)
    const subset = harfbuzz.openFont(bytes)
    for (const codePoint of codePoints) expect(subset.covers(codePoint)).toBe(true)
    expect(subset.covers('ক'.codePointAt(0)!)).toBe(true)
    expect(subset.covers('র'.codePointAt(0)!)).toBe(false)
    expect(subset.covers('A'.codePointAt(0)!)).toBe(false)
    const properties = { direction: 'ltr', script: 'Beng', language: 'bn' } as const
    const shape = (font: typeof subset) =>
      glyphList(font.shape(word, 0, word.length, properties)).map((glyph) => [
        glyph.cluster,
        glyph.advance,
        glyph.xOffset,
        glyph.yOffset,
      ])
    // The conjuncts (ক্ষ, ্ম) come out as the same glyphs, at the same places, as from the whole font.
    expect(shape(subset)).toEqual(shape(harfbuzz.openFont(whole)))
    expect(subsetter.subset(whole, codePoints)).toEqual(bytes)
  })

  it('subsets a font for a PDF to some glyphs, at their own ids, without layout tables or a character map', async () => {
    const harfbuzz = await loadHarfBuzz()
    const subsetter = await loadSubsetter()
    const whole = readFileSync(fontPath('serif'))
    const font = harfbuzz.openFont(whole)
    const kept = glyphList(
      font.shape('Ďurovičová', 0, 10, { direction: 'ltr', script: 'Latn', language: 'en' }),
    ).map((glyph) => glyph.id)
    const bytes = subsetter.subsetGlyphs(whole, [0, ...kept])
    expect(bytes.length).toBeLessThan(whole.length / 10)
    const tables = fontkit.create(bytes).directory.tables
    for (const tag of ['glyf', 'loca', 'hmtx', 'head', 'hhea', 'maxp'])
      expect(tables[tag]).toBeDefined()
    for (const tag of ['GSUB', 'GPOS', 'GDEF', 'cmap', 'fpgm', 'prep'])
      expect(tables[tag]).toBeUndefined()
    const subset = harfbuzz.openFont(bytes)
    for (const glyph of kept) expect(subset.nominalAdvance(glyph)).toBe(font.nominalAdvance(glyph))
    const other = Math.max(...kept) - 1
    if (!kept.includes(other)) expect(subset.nominalAdvance(other)).not.toBe(-1)
    expect(subsetter.subsetGlyphs(whole, [0, ...kept])).toEqual(bytes)
  })
})
