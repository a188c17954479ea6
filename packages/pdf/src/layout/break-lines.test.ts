import { describe, expect, it } from 'vitest'
import { breakLines } from './break-lines.js'
import type { MeasureText, Piece, TagNode } from './types.js'

const tag: TagNode = { role: 'P', parent: null }
// Every character is half the type size wide: easy to reason about.
const measure: MeasureText = (text, _face, size) => text.length * size * 0.5

function piece(text: string, extra: Partial<Piece> = {}): Piece {
  return { text, face: 'regular', size: 10, rise: 0, link: null, tag, ...extra }
}

function lineText(runs: ReadonlyArray<{ text: string }>): string {
  return runs.map((run) => run.text).join('|')
}

describe('breakLines', () => {
  it('fills lines greedily and stretches all but the last to the full width', () => {
    const lines = breakLines(
      [piece('aaaa bbbb cccc dddd eeee')],
      { left: 10, width: 80, align: 'justify', baseline: 8 },
      measure,
    )
    expect(lines.map((line) => lineText(line.runs))).toEqual(['aaaa bbbb cccc', 'dddd eeee'])
    expect(lines[0]!.width).toBeCloseTo(80)
    expect(lines[0]!.runs[0]!.wordSpacing).toBeCloseTo(5)
    expect(lines[1]!.width).toBeCloseTo(45)
    expect(lines[1]!.runs[0]!.wordSpacing).toBe(0)
  })

  it('breaks a long address after its separators and never overflows the line', () => {
    const url = `https://example.org/${'segment-'.repeat(20)}end`
    const lines = breakLines(
      [piece(`See ${url} now`)],
      { left: 0, width: 120, align: 'justify', baseline: 8 },
      measure,
    )
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(120.01)
    expect(
      lines
        .map((line) => lineText(line.runs))
        .join('')
        .replace(/ /g, ''),
    ).toBe(`See${url}now`)
    expect(lines[1]!.runs[0]!.text.endsWith('-')).toBe(true)
  })

  it('breaks a word wider than the line between characters', () => {
    const lines = breakLines(
      [piece('x'.repeat(50))],
      { left: 0, width: 60, align: 'left', baseline: 8 },
      measure,
    )
    expect(lines.map((line) => line.runs[0]!.text)).toEqual([
      'x'.repeat(12),
      'x'.repeat(12),
      'x'.repeat(12),
      'x'.repeat(12),
      'xx',
    ])
  })

  it('keeps a word whole across a change of style and places each run after the last', () => {
    const lines = breakLines(
      [piece('word'), piece('12', { size: 6, rise: 3 }), piece(' next')],
      { left: 0, width: 200, align: 'left', baseline: 8 },
      measure,
    )
    const runs = lines[0]!.runs
    expect(runs.map((run) => [run.text, run.x, run.baseline])).toEqual([
      ['word', 0, 8],
      ['12', 20, 5],
      ['next', 31, 8],
    ])
  })

  it('starts a new line at a forced break and leaves the line before it ragged', () => {
    const lines = breakLines(
      [piece('one two'), { ...piece(''), lineBreak: true }, piece('three')],
      { left: 0, width: 200, align: 'justify', baseline: 8 },
      measure,
    )
    expect(lines.map((line) => lineText(line.runs))).toEqual(['one two', 'three'])
    expect(lines[0]!.runs[0]!.wordSpacing).toBe(0)
  })
})

describe('breakLines with addresses', () => {
  it('never breaks inside the scheme of an address or between two separators', () => {
    const url =
      'https://www.example.org/a-very-long-path//with/double-slashes/and.more-parts/index.html'
    for (const width of [70, 90, 120, 200]) {
      const lines = breakLines(
        [piece(url)],
        { left: 0, width, align: 'left', baseline: 8 },
        measure,
      )
      const texts = lines.map((line) => lineText(line.runs))
      expect(texts[0]!.startsWith('https://w') || texts[0]!.length < 9, texts.join(' ')).toBe(true)
      texts.slice(1).forEach((text, index) => {
        expect(`${texts[index]!.slice(-1)}${text[0]}`, texts.join(' ')).not.toMatch(/^[/.:-][/.-]$/)
      })
    }
  })
})
