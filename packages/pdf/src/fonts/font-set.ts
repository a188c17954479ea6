import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { FontFace, MeasureText } from '../layout/types.js'

/** The DejaVu files behind each face: DejaVu Serif for text, DejaVu Sans for what the serif lacks. */
export const fontFiles = {
  regular: 'DejaVuSerif.ttf',
  bold: 'DejaVuSerif-Bold.ttf',
  italic: 'DejaVuSerif-Italic.ttf',
  boldItalic: 'DejaVuSerif-BoldItalic.ttf',
  sans: 'DejaVuSans.ttf',
  sansBold: 'DejaVuSans-Bold.ttf',
} as const satisfies Record<FontFace, string>

const fallbackFaces = {
  regular: 'sans',
  italic: 'sans',
  bold: 'sansBold',
  boldItalic: 'sansBold',
  sans: 'sans',
  sansBold: 'sansBold',
} as const satisfies Record<FontFace, FontFace>

/** The part of pdfkit's embedded font that layout and painting use. */
export interface EmbeddedFont {
  id: string
  ascender: number
  descender: number
  widthOfString(text: string, size: number): number
  encode(
    text: string,
  ): [string[], Array<{ xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number }>]
  /** Shapes text up to and including one space, cached. */
  layoutCached(text: string): {
    glyphs: Array<{ id: number; advanceWidth: number; codePoints: number[] }>
    positions: Array<{ xAdvance: number; advanceWidth: number }>
  }
  subset: { includeGlyph(glyphId: number): number }
  widths: number[]
  unicode: number[][]
  scale: number
  ref(): unknown
  layoutCache: Record<string, unknown>
  font: { hasGlyphForCodePoint(codePoint: number): boolean }
}

/** The fonts of one document: embedded on first use, measured once per word. */
export interface FontSet {
  font(face: FontFace): EmbeddedFont
  measure: MeasureText
  /** The face to set a character in: the face asked for, its sans fallback, or null when no font has it. */
  faceFor(character: string, face: FontFace): FontFace | null
}

interface FontDocument {
  registerFont(name: string, source: Uint8Array): unknown
  font(name: string): unknown
  _font: unknown
}

/**
 * What is learnt from a font file once per process: the parsed font, its shaped
 * words and their widths. All of it is a pure function of the file, so renders
 * share it, concurrently too, and give the same bytes as without it.
 */
interface FaceData {
  parsed: unknown
  layoutCache: Record<string, unknown>
  widths: Map<string, number>
}

// Shaping and measuring every word again on each render costs more than the rest of the render.
const sharedFaces = new Map<FontFace, FaceData>()
const maximumCachedWords = 200_000

function fontDirectory(): string {
  const require = createRequire(import.meta.url)
  return join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf')
}

/** Registers the DejaVu faces with a pdfkit document. Fonts are embedded (subset) only when used. */
export function createFontSet(document: FontDocument): FontSet {
  const directory = fontDirectory()
  const fonts = new Map<FontFace, EmbeddedFont>()
  const coverage = new Map<string, FontFace | null>()
  const font = (face: FontFace): EmbeddedFont => {
    let embedded = fonts.get(face)
    if (!embedded) {
      const shared = sharedFaces.get(face)
      document.registerFont(
        face,
        (shared?.parsed ?? readFileSync(join(directory, fontFiles[face]))) as Uint8Array,
      )
      document.font(face)
      embedded = document._font as EmbeddedFont
      if (shared) embedded.layoutCache = shared.layoutCache
      else
        sharedFaces.set(face, {
          parsed: embedded.font,
          layoutCache: embedded.layoutCache,
          widths: new Map(),
        })
      fonts.set(face, embedded)
    }
    return embedded
  }
  const measure: MeasureText = (text, face, size) => {
    const embedded = font(face)
    const widths = sharedFaces.get(face)!.widths
    let width = widths.get(text)
    if (width === undefined) {
      if (widths.size > maximumCachedWords) widths.clear()
      width = embedded.widthOfString(text, 1)
      widths.set(text, width)
    }
    return width * size
  }
  const faceFor = (character: string, face: FontFace): FontFace | null => {
    const codePoint = character.codePointAt(0) ?? 0
    if (codePoint >= 0x20 && codePoint < 0x7f) return face
    const key = `${face}\u0000${character}`
    let chosen = coverage.get(key)
    if (chosen === undefined) {
      const fallback = fallbackFaces[face]
      chosen = font(face).font.hasGlyphForCodePoint(codePoint)
        ? face
        : font(fallback).font.hasGlyphForCodePoint(codePoint)
          ? fallback
          : null
      coverage.set(key, chosen)
    }
    return chosen
  }
  return { font, measure, faceFor }
}
