import type { Run } from '../layout/types.js'
import { visualOrder } from './bidi.js'
import type { CollectedText } from './collect.js'
import type { LineBreak } from './knuth-plass.js'
import type { ParagraphItems } from './line-items.js'
import type { ShapedItem, ShapedText } from './shape-text.js'

/** How the lines of a paragraph are placed. */
export interface LinePlacement {
  /** Left edge of each line from the page's left edge; past the end, the last entry. */
  lefts: readonly number[]
  /** Width of each line; past the end, the last entry. */
  widths: readonly number[]
  align: 'justify' | 'left' | 'center' | 'right'
  /** Baseline of each line, from its top. */
  baseline: number
  /** The paragraph's base direction: it decides which side `left` and the last line keep to. */
  direction: 'ltr' | 'rtl'
}

/** A set line: its runs placed horizontally; the caller places it vertically. */
export interface SetLine {
  runs: Run[]
  /** The width the text takes, justification included. */
  width: number
}

/** The hyphen a hyphenated line ends with, shaped in the font of the character before it. */
export type ShapeHyphen = (textIndex: number) => ShapedItem

/** The glyphs `[first, end)` of an item that a line shows, or the hyphen it ends with. */
interface Segment {
  item: ShapedItem
  first: number
  end: number
  hyphen: boolean
}

/**
 * The text each glyph of a segment stands for in the text layer, whose readers
 * join glyphs' texts in visual order (and reverse right-to-left runs). A cluster's
 * text, reversed when right to left, is split into consecutive parts over its
 * glyphs in visual order, marks last; a glyph left without a part stands for
 * nothing.
 */
function glyphTexts(
  { item, first, end }: Segment,
  text: string,
  clusterEnd: (cluster: number) => number,
  rightToLeft: boolean,
): string[] {
  const { clusters, advances } = item.glyphs
  const offset = item.clusterOffset
  const result: string[] = new Array(end - first).fill('')
  let start = first
  while (start < end) {
    const cluster = clusters[start]! + offset
    let next = start + 1
    while (next < end && clusters[next]! + offset === cluster) next++
    const clusterStop = clusterEnd(cluster)
    if (next === start + 1 && clusterStop === cluster + 1) {
      // One glyph for one UTF-16 unit, by far the most common case.
      result[start - first] = text[cluster]!
      start = next
      continue
    }
    const written = text.slice(cluster, clusterStop)
    const count = next - start
    // A character drawn as several glyphs (Bengali o-kar, Thai sara am) is given as its
    // decomposition, so each glyph stands for a character of it.
    let characters = Array.from(written)
    for (const form of ['NFD', 'NFKD'] as const)
      if (characters.length < count) characters = Array.from(written.normalize(form))
    if (characters.length > count && Array.from(written).length <= count)
      characters = Array.from(written)
    if (rightToLeft) characters.reverse()
    const indices = Array.from({ length: count }, (_value, position) => start + position)
    const carriers = [
      ...indices.filter((index) => advances[index] !== 0),
      ...indices.filter((index) => advances[index] === 0),
    ]
      .slice(0, characters.length)
      .sort((left, right) => left - right)
    const extra = characters.length - carriers.length
    let taken = 0
    carriers.forEach((index, position) => {
      const take = position === 0 ? extra + 1 : 1
      result[index - first] = characters.slice(taken, taken + take).join('')
      taken += take
    })
    start = next
  }
  return result
}

/**
 * The glyphs of an item whose clusters lie in [start, end), as a range of glyph
 * indices found by bisection: HarfBuzz gives clusters in increasing order left to
 * right, decreasing right to left.
 */
function glyphsBetween(item: ShapedItem, start: number, end: number): [number, number] {
  const { clusters, length } = item.glyphs
  const offset = item.clusterOffset
  const rightToLeft = item.level % 2 === 1
  // The first index whose cluster is past `bound` in the item's order.
  const firstPast = (bound: number, inclusive: boolean) => {
    let low = 0
    let high = length
    while (low < high) {
      const middle = (low + high) >> 1
      const cluster = clusters[middle]! + offset
      const past = rightToLeft
        ? inclusive
          ? cluster <= bound
          : cluster < bound
        : inclusive
          ? cluster >= bound
          : cluster > bound
      if (past) high = middle
      else low = middle + 1
    }
    return low
  }
  return rightToLeft
    ? [firstPast(end - 1, true), firstPast(start, false)]
    : [firstPast(start, true), firstPast(end - 1, false)]
}

const at = <Value>(values: readonly Value[], index: number): Value =>
  values[Math.min(index, values.length - 1)]!

/**
 * Sets each line the breaks chose: the glyphs of its text, the runs of each line in
 * visual order by their bidi levels, justified by the line's ratio (a line that
 * ends at a forced break or inside a word is stretched no further than its natural
 * width), with a hyphen where the break hyphenates.
 */
