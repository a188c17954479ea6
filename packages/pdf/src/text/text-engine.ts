import type { FontKey } from '../fonts/font-catalogue.js'
import type { FontLibrary } from '../fonts/font-library.js'
import type { Piece } from '../layout/types.js'
import { breakAddresses } from './address-breaks.js'
import { type Direction, embeddingLevels, paragraphDirection } from './bidi.js'
import { breakOpportunities } from './break-opportunities.js'
import { type CollectedText, collectText } from './collect.js'
import { type Hyphenator, hyphenatorFor } from './hyphenation.js'
import { itemize, type MissingCharacter } from './itemize.js'
import { breakParagraph, breakParagraphInFirstPass, type LineBreak } from './knuth-plass.js'
import { lineItems } from './line-items.js'
import {
  bindParagraph,
  findParagraph,
  keepMeasure,
  keepParagraph,
  paragraphKey,
  type SetParagraphs,
} from './paragraph-cache.js'
import { type LinePlacement, type SetLine, setLines } from './set-lines.js'
import { type ShapedItem, type ShapedText, shapeText } from './shape-text.js'

/** Sets text for one document: shaping, bidi, fallback fonts, line breaking and justification. */
export interface TextEngine {
  /** Breaks a paragraph into justified (or aligned) lines, as a whole (Knuth–Plass). */
  setParagraph(pieces: readonly Piece[], placement: ParagraphPlacement): SetLine[]
  /**
   * Sets text as one line at its natural width, `left` being where it starts. Its base
   * direction is its own (that of its first strong character), or with `base: 'document'`
   * the document's: a paragraph's number or a list's label belongs to the paragraph, so
   * `I.` in an Arabic report reads right to left, its full stop on the left, as in Word.
   */
  setLine(
    pieces: readonly Piece[],
    left: number,
    baseline: number,
    base?: 'own' | 'document',
  ): SetLine
  /** The natural width of text set on one line. */
  naturalWidth(pieces: readonly Piece[]): number
  /** The width of the widest unbreakable part of text. */
  longestWord(pieces: readonly Piece[]): number
}

/** Where a paragraph's lines go; its direction is its own (see `paragraphDirection`). */
export type ParagraphPlacement = Omit<LinePlacement, 'direction'>

/** What a text engine is made with. */
export interface TextEngineOptions {
  fonts: FontLibrary
  /** The document's language (BCP 47): hyphenation patterns, shaping's language system, word dictionaries. */
  language: string
  direction: Direction
  /** Paragraphs already set, read and added to. */
  paragraphs: SetParagraphs
  /** Called for each character that no font has; it is set in the first font of its style (a box). */
  onMissing(missing: MissingCharacter): void
}

interface Prepared {
  collected: CollectedText
  shaped: ShapedText
  /** The paragraph's own direction: that of its first strong character, else the document's. */
  direction: Direction
}

