import { createRequire } from 'node:module'
import type { StyledText } from '@rapporteur/core'
import { describe, expect, it } from 'vitest'
import { loadHarfBuzz } from '../adapters/harfbuzz.js'
import { webFonts } from './web-fonts.js'

const decompress = createRequire(import.meta.url)('wawoff2/decompress.js') as (
  font: Uint8Array,
) => Promise<Uint8Array>

const codePoints = (text: string) =>
  [...new Set([...text].map((character) => character.codePointAt(0)!))].sort((a, b) => a - b)

const texts: StyledText[] = [
  { text: 'Ms. Roy said: ', style: 'regular' },
  { text: 'লক্ষ্মী', style: 'regular' },
  { text: 'রায়', style: 'bold' },
  { text: ' and ', style: 'regular' },
  { text: 'প্রিয়া', style: 'italic' },
  { text: ' met 王秀英, प्रिया शर्मा, รัตนา and فاطمة ✓', style: 'regular' },
]

describe('web fonts', () => {
  it('gives each character the face the PDF sets it in, per style, and only the characters used', async () => {
    const fonts = await webFonts(texts)
    expect(fonts.families).toEqual([
      'Tinos',
      'Amiri',
      'Noto Serif Devanagari',
      'Noto Sans Bengali',
      'Noto Sans Thai',
      'DejaVu Sans',
      'Noto Serif SC',
    ])
    const faces = fonts.faces.map((face) => ({
      family: face.family,
      weight: face.weight,
      style: face.style,
      text: String.fromCodePoint(...face.codePoints),
    }))
    const text = (value: string) => String.fromCodePoint(...codePoints(value))
    expect(faces).toEqual([
      { family: 'Tinos', weight: 400, style: 'normal', text: text('Ms. Roy said: and met') },
      // Spaces and punctuation after text of a script go in that script's face when it has them.
      { family: 'Amiri', weight: 400, style: 'normal', text: text(' فاطمة') },
      { family: 'Noto Serif Devanagari', weight: 400, style: 'normal', text: text('प्रिया शर्मा,') },
      // Bengali has no italic: italic text is set upright, in the regular face, as in the PDF.
      { family: 'Noto Sans Bengali', weight: 400, style: 'normal', text: text('লক্ষ্মী প্রিয়া') },
      { family: 'Noto Sans Bengali', weight: 700, style: 'normal', text: text('রায়') },
      { family: 'Noto Sans Thai', weight: 400, style: 'normal', text: text('รัตนา ') },
      { family: 'DejaVu Sans', weight: 400, style: 'normal', text: text('✓') },
      { family: 'Noto Serif SC', weight: 400, style: 'normal', text: text('王秀英, ') },
    ])
  })

  it('embeds WOFF2 subsets that have their characters, the same bytes with a cache or without', async () => {
    const harfbuzz = await loadHarfBuzz()
    const fonts = await webFonts(texts)
    for (const face of fonts.faces) {
      expect(new TextDecoder().decode(face.data.subarray(0, 4))).toBe('wOF2')
      const font = harfbuzz.openFont(new Uint8Array(await decompress(face.data)))
      for (const codePoint of face.codePoints) expect(font.covers(codePoint)).toBe(true)
      expect(font.covers('Z'.codePointAt(0)!)).toBe(false)
    }
    const cache = new Map<string, Uint8Array>()
    const first = await webFonts(texts, { cache })
    expect(cache.size).toBe(fonts.faces.length)
    const stored = new Map(cache)
    const again = await webFonts(texts, { cache })
    expect(cache).toEqual(stored)
    expect(again).toEqual(first)
    expect(first).toEqual(fonts)
  })

  it('keeps both brackets of a pair in a face that has one, so that a browser draws and mirrors them alike', async () => {
    // An Arabic list item's letter, and brackets around Arabic words and digits: the PDF
    // sets some brackets in Tinos and some in Amiri.
    const fonts = await webFonts([
      { text: '(أ)', style: 'regular' },
      { text: 'اجتماع (بتوقيت بيروت) و«نص» والبلدان (5)', style: 'regular' },
      { text: ' (الفقرة 5)', style: 'regular' },
    ])
    for (const face of fonts.faces) {
      const has = (character: string) => face.codePoints.includes(character.codePointAt(0)!)
      for (const [open, close] of [
        ['(', ')'],
        ['«', '»'],
      ] as const)
        expect([face.family, has(open)]).toEqual([face.family, has(close)])
    }
    expect(fonts.faces.some((face) => face.codePoints.includes(0x28))).toBe(true)
  })

  it('embeds nothing for no text', async () => {
    expect(await webFonts([])).toEqual({ families: [], faces: [] })
  })

  it('keeps in a subset the characters a shaper splits the page’s characters into', async () => {
    const harfbuzz = await loadHarfBuzz()
    const fonts = await webFonts([{ text: 'จำนวน', style: 'regular' }])
    const thai = fonts.faces.find((face) => face.family === 'Noto Sans Thai')!
    // The face's range has them too: a browser draws from a face only the characters of its range.
    expect(String.fromCodePoint(...thai.codePoints)).toBe('จนวาำํ')
    const font = harfbuzz.openFont(new Uint8Array(await decompress(thai.data)))
    // SARA AM is drawn as NIKHAHIT and SARA AA: a subset without them draws nothing there.
    expect(font.covers(0x0e4d)).toBe(true)
    expect(font.covers(0x0e32)).toBe(true)
  })
})
