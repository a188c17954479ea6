import { describe, expect, it } from 'vitest'
import {
  breakParagraph,
  breakParagraphInFirstPass,
  type LineBreak,
  type LineBreakingOptions,
  type LineItem,
} from './knuth-plass.js'

// Every character is 5 points wide; a space is 5 points that stretch by 2.5 and shrink by 1.5.
const characterWidth = 5
const space: LineItem = { type: 'glue', width: 5, stretch: 2.5, shrink: 1.5 }
const ending: LineItem[] = [
  { type: 'glue', width: 0, stretch: Number.POSITIVE_INFINITY, shrink: 0 },
  { type: 'penalty', width: 0, penalty: Number.NEGATIVE_INFINITY, flagged: false },
]

function box(width: number): LineItem {
  return { type: 'box', width }
}

function penalty(value: number, width = 0, flagged = false): LineItem {
  return { type: 'penalty', width, penalty: value, flagged }
}

function paragraph(text: string): LineItem[] {
  const items: LineItem[] = []
  text.split(' ').forEach((word, index) => {
    if (index > 0) items.push(space)
    items.push(box(word.length * characterWidth))
  })
  return [...items, ...ending]
}

interface Line {
  natural: number
  stretch: number
  shrink: number
  infinite: boolean
  width: number
}

function lineWidthAt(widths: readonly number[], line: number): number {
  return widths[Math.min(line, widths.length - 1)]!
}

/** The line after the break at `from` (-1 for the paragraph's start) up to the break at `to`. */
function measureLine(items: readonly LineItem[], from: number, to: number, width: number): Line {
  let start = from + 1
  while (from >= 0 && start < to) {
    const next = items[start]!
    if (next.type === 'box') break
    if (next.type === 'penalty' && next.penalty === Number.NEGATIVE_INFINITY) break
    start++
  }
  let natural = 0
  let stretch = 0
  let shrink = 0
  let infinite = false
  for (let index = start; index < to; index++) {
    const item = items[index]!
    if (item.type === 'penalty') continue
    natural += item.width
    if (item.type === 'glue') {
      if (item.stretch === Number.POSITIVE_INFINITY) infinite = true
      else stretch += item.stretch
      shrink += item.shrink
    }
  }
  const end = items[to]!
  if (end.type === 'penalty') natural += end.width
  return { natural, stretch, shrink, infinite, width }
}

function measureLines(
  items: readonly LineItem[],
  breaks: readonly LineBreak[],
  widths: readonly number[],
): Line[] {
  return breaks.map((lineBreak, line) =>
    measureLine(
      items,
      line === 0 ? -1 : breaks[line - 1]!.position,
      lineBreak.position,
      lineWidthAt(widths, line),
    ),
  )
}

/** Asserts that no line is overfull and that every ratio sets its line to the full width. */
function expectWellSet(
  items: readonly LineItem[],
  breaks: readonly LineBreak[],
  widths: readonly number[],
): void {
  expect(breaks.at(-1)!.position).toBe(items.length - 1)
  const lines = measureLines(items, breaks, widths)
  lines.forEach((line, index) => {
    const { ratio } = breaks[index]!
    expect(ratio).toBeGreaterThanOrEqual(-1)
    expect(line.natural - line.shrink).toBeLessThanOrEqual(line.width + 1e-6)
    if (line.infinite && line.natural <= line.width) {
      expect(ratio).toBe(0)
    } else if (ratio > 0) {
      expect(line.natural + ratio * line.stretch).toBeCloseTo(line.width, 6)
    } else if (ratio < 0) {
      expect(line.natural + ratio * line.shrink).toBeCloseTo(line.width, 6)
    }
  })
}

/** First fit: as many words on each line as fit when their spaces shrink fully. */
function greedyRatios(items: readonly LineItem[], width: number): number[] {
  const ratios: number[] = []
  let natural = 0
  let stretch = 0
  let shrink = 0
  let gap: LineItem | null = null
  for (const item of items) {
    if (item.type === 'glue') gap = item
    if (item.type !== 'box') continue
    const gapWidth = gap?.type === 'glue' ? gap.width : 0
    const gapShrink = gap?.type === 'glue' ? gap.shrink : 0
    if (natural > 0 && natural + gapWidth + item.width - shrink - gapShrink > width) {
      ratios.push(natural > width ? (width - natural) / shrink : (width - natural) / stretch)
      natural = item.width
      stretch = 0
      shrink = 0
    } else {
      natural += gapWidth + item.width
      stretch += gap?.type === 'glue' ? gap.stretch : 0
      shrink += gapShrink
    }
    gap = null
  }
  return ratios
}

