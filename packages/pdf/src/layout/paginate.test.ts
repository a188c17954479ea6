import { describe, expect, it } from 'vitest'
import { paginate } from './paginate.js'
import type { FlowLine, LaidOutPage } from './types.js'

const frame = { top: 0, height: 100, separatorSpace: 5, minimumNoteLines: 2 }

function line(name: string, extra: Partial<FlowLine> = {}): FlowLine {
  return {
    height: 10,
    spaceBefore: 0,
    keepWithNext: false,
    runs: [
      {
        font: 'serif',
        size: 10,
        x: 0,
        baseline: 8,
        width: 10,
        glyphs: { ids: new Uint16Array(0), xs: new Float64Array(0), ys: null, texts: '' },
        text: name,
        rightToLeft: false,
        clustered: false,
        link: null,
        tag: { role: 'P', parent: null },
      },
    ],
    rules: [],
    noteNumbers: [],
    anchor: null,
    repeatHeader: null,
    ...extra,
  }
}

function lines(prefix: string, count: number, extra: Partial<FlowLine> = {}): FlowLine[] {
  return Array.from({ length: count }, (_, index) => line(`${prefix}${index + 1}`, extra))
}

function names(pages: readonly LaidOutPage[], part: 'body' | 'notes'): string[][] {
  return pages.map((page) => page[part].map((placed) => placed.line.runs[0]!.text))
}

describe('paginate', () => {
  it('fills pages with body lines and breaks between them', () => {
    const pages = paginate(lines('b', 25), new Map(), frame)
    expect(names(pages, 'body').map((page) => page.length)).toEqual([10, 10, 5])
    expect(pages[1]!.body[0]!.y).toBe(0)
  })

  it('breaks only where keepWithNext allows, and drops space before a line at the top of a page', () => {
    const body = [
      ...lines('a', 8),
      line('heading', { keepWithNext: true, spaceBefore: 5 }),
      line('first', { spaceBefore: 5 }),
    ]
    const pages = paginate(body, new Map(), frame)
    expect(names(pages, 'body')).toEqual([
      ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8'],
      ['heading', 'first'],
    ])
    expect(pages[1]!.body[0]!.y).toBe(0)
    expect(pages[1]!.body[1]!.y).toBe(15)
  })

  it('puts a note at the foot of the page of its reference, below a separator', () => {
    const body = [...lines('b', 3), line('ref', { noteNumbers: [1] }), ...lines('c', 10)]
    const pages = paginate(body, new Map([[1, lines('n', 2)]]), frame)
    expect(names(pages, 'notes')[0]).toEqual(['n1', 'n2'])
    expect(pages[0]!.separators).toEqual([75])
    expect(pages[0]!.notes.map((placed) => placed.y)).toEqual([80, 90])
    expect(names(pages, 'body')[0]).toEqual(['b1', 'b2', 'b3', 'ref', 'c1', 'c2', 'c3'])
    expect(names(pages, 'notes')[1]).toEqual([])
  })

  it('moves a reference to the next page with its note when the note cannot start on this page', () => {
    const body = [...lines('b', 8), line('ref', { noteNumbers: [1] })]
    const pages = paginate(body, new Map([[1, lines('n', 3)]]), frame)
    expect(names(pages, 'body')).toEqual([
      lines('b', 8).map((entry) => entry.runs[0]!.text),
      ['ref'],
    ])
    expect(names(pages, 'notes')).toEqual([[], ['n1', 'n2', 'n3']])
  })

  it('starts a long note on its page and continues it on the next below its own separator', () => {
    const body = [...lines('b', 5), line('ref', { noteNumbers: [1] }), ...lines('c', 5)]
    const pages = paginate(body, new Map([[1, lines('n', 6)]]), frame)
    expect(names(pages, 'body')[0]).toEqual(['b1', 'b2', 'b3', 'b4', 'b5', 'ref'])
    expect(names(pages, 'notes')[0]).toEqual(['n1', 'n2', 'n3'])
    expect(names(pages, 'notes')[1]).toEqual(['n4', 'n5', 'n6'])
    expect(pages[1]!.separators).toHaveLength(1)
    expect(names(pages, 'body')[1]).toEqual(['c1', 'c2', 'c3', 'c4', 'c5'])
  })

  it('spreads what is left of a full page over the space between blocks, so no hole is left at its foot', () => {
    // Paragraphs of two lines kept together with 4 points before each: the fourth leaves 18 points over.
    const paragraph = (name: string) => [
      line(`${name}1`, { keepWithNext: true, spaceBefore: 4 }),
      line(`${name}2`),
    ]
    const body = ['p', 'q', 'r', 's', 't'].flatMap(paragraph)
    const pages = paginate(body, new Map(), frame)
    expect(names(pages, 'body')[0]).toEqual(['p1', 'p2', 'q1', 'q2', 'r1', 'r2', 's1', 's2'])
    const last = pages[0]!.body[pages[0]!.body.length - 1]!
    // 8 lines and 3 gaps take 92 of 100 points: the gaps grow by 8/3 each and the last line ends at the foot.
    expect(last.y + last.line.height).toBeCloseTo(100, 5)
    expect(pages[0]!.body[2]!.y - pages[0]!.body[1]!.y).toBeCloseTo(10 + 4 + 8 / 3, 5)
    // The last page and a page before a forced break keep their natural spacing.
    expect(pages[1]!.body[1]!.y).toBe(10)
  })

  it('lets a gap grow by at most half again its size, and leaves the rest at the foot', () => {
    const body = [
      ...lines('a', 4),
      line('b1', { spaceBefore: 2 }),
      ...lines('b', 3),
      line('c1', { spaceBefore: 2, keepWithNext: true }),
      ...lines('c', 3, { keepWithNext: true }),
      line('c-end'),
    ]
    const pages = paginate(body, new Map(), frame)
    expect(names(pages, 'body')[0]).toHaveLength(8)
    const last = pages[0]!.body[7]!
    // 8 lines and one gap of 2 leave 18; the gap may grow by 3 only.
    expect(last.y + last.line.height).toBeCloseTo(85, 5)
  })

  it('does not stretch a page that ends before a forced page break', () => {
    const body = [
      ...lines('a', 3),
      line('b', { spaceBefore: 5 }),
      line('annex', { pageBreakBefore: true }),
    ]
    const pages = paginate(body, new Map(), frame)
    expect(pages[0]!.body[3]!.y).toBe(35)
  })

  it('repeats a table header at the top of each further page, as an artifact', () => {
    const header = line('header', { keepWithNext: true })
    const rows = lines('row', 15, { repeatHeader: header })
    const pages = paginate([header, ...rows], new Map(), frame)
    expect(names(pages, 'body')[1]![0]).toBe('header')
    expect(pages[1]!.body[0]!.artifact).toBe(true)
    expect(pages[0]!.body[0]!.artifact).toBe(false)
    expect(
      names(pages, 'body')
        .flat()
        .filter((name) => name.startsWith('row')),
    ).toHaveLength(15)
  })

  it('starts a new page where a line asks for it', () => {
    const pages = paginate([line('a'), line('annex', { pageBreakBefore: true })], new Map(), frame)
    expect(names(pages, 'body')).toEqual([['a'], ['annex']])
  })
})
