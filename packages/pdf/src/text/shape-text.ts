import type { HarfBuzzFont, ShapedGlyph } from '../adapters/harfbuzz.js'
import type { FontKey } from '../fonts/font-catalogue.js'
import type { CollectedText } from './collect.js'
import type { Item } from './itemize.js'

/** An item with its glyphs, in visual order and font units. */
export interface ShapedItem extends Item {
  glyphs: ShapedGlyph[]
  /** Points per font unit at the item's size. */
  scale: number
}

/** A paragraph shaped: its items, and per UTF-16 unit what line breaking needs. */
export interface ShapedText {
  items: ShapedItem[]
  /** The advance of the cluster that starts at each unit, in points (0 inside a cluster). */
  advanceAt: Float64Array
  /** 1 where a cluster starts: the only places a line may break. */
  clusterStartAt: Uint8Array
}

// How much text on each side of an item the shaper sees as context (Arabic joining, for one).
const contextLength = 16

/** Shapes each item with HarfBuzz, in its font, direction, script and the report's language. */
export function shapeText(
  collected: CollectedText,
  items: readonly Item[],
  fontFor: (key: FontKey) => HarfBuzzFont,
  language: string,
): ShapedText {
  const { text, pieces } = collected
  const advanceAt = new Float64Array(text.length)
  const clusterStartAt = new Uint8Array(text.length + 1)
  clusterStartAt[text.length] = 1
  const shaped = items.map((item): ShapedItem => {
    const font = fontFor(item.font)
    const scale = pieces[item.piece]!.size / font.unitsPerEm
    const from = Math.max(0, item.start - contextLength)
    const to = Math.min(text.length, item.end + contextLength)
    const glyphs = font
      .shape(text.slice(from, to), item.start - from, item.end - item.start, {
        direction: item.level % 2 === 1 ? 'rtl' : 'ltr',
        script: item.script,
        language,
      })
      .map((glyph) => ({ ...glyph, cluster: glyph.cluster + from }))
    clusterStartAt[item.start] = 1
    for (const glyph of glyphs) {
      clusterStartAt[glyph.cluster] = 1
      advanceAt[glyph.cluster]! += glyph.advance * scale
    }
    return { ...item, glyphs, scale }
  })
  return { items: shaped, advanceAt, clusterStartAt }
}