function maximumRatio(breaks: readonly LineBreak[]): number {
  return Math.max(...breaks.slice(0, -1).map((lineBreak) => lineBreak.ratio))
}

const referenceOptions = {
  linePenalty: 10,
  flaggedDemerits: 3000,
  fitnessDemerits: 3000,
  consecutiveFlaggedLimit: 2,
  tolerance: 8,
}

function legalBreaks(items: readonly LineItem[]): number[] {
  return items.flatMap((item, index) => {
    if (index === items.length - 1) return [index]
    if (item.type === 'penalty') return item.penalty < Number.POSITIVE_INFINITY ? [index] : []
    return item.type === 'glue' && items[index - 1]?.type === 'box' ? [index] : []
  })
}

/** A line's demerits and fitness class by TeX's rules, or null when it is not feasible. */
function lineCost(
  items: readonly LineItem[],
  from: number,
  to: number,
  width: number,
): { demerits: number; fitness: number; flagged: boolean } | null {
  const line = measureLine(items, from, to, width)
  const shortfall = width - line.natural
  let ratio = 0
  if (line.infinite && shortfall > 0) ratio = 0
  else if (shortfall > 1e-9)
    ratio = line.stretch > 0 ? shortfall / line.stretch : Number.POSITIVE_INFINITY
  else if (shortfall < -1e-9)
    ratio = line.shrink > 0 ? shortfall / line.shrink : Number.NEGATIVE_INFINITY
  if (ratio < -1 || Math.abs(ratio) > referenceOptions.tolerance) return null
  const badness = 100 * Math.abs(ratio) ** 3
  let fitness = 2
  if (ratio > 0 && badness > 99) fitness = 0
  else if (ratio > 0 && badness > 12) fitness = 1
  else if (ratio < 0 && badness > 12) fitness = 3
  const end = items[to]!
  let demerits = (referenceOptions.linePenalty + badness) ** 2
  if (end.type === 'penalty' && end.penalty > Number.NEGATIVE_INFINITY && to < items.length - 1) {
    demerits += Math.sign(end.penalty) * end.penalty ** 2
  }
  return { demerits, fitness, flagged: end.type === 'penalty' && end.flagged }
}

/** Every sequence of breaks tried, by dynamic programming over (break, line, fitness, run). */
function referenceOptimum(items: readonly LineItem[], widths: readonly number[]): number | null {
  const breaks = legalBreaks(items)
  const states = new Map<number, Map<string, number>>([[-1, new Map([['0,2,0', 0]])]])
  for (const from of [-1, ...breaks]) {
    for (const [key, total] of states.get(from) ?? []) {
      const [line, fitness, run] = key.split(',').map(Number) as [number, number, number]
      for (const to of breaks) {
        if (to <= from) continue
        const cost = lineCost(items, from, to, lineWidthAt(widths, line))
        const end = items[to]!
        const forced = end.type === 'penalty' && end.penalty === Number.NEGATIVE_INFINITY
        if (cost !== null && !(cost.flagged && run >= 2 && !forced)) {
          let demerits = total + cost.demerits
          if (cost.flagged && run > 0) demerits += referenceOptions.flaggedDemerits
          if (Math.abs(cost.fitness - fitness) > 1) demerits += referenceOptions.fitnessDemerits
          const next = `${line + 1},${cost.fitness},${cost.flagged ? run + 1 : 0}`
          const reached = states.get(to) ?? new Map<string, number>()
          states.set(to, reached)
          if (!(reached.get(next)! <= demerits)) reached.set(next, demerits)
        }
        if (forced) break
      }
    }
  }
  const ends = [...(states.get(items.length - 1) ?? new Map<string, number>()).values()]
  return ends.length === 0 ? null : Math.min(...ends)
}

function totalDemerits(
  items: readonly LineItem[],
  breaks: readonly LineBreak[],
  widths: readonly number[],
): number {
  let total = 0
  let fitness = 2
  let flagged = false
  breaks.forEach((lineBreak, line) => {
    const from = line === 0 ? -1 : breaks[line - 1]!.position
    const cost = lineCost(items, from, lineBreak.position, lineWidthAt(widths, line))!
    total += cost.demerits
    if (cost.flagged && flagged) total += referenceOptions.flaggedDemerits
    if (Math.abs(cost.fitness - fitness) > 1) total += referenceOptions.fitnessDemerits
    fitness = cost.fitness
    flagged = cost.flagged
  })
  return total
}

function randomParagraph(seed: number): LineItem[] {
  let state = seed
  const random = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
  const items: LineItem[] = []
  const words = 8 + Math.floor(random() * 14)
  for (let word = 0; word < words; word++) {
    if (word > 0) items.push(random() < 0.1 ? penalty(-50) : space)
    items.push(box(10 + Math.floor(random() * 40)))
    if (random() < 0.4) items.push(penalty(50, 5, true), box(10 + Math.floor(random() * 20)))
    if (random() < 0.05) items.push(...ending)
  }
  return [...items, ...ending]
}