export function setLines(
  collected: CollectedText,
  shaped: ShapedText,
  paragraph: ParagraphItems,
  breaks: readonly LineBreak[],
  placement: LinePlacement,
  shapeHyphen: ShapeHyphen,
): SetLine[] {
  const { text, pieces } = collected
  const lines: SetLine[] = []
  let itemIndex = 0
  let firstShaped = 0
  let start = 0
  breaks.forEach((lineBreak, lineNumber) => {
    const kind = paragraph.kinds[lineBreak.position]
    const breakItem = paragraph.items[lineBreak.position]!
    let end = paragraph.starts[lineBreak.position]!
    while (end > start && text[end - 1] === '\n') end--
    const stretchable =
      placement.align === 'justify' &&
      (kind === 'space' || kind === 'hyphen' || kind === 'hard-hyphen') &&
      lineNumber < breaks.length - 1
    const ratio = lineBreak.ratio < 0 || stretchable ? lineBreak.ratio : 0
    const extraAt = new Map<number, number>()
    for (let index = itemIndex; index < lineBreak.position; index++) {
      const item = paragraph.items[index]!
      if (item.type !== 'glue' || paragraph.kinds[index] !== 'space') continue
      const extra = ratio >= 0 ? ratio * item.stretch : ratio * item.shrink
      if (extra === 0) continue
      let cluster = paragraph.starts[index]!
      if (paragraph.ends[index] === cluster) {
        cluster--
        while (cluster > 0 && !shaped.clusterStartAt[cluster]) cluster--
      }
      if (cluster >= start && cluster < end)
        extraAt.set(cluster, (extraAt.get(cluster) ?? 0) + extra)
    }
    const segments: Segment[] = []
    while (firstShaped < shaped.items.length && shaped.items[firstShaped]!.end <= start)
      firstShaped++
    for (let index = firstShaped; index < shaped.items.length; index++) {
      const item = shaped.items[index]!
      if (item.start >= end) break
      const whole = item.start >= start && item.end <= end
      const [first, last] = whole ? [0, item.glyphs.length] : glyphsBetween(item, start, end)
      if (last > first) segments.push({ item, first, end: last, hyphen: false })
    }
    if (kind === 'hyphen' && breakItem.type === 'penalty' && end > start) {
      const hyphen = shapeHyphen(end - 1)
      segments.push({ item: hyphen, first: 0, end: hyphen.glyphs.length, hyphen: true })
    }
    const order = visualOrder(segments.map((segment) => segment.item.level))
    const clusterEnd = (cluster: number) => {
      let next = cluster + 1
      while (next < end && !shaped.clusterStartAt[next]) next++
      return next
    }
    const runs: Run[] = []
    let x = 0
    let current: Run | null = null
    for (const segmentIndex of order) {
      const segment = segments[segmentIndex]!
      const { item } = segment
      const piece = pieces[item.piece]!
      const rightToLeft = item.level % 2 === 1
      if (
        current === null ||
        current.font !== item.font ||
        current.size !== piece.size ||
        current.rightToLeft !== rightToLeft ||
        current.link !== piece.link ||
        current.tag !== piece.tag ||
        current.baseline !== placement.baseline - piece.rise ||
        segment.hyphen
      ) {
        current = {
          font: item.font,
          size: piece.size,
          x,
          baseline: placement.baseline - piece.rise,
          width: 0,
          glyphs: [],
          text: '',
          rightToLeft,
          clustered: false,
          link: piece.link,
          tag: piece.tag,
        }
        runs.push(current)
      }
      const texts = glyphTexts(segment, text, clusterEnd, rightToLeft)
      const run = current
      const { ids, clusters, advances, xOffsets, yOffsets } = item.glyphs
      const reversedParts: string[] = []
      let previousCluster = -1
      for (let glyphIndex = segment.first; glyphIndex < segment.end; glyphIndex++) {
        const cluster = clusters[glyphIndex]! + item.clusterOffset
        let extra = 0
        if (cluster === previousCluster) {
          if (!rightToLeft && !segment.hyphen) run.clustered = true
        } else if (!segment.hyphen) {
          extra = extraAt.get(cluster) ?? 0
          run.text += rightToLeft ? '' : text.slice(cluster, clusterEnd(cluster))
          if (rightToLeft) reversedParts.push(text.slice(cluster, clusterEnd(cluster)))
        }
        previousCluster = cluster
        run.glyphs.push({
          id: ids[glyphIndex]!,
          x: x - run.x + xOffsets[glyphIndex]! * item.scale,
          y: yOffsets[glyphIndex]! * item.scale,
          text: segment.hyphen
            ? glyphIndex === segment.first
              ? '\u00ad'
              : ''
            : texts[glyphIndex - segment.first]!,
        })
        x += advances[glyphIndex]! * item.scale + extra
        run.width = x - run.x
      }
      // Right to left, a segment's clusters come last first, and it reads before the one to its left.
      if (rightToLeft) run.text = reversedParts.reverse().join('') + run.text
      if (segment.hyphen) run.text = '\u00ad'
    }
    const width = x
    const available = at(placement.widths, lineNumber)
    const free = Math.max(0, available - width)
    const last = lineNumber === breaks.length - 1 || kind === 'forced'
    const towardsEnd =
      placement.align === 'right' ||
      (placement.direction === 'rtl' &&
        (placement.align === 'left' || (placement.align === 'justify' && last)))
    const offset =
      at(placement.lefts, lineNumber) +
      (placement.align === 'center' ? free / 2 : towardsEnd ? free : 0)
    for (const run of runs) run.x += offset
    lines.push({ runs, width })
    itemIndex = lineBreak.position + 1
    start = paragraph.ends[lineBreak.position]!
  })
  return lines
}