/** Makes the text engine of one document. */
export function createTextEngine(options: TextEngineOptions): TextEngine {
  const { fonts, language, direction, paragraphs } = options
  const scriptCache = new Map<number, string>()
  const hyphenator = hyphenatorFor(language)
  const covers = (font: FontKey, codePoint: number) => fonts.shaping(font).covers(codePoint)
  const prepare = (
    pieces: readonly Piece[],
    missingFound?: MissingCharacter[],
    base: 'own' | 'document' = 'own',
  ): Prepared => {
    const collected = collectText(pieces)
    const ownDirection =
      base === 'document' ? direction : paragraphDirection(collected.text, direction)
    const levels = embeddingLevels(collected.text, ownDirection)
    const items = itemize(collected, levels, covers, scriptCache, (missing) => {
      missingFound?.push(missing)
      options.onMissing(missing)
    })
    const shaped = shapeText(
      collected,
      items,
      (key) => fonts.shaping(key),
      language,
      fonts.shapedItems,
    )
    return { collected, shaped, direction: ownDirection }
  }
  const itemAt = (shaped: ShapedText, index: number): ShapedItem => {
    let low = 0
    let high = shaped.items.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (shaped.items[middle]!.start <= index) low = middle
      else high = middle - 1
    }
    return shaped.items[low]!
  }
  const hyphens = new Map<string, ShapedItem['glyphs']>()
  // The glyphs of the hyphen in an item's font and direction.
  const hyphenFor = (item: ShapedItem): ShapedItem['glyphs'] => {
    const direction = item.level % 2 === 1 ? 'rtl' : 'ltr'
    const key = `${item.font} ${direction}`
    let glyphs = hyphens.get(key)
    if (glyphs === undefined) {
      glyphs = fonts.shaping(item.font).shape('-', 0, 1, { direction, script: 'Latn', language })
      hyphens.set(key, glyphs)
    }
    return glyphs
  }
  const shapeHyphen =
    ({ shaped }: Prepared) =>
    (index: number): ShapedItem => {
      const item = itemAt(shaped, index)
      const glyphs = hyphenFor(item)
      // The hyphen's glyphs have cluster 0: offset, they stand at the character they follow.
      return { ...item, start: index, end: index + 1, glyphs, clusterOffset: index }
    }
  const hyphenWidth =
    ({ shaped }: Prepared) =>
    (index: number) => {
      const item = itemAt(shaped, index)
      const glyphs = hyphenFor(item)
      let width = 0
      for (let glyph = 0; glyph < glyphs.length; glyph++)
        width += glyphs.advances[glyph]! * item.scale
      return width
    }
  const setParagraph = (pieces: readonly Piece[], placement: ParagraphPlacement): SetLine[] => {
    const key = paragraphKey(pieces, [language, direction, placement])
    const kept = findParagraph(paragraphs, key)
    if (kept !== undefined) {
      for (const missing of kept.missing) options.onMissing(missing)
      return bindParagraph(kept, pieces)
    }
    const missing: MissingCharacter[] = []
    const lines = setNewParagraph(pieces, placement, missing)
    keepParagraph(paragraphs, key, pieces, lines, missing)
    return lines
  }
  const setNewParagraph = (
    pieces: readonly Piece[],
    placement: ParagraphPlacement,
    missing: MissingCharacter[],
  ): SetLine[] => {
    const prepared = prepare(pieces, missing)
    const { collected, shaped } = prepared
    if (collected.text === '') return []
    const narrowest = Math.min(...placement.widths)
    const opportunities = breakAddresses(collected, breakOpportunities(collected.text, language))
    const itemsWith = (hyphens: Hyphenator | null) =>
      lineItems(collected, shaped, opportunities, hyphens, hyphenWidth(prepared), narrowest)
    const lineWidths = placement.widths
    // As TeX does: a paragraph whose lines keep within the first pass's tolerance unhyphenated
    // is set so; only the others are hyphenated and broken again.
    let paragraph = itemsWith(null)
    let breaks: LineBreak[] | null =
      placement.align === 'justify' && hyphenator !== null
        ? breakParagraphInFirstPass(paragraph.items, { lineWidths })
        : breakParagraph(paragraph.items, { lineWidths })
    if (breaks === null) {
      paragraph = itemsWith(hyphenator)
      breaks = breakParagraph(paragraph.items, { lineWidths, firstPassTolerance: -1 })
    }
    return setLines(
      collected,
      shaped,
      paragraph,
      breaks,
      { ...placement, direction: prepared.direction },
      shapeHyphen(prepared),
    )
  }
  const setLine = (
    pieces: readonly Piece[],
    left: number,
    baseline: number,
    base: 'own' | 'document' = 'own',
  ): SetLine => {
    const key = paragraphKey(pieces, [language, direction, 'line', base, left, baseline])
    const kept = findParagraph(paragraphs, key)
    if (kept !== undefined) {
      for (const missing of kept.missing) options.onMissing(missing)
      return bindParagraph(kept, pieces)[0] ?? { runs: [], width: 0 }
    }
    const missing: MissingCharacter[] = []
    const line = setNewLine(pieces, left, baseline, missing, base)
    keepParagraph(paragraphs, key, pieces, [line], missing)
    return line
  }
  const setNewLine = (
    pieces: readonly Piece[],
    left: number,
    baseline: number,
    missing: MissingCharacter[],
    base: 'own' | 'document',
  ): SetLine => {
    const prepared = prepare(pieces, missing, base)
    const { collected, shaped } = prepared
    if (collected.text === '') return { runs: [], width: 0 }
    const end = collected.text.length
    const paragraph = {
      items: [
        { type: 'penalty' as const, width: 0, penalty: Number.NEGATIVE_INFINITY, flagged: false },
      ],
      starts: [end],
      ends: [end],
      kinds: ['forced' as const],
    }
    const [line] = setLines(
      collected,
      shaped,
      paragraph,
      [{ position: 0, ratio: 0 }],
      { lefts: [left], widths: [0], align: 'left', baseline, direction: 'ltr' },
      shapeHyphen(prepared),
    )
    return line ?? { runs: [], width: 0 }
  }
  // A measurement of text, found among the kept ones or made and kept.
  const measured = (
    kind: 'natural width' | 'longest word',
    pieces: readonly Piece[],
    measure: (prepared: Prepared) => number,
  ): number => {
    const key = paragraphKey(pieces, [language, direction, kind])
    const kept = findParagraph(paragraphs, key)
    if (kept?.measure !== undefined) {
      for (const missing of kept.missing) options.onMissing(missing)
      return kept.measure
    }
    const missing: MissingCharacter[] = []
    const value = measure(prepare(pieces, missing))
    keepMeasure(paragraphs, key, value, missing)
    return value
  }
  const naturalWidth = (pieces: readonly Piece[]): number =>
    measured('natural width', pieces, ({ shaped }) =>
      shaped.advanceAt.reduce((sum, advance) => sum + advance, 0),
    )
  const longestWord = (pieces: readonly Piece[]): number =>
    measured('longest word', pieces, ({ collected, shaped }) => {
      let longest = 0
      let start = 0
      for (const opportunity of breakOpportunities(collected.text, language)) {
        let width = 0
        for (let index = start; index < opportunity.index; index++)
          if (!/\s/.test(collected.text[index]!)) width += shaped.advanceAt[index]!
        longest = Math.max(longest, width)
        start = opportunity.index
      }
      return longest
    })
  return { setParagraph, setLine, naturalWidth, longestWord }
}