const text =
  'In olden times when wishing still helped one there lived a king whose daughters were all ' +
  'beautiful and the youngest was so beautiful that the sun itself which has seen so much was ' +
  'astonished whenever it shone in her face Close by the castle of the king lay a great dark ' +
  'forest and under an old lime tree in the forest was a well'

describe('breakParagraph', () => {
  it('balances the lines that first fit leaves very loose', () => {
    // First fit packs 'one there lived a king whose' and leaves 'daughters were all' very loose.
    const items = paragraph(
      'In olden times when wishing still helped one there lived a king whose daughters were all ' +
        'beautiful',
    )
    const width = 160
    const greedy = Math.max(...greedyRatios(items, width))
    const breaks = breakParagraph(items, { lineWidths: [width] })
    expectWellSet(items, breaks, [width])
    expect(greedy).toBeGreaterThan(2.5)
    expect(breaks).toHaveLength(4)
    expect(maximumRatio(breaks)).toBeLessThanOrEqual(2.5)
    expect(maximumRatio(breaks)).toBeLessThan(greedy)
  })

  it('finds the cheapest breaks that every feasible sequence could give', () => {
    let compared = 0
    for (let seed = 1; seed <= 300; seed++) {
      const items = randomParagraph(seed)
      const widths = [80 + (seed % 5) * 20, 100 + (seed % 7) * 15]
      const optimum = referenceOptimum(items, widths)
      if (optimum === null) continue
      const breaks = breakParagraph(items, {
        ...referenceOptions,
        lineWidths: widths,
        firstPassTolerance: -1,
      })
      expectWellSet(items, breaks, widths)
      expect(totalDemerits(items, breaks, widths)).toBeCloseTo(optimum, 6)
      compared++
    }
    expect(compared).toBeGreaterThan(120)
  })

  it('never sets a line overfull and sets each ratio to fill its line', () => {
    for (const width of [120, 150, 200, 333]) {
      const items = paragraph(text)
      const breaks = breakParagraph(items, { lineWidths: [width] })
      expect(breaks.length).toBeGreaterThan(3)
      expectWellSet(items, breaks, [width])
    }
  })

  it('honours forced breaks in the middle of a paragraph', () => {
    const first = paragraph('one two three four')
    const second = paragraph('five six seven eight nine ten')
    const items = [...first, ...second]
    const forced = first.length - 1
    const breaks = breakParagraph(items, { lineWidths: [400] })
    expect(breaks.map((lineBreak) => lineBreak.position)).toEqual([forced, items.length - 1])
    expectWellSet(items, breaks, [400])
  })

  it('counts a penalty width only in the line that breaks at it', () => {
    // The hyphen (5 points) fills the first line exactly: 25 + 5 + 15 + 5 = 50; the wide
    // penalty in the second line would make it overfull if it counted there.
    const items: LineItem[] = [
      box(25),
      space,
      box(15),
      penalty(50, 5, true),
      box(15),
      penalty(0, 1000, false),
      box(10),
      space,
      box(15),
      ...ending,
    ]
    const breaks = breakParagraph(items, { lineWidths: [50] })
    expect(breaks[0]).toEqual({ position: 3, ratio: 0 })
    expect(breaks.map((lineBreak) => lineBreak.position)).toEqual([3, items.length - 1])
    expectWellSet(items, breaks, [50])
  })

  it('never ends three lines in a row with a flagged break when the limit is two', () => {
    // Lines of 'aaaaaa bb-' fit exactly only when hyphenated; unhyphenated lines are loose.
    const items: LineItem[] = []
    for (let word = 0; word < 12; word++) {
      if (word > 0) items.push(space)
      items.push(box(30), penalty(-100, 5, true), box(10), penalty(-100, 5, true), box(10))
    }
    items.push(...ending)
    const options: LineBreakingOptions = { lineWidths: [100], flaggedDemerits: 0 }
    const runs = (breaks: readonly LineBreak[]): number => {
      let longest = 0
      let current = 0
      for (const lineBreak of breaks) {
        const item = items[lineBreak.position]!
        current = item.type === 'penalty' && item.flagged ? current + 1 : 0
        longest = Math.max(longest, current)
      }
      return longest
    }
    const unlimited = breakParagraph(items, {
      ...options,
      consecutiveFlaggedLimit: Number.POSITIVE_INFINITY,
    })
    expect(runs(unlimited)).toBeGreaterThanOrEqual(3)
    const limited = breakParagraph(items, options)
    expect(runs(limited)).toBeLessThanOrEqual(2)
    expect(runs(limited)).toBeGreaterThan(0)
    expectWellSet(items, limited, [100])
    const single = breakParagraph(items, { ...options, consecutiveFlaggedLimit: 1 })
    expect(runs(single)).toBe(1)
  })

  it('gives each line the width of its index, the last width for the rest', () => {
    const items = paragraph(text)
    const widths = [100, 250]
    const breaks = breakParagraph(items, { lineWidths: widths })
    expectWellSet(items, breaks, widths)
    const lines = measureLines(items, breaks, widths)
    expect(lines[0]!.natural).toBeLessThanOrEqual(100 + lines[0]!.shrink)
    expect(lines.slice(1, -1).every((line) => line.natural > 200)).toBe(true)
  })

  it('still breaks a paragraph with few break points, without an overfull line', () => {
    // Glue that cannot stretch: no line is feasible in either pass.
    const rigid: LineItem = { type: 'glue', width: 5, stretch: 0, shrink: 0 }
    const items: LineItem[] = [box(60), rigid, box(45), rigid, box(70), rigid, box(30), ...ending]
    const breaks = breakParagraph(items, { lineWidths: [100] })
    expect(breaks.length).toBeGreaterThanOrEqual(3)
    expectWellSet(items, breaks, [100])
    // A box wider than its line is the only overfull line, and nothing throws.
    const wide: LineItem[] = [box(20), rigid, box(140), rigid, box(20), ...ending]
    const overfull = breakParagraph(wide, { lineWidths: [100] })
    expect(overfull.at(-1)!.position).toBe(wide.length - 1)
    const lines = measureLines(wide, overfull, [100])
    expect(lines.filter((line) => line.natural > 100)).toHaveLength(1)
    expect(overfull.every((lineBreak) => lineBreak.ratio >= -1)).toBe(true)
  })

  it('breaks a million boxes without overflowing the stack', () => {
    const items: LineItem[] = []
    for (let index = 0; index < 1_000_000; index++) {
      if (index > 0) items.push(space)
      items.push(box(5 + ((index * 7919) % 40)))
    }
    items.push(...ending)
    const breaks = breakParagraph(items, { lineWidths: [300] })
    expect(breaks.length).toBeGreaterThan(50_000)
    expect(breaks.every((lineBreak) => lineBreak.ratio >= -1)).toBe(true)
    expect(breaks.at(-1)!.position).toBe(items.length - 1)

    // A megabyte word split into characters, with a break allowed after each.
    const word: LineItem[] = []
    for (let index = 0; index < 1_000_000; index++) {
      if (index > 0) word.push(penalty(0))
      word.push(box(4 + (index % 3)))
    }
    word.push(...ending)
    const wordBreaks = breakParagraph(word, { lineWidths: [301] })
    expectWellSet(word, wordBreaks, [301])
    expect(wordBreaks.length).toBeLessThan(1_000_000 / 50)
  }, 120_000)

  it('runs the first pass alone on request: breaks within its tolerance, or none', () => {
    const items: LineItem[] = [box(45), space, box(45), space, box(45), space, box(45), ...ending]
    const breaks = breakParagraphInFirstPass(items, { lineWidths: [96] })
    expect(breaks).not.toBeNull()
    expect(breaks!.every((lineBreak) => Math.abs(lineBreak.ratio) <= 1)).toBe(true)
    expect(breaks).toEqual(breakParagraph(items, { lineWidths: [96] }))
    // Lines of 45 points in 60 would need a ratio of 6: no first-pass solution.
    expect(breakParagraphInFirstPass(items, { lineWidths: [60] })).toBeNull()
  })

  it('gives the same breaks for equal inputs', () => {
    const items = paragraph(text)
    const options = { lineWidths: [90, 140] }
    const first = breakParagraph(items, options)
    const second = breakParagraph(structuredClone(items), { lineWidths: [90, 140] })
    expect(second).toEqual(first)
  })

  it('breaks a paragraph alike whatever paragraphs were broken before it', () => {
    const text =
      'the committee welcomed the establishment of an independent monitoring mechanism while ' +
      'noting with concern that its mandate resources and methodology have not yet been clarified'
    const options = { lineWidths: [150, 200] }
    const alone = breakParagraph(paragraph(text), options)
    expect(alone.length).toBeGreaterThan(2)
    // A paragraph long enough to grow the passes' memory past what they keep, and one that needs
    // the emergency pass (a word wider than the line).
    breakParagraph(paragraph(Array.from({ length: 40_000 }, () => 'word').join(' ')), options)
    breakParagraph(paragraph(`a ${'x'.repeat(80)} b`), options)
    expect(breakParagraph(paragraph(text), options)).toEqual(alone)
  })
})
