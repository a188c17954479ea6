import type { HarfBuzzFont, ShapedGlyphs } from '../adapters/harfbuzz.js'
import type { FontKey } from '../fonts/font-catalogue.js'
import type { CollectedText } from './collect.js'
import type { Item } from './itemize.js'

/** An item with its glyphs, in visual order and font units. */
export interface ShapedItem extends Item {
  /** The glyphs, shared with every item shaped alike: read-only. */
  glyphs: ShapedGlyphs
  /** Where the text the glyphs were shaped from starts: a glyph's cluster in the paragraph is its cluster plus this. */
  clusterOffset: number
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

/**
 * Shaped text kept across paragraphs and renders, by font and setting, then by the
 * text with its context: shaping is a pure function of them.
 */
export type ShapedItems = Map<string, Map<string, ShapedGlyphs>>

const maximumCachedItems = 20_000

/**
 * Shapes each item with HarfBuzz, in its font, direction, script and the report's
 * language, as one run with the text around it as context (so a space is kerned
 * with the letter after it, and Arabic joins across a change of style). The same
 * item in the same context is shaped once per process.
 */
export function shapeText(
  collected: CollectedText,
  items: readonly Item[],
  fontFor: (key: FontKey) => HarfBuzzFont,
  language: string,
  cache: ShapedItems,
): ShapedText {
  const { text, pieces } = collected
  const advanceAt = new Float64Array(text.length)
  const clusterStartAt = new Uint8Array(text.length + 1)
  clusterStartAt[text.length] = 1
  const shaped = items.map((item): ShapedItem => {
    const font = fontFor(item.font)
    const scale = pieces[item.piece]!.size / font.unitsPerEm
    const direction = item.level % 2 === 1 ? ('rtl' as const) : ('ltr' as const)
    const settingKey = `${item.font} ${direction} ${item.script} ${language}`
    let bucket = cache.get(settingKey)
    if (bucket === undefined) {
      bucket = new Map()
      cache.set(settingKey, bucket)
    }
    const from = Math.max(0, item.start - contextLength)
    const to = Math.min(text.length, item.end + contextLength)
    const window = text.slice(from, to)
    const key = `${item.start - from} ${item.end - item.start} ${window}`
    let glyphs = bucket.get(key)
    if (glyphs === undefined) {
      if (bucket.size >= maximumCachedItems) bucket.clear()
      glyphs = font.shape(window, item.start - from, item.end - item.start, {
        direction,
        script: item.script,
        language,
      })
      bucket.set(key, glyphs)
    }
    clusterStartAt[item.start] = 1
    const { clusters, advances } = glyphs
    for (let index = 0; index < glyphs.length; index++) {
      const cluster = clusters[index]! + from
      clusterStartAt[cluster] = 1
      advanceAt[cluster] = advanceAt[cluster]! + advances[index]! * scale
    }
    return { ...item, glyphs, clusterOffset: from, scale }
  })
  return { items: shaped, advanceAt, clusterStartAt }
}
