import type { PlacedGlyphs, Run } from '../layout/types.js'
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

/** A run's glyphs while its line is set, before `packGlyphs`. */
interface GlyphLists {
  ids: number[]
  xs: number[]
  ys: number[]
  texts: string[]
  /**
   * The run's text in reading order, in parts, joined once the line is set: a string
   * grown a cluster at a time would be kept as a chain of one piece per character,
   * some thirty bytes each, for as long as the line is kept.
   */
  text: string[]
}

/**
 * Invisible characters that only say where a line may or may not break (the word joiner,
 * the zero width space and no-break space): no glyph is drawn for them, so that nothing
 * stands for them in the text a reader copies or searches.
 */
const breakControls = /^[\u200b\u2060\ufeff]+$/

const noGlyphs: PlacedGlyphs = {
  ids: new Uint16Array(0),
  xs: new Float64Array(0),
  ys: null,
  texts: '',
}

/** A run's glyphs as kept: typed arrays, no rises when none is raised, one string when it can be. */
function packGlyphs(lists: GlyphLists): PlacedGlyphs {
  if (lists.ids.length === 0) return noGlyphs
  return {
    ids: Uint16Array.from(lists.ids),
    xs: Float64Array.from(lists.xs),
    ys: lists.ys.some((rise) => rise !== 0) ? Float64Array.from(lists.ys) : null,
    texts: lists.texts.every((part) => part.length === 1) ? lists.texts.join('') : lists.texts,
  }
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
 * The text each glyph of one cluster stands for in the text layer, whose readers
 * join glyphs' texts in visual order (and reverse right-to-left runs): the
 * cluster's text, reversed when right to left, split into consecutive parts over
 * its glyphs `[first, end)` in visual order, marks last; a glyph left without a
 * part stands for nothing. (A cluster of one glyph for one UTF-16 unit, by far the
 * most common, stands for that unit: the caller sees to it without this.)
 */
function clusterTexts(
  item: ShapedItem,
  first: number,
  end: number,
  written: string,
  rightToLeft: boolean,
): string[] {
  const { advances } = item.glyphs
  const result: string[] = new Array(end - first).fill('')
  const count = end - first
  // A character drawn as several glyphs (Bengali o-kar, Thai sara am) is given as its
  // decomposition, so each glyph stands for a character of it.
  let characters = Array.from(written)
  for (const form of ['NFD', 'NFKD'] as const)
    if (characters.length < count) characters = Array.from(written.normalize(form))
  if (characters.length > count && Array.from(written).length <= count)
    characters = Array.from(written)
  if (rightToLeft) characters.reverse()
  const indices = Array.from({ length: count }, (_value, position) => first + position)
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
    const glyphLists: GlyphLists[] = []
    // Each run's first segment in reading order: the runs are kept in reading order.
    const firstSegments: number[] = []
    let x = 0
    let current: Run | null = null
    let placed: GlyphLists = { ids: [], xs: [], ys: [], texts: [], text: [] }
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
          glyphs: noGlyphs,
          text: '',
          rightToLeft,
          clustered: false,
          link: piece.link,
          tag: piece.tag,
        }
        runs.push(current)
        firstSegments.push(segmentIndex)
        placed = { ids: [], xs: [], ys: [], texts: [], text: [] }
        glyphLists.push(placed)
      } else {
        firstSegments[firstSegments.length - 1] = Math.min(firstSegments.at(-1)!, segmentIndex)
      }
      const run = current
      const { ids, clusters, advances, xOffsets, yOffsets } = item.glyphs
      const { clusterOffset, scale } = item
      const reversedParts: string[] = []
      // Glyph by glyph, a cluster (the glyphs with one cluster value, side by side) at a time.
      let glyphIndex = segment.first
      while (glyphIndex < segment.end) {
        const cluster = clusters[glyphIndex]! + clusterOffset
        let clusterEndGlyph = glyphIndex + 1
        while (
          clusterEndGlyph < segment.end &&
          clusters[clusterEndGlyph]! + clusterOffset === cluster
        )
          clusterEndGlyph++
        let extra = 0
        // The cluster's text; and what each of its glyphs stands for, when it is not simply that.
        let written = ''
        let texts: string[] | null = null
        if (!segment.hyphen) {
          const clusterStop = clusterEnd(cluster)
          written = clusterStop === cluster + 1 ? text[cluster]! : text.slice(cluster, clusterStop)
          if (breakControls.test(written)) {
            x += extraAt.get(cluster) ?? 0
            for (let glyph = glyphIndex; glyph < clusterEndGlyph; glyph++)
              x += advances[glyph]! * scale
            glyphIndex = clusterEndGlyph
            continue
          }
          if (clusterEndGlyph > glyphIndex + 1 && !rightToLeft) run.clustered = true
          if (clusterEndGlyph > glyphIndex + 1 || clusterStop !== cluster + 1)
            texts = clusterTexts(item, glyphIndex, clusterEndGlyph, written, rightToLeft)
          extra = extraAt.get(cluster) ?? 0
          if (rightToLeft) reversedParts.push(written)
          else placed.text.push(written)
        }
        for (let glyph = glyphIndex; glyph < clusterEndGlyph; glyph++) {
          const xOffset = xOffsets[glyph]!
          const yOffset = yOffsets[glyph]!
          placed.ids.push(ids[glyph]!)
          placed.xs.push(xOffset === 0 ? x - run.x : x - run.x + xOffset * scale)
          placed.ys.push(yOffset === 0 ? 0 : yOffset * scale)
          // A hyphen the break adds stands for a soft hyphen in the text layer.
          placed.texts.push(
            texts !== null
              ? texts[glyph - glyphIndex]!
              : !segment.hyphen
                ? written
                : glyph === segment.first
                  ? '\u00ad'
                  : '',
          )
          x += glyph === glyphIndex ? advances[glyph]! * scale + extra : advances[glyph]! * scale
        }
        glyphIndex = clusterEndGlyph
      }
      if (segment.end > segment.first) run.width = x - run.x
      // Right to left, a segment's clusters come last first, and it reads before the one to its left.
      if (rightToLeft) placed.text.unshift(reversedParts.reverse().join(''))
      if (segment.hyphen) placed.text = ['\u00ad']
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
    runs.forEach((run, index) => {
      run.x += offset
      run.glyphs = packGlyphs(glyphLists[index]!)
      run.text = glyphLists[index]!.text.join('')
    })
    // Placed from left to right, the runs are listed as they are read: the content stream,
    // and so copying, search and reading aloud, follow the text's logical order.
    const reading = runs.map((_run, index) => index)
    reading.sort((first, second) => firstSegments[first]! - firstSegments[second]!)
    lines.push({ runs: reading.map((index) => runs[index]!), width })
    itemIndex = lineBreak.position + 1
    start = paragraph.ends[lineBreak.position]!
  })
  return lines
}
