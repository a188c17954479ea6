import { readFileSync } from 'node:fs'
import { type HarfBuzz, type HarfBuzzFont, loadHarfBuzz } from '../adapters/harfbuzz.js'
import { createSetParagraphs, type SetParagraphs } from '../text/paragraph-cache.js'
import type { ShapedItems } from '../text/shape-text.js'
import { type FontKey, fontPath } from './font-catalogue.js'

/**
 * The font files and their HarfBuzz fonts, opened on first use. Everything here is
 * a pure function of the files and never changes once made, so renders share one
 * library, concurrently too; what a document adds (its subsets, its text layer) is
 * made per document.
 */
export interface FontLibrary {
  harfbuzz: HarfBuzz
  /** The bytes of a font file. */
  data(key: FontKey): Uint8Array
  /** The HarfBuzz font of a font file. */
  shaping(key: FontKey): HarfBuzzFont
  /** Text already shaped, by font, setting and text: shaping is a pure function of them. */
  shapedItems: ShapedItems
  /** Paragraphs already set, by their text, styles and placement. */
  paragraphs: SetParagraphs
}

let loading: Promise<FontLibrary> | undefined

/** The process's font library, made once. */
export function loadFontLibrary(): Promise<FontLibrary> {
  loading ??= loadHarfBuzz().then((harfbuzz) => {
    const files = new Map<FontKey, Uint8Array>()
    const fonts = new Map<FontKey, HarfBuzzFont>()
    const data = (key: FontKey): Uint8Array => {
      let bytes = files.get(key)
      if (!bytes) {
        bytes = new Uint8Array(readFileSync(fontPath(key)))
        files.set(key, bytes)
      }
      return bytes
    }
    return {
      harfbuzz,
      shapedItems: new Map(),
      paragraphs: createSetParagraphs(),
      data,
      shaping: (key) => {
        let font = fonts.get(key)
        if (!font) {
          font = harfbuzz.openFont(data(key))
          fonts.set(key, font)
        }
        return font
      },
    }
  })
  return loading
}
