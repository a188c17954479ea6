import { execFileSync } from 'node:child_process'
import { scriptSamples } from '@rapporteur/fixtures'
import { beforeAll, describe, expect, it } from 'vitest'
import { glyphList } from '../adapters/harfbuzz.js'
import { fontPath } from '../fonts/font-catalogue.js'
import { type FontLibrary, loadFontLibrary } from '../fonts/font-library.js'
import type { Piece, TagNode } from '../layout/types.js'
import { embeddingLevels, paragraphDirection } from './bidi.js'
import { collectText } from './collect.js'
import { itemize } from './itemize.js'
import { shapeText } from './shape-text.js'

// hb-shape reads its arguments in the locale's encoding: a bare environment has none.
const utf8Environment = { ...process.env, LC_ALL: 'C.UTF-8' }

const tag: TagNode = { role: 'P', parent: null }
let fonts: FontLibrary
let available = true

beforeAll(async () => {
  fonts = await loadFontLibrary()
  try {
    execFileSync('hb-shape', ['--version'])
    execFileSync('fribidi', ['--version'])
  } catch {
    available = false
    if (process.env.CI)
      throw new Error(
        'hb-shape and fribidi (Debian libharfbuzz-bin, libfribidi-bin) are needed in CI',
      )
  }
})

/**
 * The embedding level of each UTF-16 unit of a text, by GNU FriBidi's own bidi
 * algorithm (Debian libfribidi-bin), the paragraph's direction from its first strong letter.
 */
function fribidiLevels(text: string): number[] {
  const output = execFileSync('fribidi', ['--levels', '--novisual', '--nobreak'], {
    input: `${text}\n`,
    env: utf8Environment,
  }).toString()
  const perCodePoint = output.trim().split(/\s+/).map(Number)
  const levels: number[] = []
  Array.from(text).forEach((character, index) => {
    for (let unit = 0; unit < character.length; unit++) levels.push(perCodePoint[index]!)
  })
  return levels
}

interface HarfBuzzGlyph {
  g: number
  ax: number
  dx: number
  dy: number
}

describe('collect, bidi, itemise and shape, against HarfBuzz’s own hb-shape', () => {
  // Each sample mixed with Latin words, numbers, a style change inside a word and the joiners.
  const texts: Array<[string, string]> = [
    ...scriptSamples.map((sample): [string, string] => [
      sample.name,
      `${sample.person.name}: ${sample.paragraph}`,
    ]),
    ['joiners', 'ক্‍ষ and ক্ষ; می‌خواهم and میخواهم; क्‍ष'],
  ]
  it.each(texts)('gives hb-shape’s glyphs and positions for each item of %s', (_name, text) => {
    if (!available) return
    const half = Math.floor(text.length / 2)
    const pieces: Piece[] = [
      { text: text.slice(0, half), face: 'regular', size: 10, rise: 0, link: null, tag },
      { text: text.slice(half), face: 'bold', size: 10, rise: 0, link: null, tag },
    ]
    const collected = collectText(pieces)
    expect(collected.text).toBe(text)
    const direction = paragraphDirection(collected.text, 'ltr')
    const levels = embeddingLevels(collected.text, direction)
    const items = itemize(
      collected,
      levels,
      (font, code) => fonts.shaping(font).covers(code),
      new Map(),
      () => {
        throw new Error('every character has a font')
      },
    )
    const shaped = shapeText(collected, items, (key) => fonts.shaping(key), 'en', new Map())
    // What each item is shaped as comes from the other tools, not from the pipeline: its
    // direction from FriBidi's levels, its script from HarfBuzz's own guess (for an item with
    // letters; one of digits and punctuation alone takes the script of the text around it).
    const fribidi = fribidiLevels(collected.text)
    for (const item of shaped.items) {
      const itemText = collected.text.slice(item.start, item.end)
      const parities = new Set(fribidi.slice(item.start, item.end).map((level) => level % 2))
      expect([...parities], `one direction for "${itemText}"`).toHaveLength(1)
      expect(item.level % 2, `the direction of "${itemText}"`).toBe([...parities][0])
      const before = collected.text.slice(Math.max(0, item.start - 16), item.start)
      const after = collected.text.slice(item.end, item.end + 16)
      const output = execFileSync(
        'hb-shape',
        [
          '--output-format=json',
          '--no-glyph-names',
          `--direction=${[...parities][0] === 1 ? 'rtl' : 'ltr'}`,
          ...(/\p{L}/u.test(itemText) ? [] : [`--script=${item.script}`]),
          '--language=en',
          `--text-before=${before}`,
          `--text-after=${after}`,
          fontPath(item.font),
          collected.text.slice(item.start, item.end),
        ],
        { stdio: ['ignore', 'pipe', 'ignore'], env: utf8Environment },
      ).toString()
      const expected = (JSON.parse(output) as HarfBuzzGlyph[]).map((glyph) => [
        glyph.g,
        glyph.ax,
        glyph.dx,
        glyph.dy,
      ])
      const actual = glyphList(item.glyphs).map((glyph) => [
        glyph.id,
        glyph.advance,
        glyph.xOffset,
        glyph.yOffset,
      ])
      expect(
        actual,
        `${item.font} ${item.script} "${collected.text.slice(item.start, item.end)}"`,
      ).toEqual(expected)
    }
    // The joiners reach the shaper: every character of the text is in some item.
    expect(shaped.items.reduce((sum, item) => sum + item.end - item.start, 0)).toBe(text.length)
  })
})
