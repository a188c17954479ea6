/**
 * The one place that touches harfbuzzjs: its Emscripten module (`hb.js`, `hb.wasm`)
 * and the thin wrapper (`hbjs.js`) are loaded by path, so the package works from
 * CommonJS and from a bundle alike. `harfbuzz.test.ts` fails loudly when an upgrade
 * changes what this file relies on.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** A glyph as HarfBuzz places it, in font units. */
export interface ShapedGlyph {
  /** Glyph id in the font. */
  id: number
  /** UTF-16 offset, in the text handed to `shape`, of the first character of the glyph's cluster. */
  cluster: number
  advance: number
  xOffset: number
  yOffset: number
}

/** What to shape a stretch of text as. */
export interface ShapingProperties {
  direction: 'ltr' | 'rtl'
  /** An ISO 15924 script tag, such as `Latn` or `Arab`. */
  script: string
  /** A BCP 47 language tag. */
  language: string
}

/** A font opened by HarfBuzz: immutable once made, so renders may share it. */
export interface HarfBuzzFont {
  unitsPerEm: number
  /** Whether the font's character map has the code point. */
  covers(codePoint: number): boolean
  /** The glyph's advance before any shaping (its `hmtx` width), in font units. */
  nominalAdvance(glyph: number): number
  /**
   * Shapes `length` UTF-16 units of `text` from `start`, with the text around them
   * as context (Arabic joining across a change of style, for one). Glyphs come in
   * visual order, as HarfBuzz gives them.
   */
  shape(text: string, start: number, length: number, properties: ShapingProperties): ShapedGlyph[]
}

/** A loaded HarfBuzz. */
export interface HarfBuzz {
  version: string
  openFont(data: Uint8Array): HarfBuzzFont
}

interface HarfBuzzBuffer {
  addText(text: string, itemOffset: number, itemLength: number): void
  setDirection(direction: string): void
  setScript(script: string): void
  setLanguage(language: string): void
  getGlyphInfos(): Array<{ codepoint: number; cluster: number }>
  getGlyphPositions(): Array<{ x_advance: number; x_offset: number; y_offset: number }>
  destroy(): void
}

interface HarfBuzzModule {
  version_string(): string
  createBlob(data: Uint8Array): unknown
  createFace(blob: unknown, index: number): { upem: number; collectUnicodes(): Uint32Array }
  createFont(face: unknown): { glyphHAdvance(glyph: number): number }
  createBuffer(): HarfBuzzBuffer
  shape(font: unknown, buffer: HarfBuzzBuffer, features?: string): void
}

let loading: Promise<HarfBuzz> | undefined

function open(module: HarfBuzzModule, data: Uint8Array): HarfBuzzFont {
  const face = module.createFace(module.createBlob(data), 0)
  const font = module.createFont(face)
  const coverage = new Set(face.collectUnicodes())
  const advances = new Map<number, number>()
  return {
    unitsPerEm: face.upem,
    covers: (codePoint) => coverage.has(codePoint),
    nominalAdvance: (glyph) => {
      let advance = advances.get(glyph)
      if (advance === undefined) {
        advance = font.glyphHAdvance(glyph)
        advances.set(glyph, advance)
      }
      return advance
    },
    shape: (text, start, length, properties) => {
      const buffer = module.createBuffer()
      try {
        buffer.addText(text, start, length)
        buffer.setDirection(properties.direction)
        buffer.setScript(properties.script)
        buffer.setLanguage(properties.language)
        module.shape(font, buffer)
        const infos = buffer.getGlyphInfos()
        const positions = buffer.getGlyphPositions()
        return infos.map((info, index) => {
          const position = positions[index]!
          return {
            id: info.codepoint,
            cluster: info.cluster,
            advance: position.x_advance,
            xOffset: position.x_offset,
            yOffset: position.y_offset,
          }
        })
      } finally {
        buffer.destroy()
      }
    },
  }
}

/** Loads HarfBuzz's WebAssembly build once per process. */
export function loadHarfBuzz(): Promise<HarfBuzz> {
  loading ??= (async () => {
    const require = createRequire(import.meta.url)
    const folder = dirname(require.resolve('harfbuzzjs/package.json'))
    const createModule = require(join(folder, 'hb.js')) as (options: object) => Promise<unknown>
    const wrap = require(join(folder, 'hbjs.js')) as (instance: unknown) => HarfBuzzModule
    const module = wrap(await createModule({ wasmBinary: readFileSync(join(folder, 'hb.wasm')) }))
    return {
      version: module.version_string(),
      openFont: (data) => open(module, data),
    }
  })()
  return loading
}
