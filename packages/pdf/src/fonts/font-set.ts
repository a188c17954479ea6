import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { FontFace, MeasureText } from '../layout/types.js'
import {
  createLatinShaper,
  type LatinShaper,
  type ShapedRun,
  type ShapingFont,
} from './latin-shaping.js'

/** Where each face comes from: an npm package and a file inside it. */
export const fontFiles = {
  regular: { package: 'dejavu-fonts-ttf', file: 'ttf/DejaVuSerif.ttf' },
  bold: { package: 'dejavu-fonts-ttf', file: 'ttf/DejaVuSerif-Bold.ttf' },
  italic: { package: 'dejavu-fonts-ttf', file: 'ttf/DejaVuSerif-Italic.ttf' },
  boldItalic: { package: 'dejavu-fonts-ttf', file: 'ttf/DejaVuSerif-BoldItalic.ttf' },
  sans: { package: 'dejavu-fonts-ttf', file: 'ttf/DejaVuSans.ttf' },
  sansBold: { package: 'dejavu-fonts-ttf', file: 'ttf/DejaVuSans-Bold.ttf' },
  thai: {
    package: '@expo-google-fonts/noto-sans-thai',
    file: '400Regular/NotoSansThai_400Regular.ttf',
  },
  thaiBold: {
    package: '@expo-google-fonts/noto-sans-thai',
    file: '700Bold/NotoSansThai_700Bold.ttf',
  },
  bengali: {
    package: '@expo-google-fonts/noto-sans-bengali',
    file: '400Regular/NotoSansBengali_400Regular.ttf',
  },
  bengaliBold: {
    package: '@expo-google-fonts/noto-sans-bengali',
    file: '700Bold/NotoSansBengali_700Bold.ttf',
  },
} as const satisfies Record<FontFace, { package: string; file: string }>

const isBold = (face: FontFace) => face === 'bold' || face === 'boldItalic' || face.endsWith('Bold')

/** The faces to try for a character, in order: the face asked for, DejaVu Sans, then the script's own face. */
function candidateFaces(face: FontFace, codePoint: number): FontFace[] {
  const bold = isBold(face)
  const candidates: FontFace[] = [face, bold ? 'sansBold' : 'sans']
  if (codePoint >= 0x0e00 && codePoint <= 0x0e7f) candidates.push(bold ? 'thaiBold' : 'thai')
  if (codePoint >= 0x0980 && codePoint <= 0x09ff) candidates.push(bold ? 'bengaliBold' : 'bengali')
  return candidates
}

/** The part of pdfkit's embedded font that layout and painting use. */
export interface EmbeddedFont {
  id: string
  ascender: number
  descender: number
  widthOfString(text: string, size: number): number
  encode(
    text: string,
  ): [string[], Array<{ xAdvance: number; advanceWidth: number; xOffset: number; yOffset: number }>]
  /** Shapes text, in thousandths of an em (fontkit; Latin words from the font's tables, see below). */
  layoutRun(text: string, features?: unknown): ShapedRun
  /** Shapes text up to and including one space, cached. */
  layoutCached(text: string): ShapedRun
  subset: { includeGlyph(glyphId: number): number }
  widths: number[]
  unicode: number[][]
  scale: number
  ref(): unknown
  layoutCache: Record<string, unknown>
  font: ShapingFont & { hasGlyphForCodePoint(codePoint: number): boolean }
}

/** The fonts of one document: embedded on first use, measured once per word. */
export interface FontSet {
  font(face: FontFace): EmbeddedFont
  measure: MeasureText
  /** The face to set a character in: the face asked for, else a fallback that has it, or null when none has. */
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
  shapeLatin: LatinShaper
}

// Shaping and measuring every word again on each render costs more than the rest of the render.
const sharedFaces = new Map<FontFace, FaceData>()
const maximumCachedWords = 200_000

/** The path of a face's font file. */
export function fontPath(face: FontFace): string {
  const require = createRequire(import.meta.url)
  const { package: name, file } = fontFiles[face]
  return join(dirname(require.resolve(`${name}/package.json`)), file)
}

/** Registers the faces with a pdfkit document as they are needed; each is embedded (subset) only when used. */
export function createFontSet(document: FontDocument): FontSet {
  const fonts = new Map<FontFace, EmbeddedFont>()
  const coverage = new Map<string, FontFace | null>()
  const font = (face: FontFace): EmbeddedFont => {
    let embedded = fonts.get(face)
    if (!embedded) {
      const shared = sharedFaces.get(face)
      document.registerFont(face, (shared?.parsed ?? readFileSync(fontPath(face))) as Uint8Array)
      document.font(face)
      embedded = document._font as EmbeddedFont
      let data = shared
      if (data) embedded.layoutCache = data.layoutCache
      else {
        data = {
          parsed: embedded.font,
          layoutCache: embedded.layoutCache,
          widths: new Map(),
          shapeLatin: createLatinShaper(embedded.font, embedded.scale),
        }
        sharedFaces.set(face, data)
      }
      // Latin words are shaped from the font's tables, the rest by fontkit (see latin-shaping.ts).
      const shapeLatin = data.shapeLatin
      const shapeWithFontkit = embedded.layoutRun.bind(embedded)
      embedded.layoutRun = (text, features) =>
        (features === undefined ? shapeLatin(text) : undefined) ?? shapeWithFontkit(text, features)
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
      chosen =
        candidateFaces(face, codePoint).find((candidate) =>
          font(candidate).font.hasGlyphForCodePoint(codePoint),
        ) ?? null
      coverage.set(key, chosen)
    }
    return chosen
  }
  return { font, measure, faceFor }
}
