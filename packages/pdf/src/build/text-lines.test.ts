import { beforeAll, describe, expect, it } from 'vitest'
import { type FontLibrary, loadFontLibrary } from '../fonts/font-library.js'
import { pageGeometry } from '../layout/page-geometry.js'
import type { Piece, TagNode } from '../layout/types.js'
import { createTextEngine } from '../text/text-engine.js'
import type { BuildState } from './build-state.js'
import { textLines } from './text-lines.js'

const tag: TagNode = { role: 'P', parent: null }

let fonts: FontLibrary
beforeAll(async () => {
  fonts = await loadFontLibrary()
})

function state(): BuildState {
  return {
    geometry: pageGeometry('A4'),
    text: createTextEngine({
      fonts,
      language: 'en',
      direction: 'ltr',
      paragraphs: fonts.paragraphs,
      onMissing: () => {},
    }),
    location: null,
    body: [],
    notes: new Map(),
    noteParents: new Map(),
    mirrored: false,
  }
}

function words(count: number): Piece[] {
  return [
    {
      text: Array.from({ length: count }, () => 'word').join(' '),
      face: 'regular',
      size: 10,
      rise: 0,
      link: null,
      tag,
    },
  ]
}

describe('textLines', () => {
  it('allows a page break only where two lines stay on each side', () => {
    const lines = textLines(state(), {
      pieces: words(40),
      left: 0,
      width: 100,
      size: 10,
      leading: 12,
      align: 'justify',
      spaceBefore: 6,
      keepWithNext: false,
    })
    expect(lines).toHaveLength(10)
    const breakAfter = lines
      .map((line, index) => (line.keepWithNext ? null : index + 1))
      .filter((value) => value !== null)
    expect(breakAfter).toEqual([2, 3, 4, 5, 6, 7, 8, 10])
    expect(lines.map((line) => line.spaceBefore)).toEqual([6, 0, 0, 0, 0, 0, 0, 0, 0, 0])
  })

  it('never allows a page break after a line that ends with a divided word', () => {
    const text =
      'Parliamentarians considered the internationalisation of responsibilities, ' +
      'notwithstanding extraordinarily complicated administrative arrangements, ' +
      'and recommended intergovernmental consultations on the implementation of ' +
      'comprehensive multidimensional approaches to international migration governance.'
    const lines = textLines(state(), {
      pieces: [{ text, face: 'regular', size: 10, rise: 0, link: null, tag }],
      left: 0,
      width: 70,
      size: 10,
      leading: 12,
      align: 'justify',
      spaceBefore: 0,
      keepWithNext: false,
    })
    const hyphenated = lines
      .map((line, index) => (line.runs.some((run) => run.text.endsWith('\u00ad')) ? index : null))
      .filter((index) => index !== null)
    // The measure is narrow enough that the line breaker divides words.
    expect(hyphenated.length).toBeGreaterThan(0)
    for (const index of hyphenated) expect(lines[index]!.keepWithNext).toBe(true)
    // Other breaks stay allowed.
    expect(lines.some((line, index) => index < lines.length - 1 && !line.keepWithNext)).toBe(true)
  })

  it('keeps a three-line paragraph whole and a heading with what follows', () => {
    const paragraph = textLines(state(), {
      pieces: words(12),
      left: 0,
      width: 100,
      size: 10,
      leading: 12,
      align: 'justify',
      spaceBefore: 0,
      keepWithNext: false,
    })
    expect(paragraph.map((line) => line.keepWithNext)).toEqual([true, true, false])
    const heading = textLines(state(), {
      pieces: words(2),
      left: 0,
      width: 100,
      size: 10,
      leading: 12,
      align: 'left',
      spaceBefore: 0,
      keepWithNext: true,
    })
    expect(heading.map((line) => line.keepWithNext)).toEqual([true])
  })

  it('hangs a label left of the first line', () => {
    const [first] = textLines(state(), {
      pieces: words(3),
      left: 106,
      width: 300,
      size: 10,
      leading: 12,
      align: 'justify',
      spaceBefore: 0,
      keepWithNext: false,
      label: { text: '12.', face: 'regular', x: 72, tag },
    })
    expect(first!.runs.map((run) => [run.text, run.x])).toEqual([
      ['12.', 72],
      ['word word word', 106],
    ])
  })
})
