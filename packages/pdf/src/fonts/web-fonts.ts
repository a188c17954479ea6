import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { StyledText, TextStyle, WebFontFace, WebFonts } from '@rapporteur/core'
import { loadSubsetter } from '../adapters/harfbuzz.js'
import { toWoff2 } from '../adapters/wawoff2.js'
import type { Piece, TagNode } from '../layout/types.js'
import { mirroredCodePoint } from '../text/bidi.js'
import { collectText } from '../text/collect.js'
import { itemize } from '../text/itemize.js'
import type { FontKey } from './font-catalogue.js'
import { loadFontLibrary } from './font-library.js'

/**
 * Subsets already made, by a key of the font file, the code points and the tools'
 * versions: a `Map` keeps them for a process, and a store on disk (the command line's)
 * across builds. Whatever keeps them, the bytes for a key are always the same.
 */
export interface WebFontCache {
  get(key: string): Uint8Array | undefined
  set(key: string, data: Uint8Array): void
}

/** Options for `webFonts`. */
export interface WebFontOptions {
  /** Where subsets made before are kept, and new ones are put. Default: none; each is made anew. */
  cache?: WebFontCache
}

/** The CSS family of each font file; the bold and italic files are faces of their family. */
const familyOf: Record<FontKey, string> = {
  serif: 'Tinos',
  serifBold: 'Tinos',
  serifItalic: 'Tinos',
  serifBoldItalic: 'Tinos',
  arabic: 'Amiri',
  arabicBold: 'Amiri',
  devanagari: 'Noto Serif Devanagari',
  devanagariBold: 'Noto Serif Devanagari',
  bengali: 'Noto Sans Bengali',
  bengaliBold: 'Noto Sans Bengali',
  thai: 'Noto Sans Thai',
  thaiBold: 'Noto Sans Thai',
  chinese: 'Noto Serif SC',
  chineseBold: 'Noto Serif SC',
  korean: 'Noto Sans KR',
  koreanBold: 'Noto Sans KR',
  symbols: 'DejaVu Sans',
  symbolsBold: 'DejaVu Sans',
}

// The order the PDF tries its faces in for text of no particular script: the text face,
// then the faces of other scripts, the symbols before the large East Asian faces.
const familyOrder = [
  'Tinos',
  'Amiri',
  'Noto Serif Devanagari',
  'Noto Sans Bengali',
  'Noto Sans Thai',
  'DejaVu Sans',
  'Noto Serif SC',
  'Noto Sans KR',
]

const styleOrder: readonly TextStyle[] = ['regular', 'bold', 'italic', 'boldItalic']

const isBold = (style: TextStyle) => style === 'bold' || style === 'boldItalic'
const isItalic = (style: TextStyle) => style === 'italic' || style === 'boldItalic'

const italicFiles: ReadonlySet<FontKey> = new Set(['serifItalic', 'serifBoldItalic'])

/**
 * The style a face answers when text of a style is set in a font file: italic only when
 * the file is an italic one. Italic text of a script without italics is set upright in
 * its upright file, as the PDF sets it, and goes in that file's upright face.
 */
function fileStyle(font: FontKey, style: TextStyle): TextStyle {
  if (italicFiles.has(font)) return style
  return style === 'boldItalic' ? 'bold' : style === 'italic' ? 'regular' : style
}

// Itemising asks a piece for its text and style only; the rest of a piece is for layout.
const noTag: TagNode = { role: 'Span', parent: null }

/** The text's code points set in each font file for each style, as the PDF sets them. */
async function codePointsByFace(
  texts: readonly StyledText[],
): Promise<Map<string, { font: FontKey; style: TextStyle; codePoints: Set<number> }>> {
  const library = await loadFontLibrary()
  const pieces: Piece[] = texts.map((text) => ({
    text: text.text,
    face: text.style,
    size: 1,
    rise: 0,
    link: null,
    tag: noTag,
  }))
  const collected = collectText(pieces)
  const covers = (font: FontKey, codePoint: number) => library.shaping(font).covers(codePoint)
  const levels = new Uint8Array(collected.text.length)
  const items = itemize(collected, levels, covers, new Map(), () => {})
  const faces = new Map<string, { font: FontKey; style: TextStyle; codePoints: Set<number> }>()
  for (const item of items) {
    const style = fileStyle(item.font, pieces[item.piece]!.face)
    const key = `${item.font} ${style}`
    let face = faces.get(key)
    if (!face) {
      face = { font: item.font, style, codePoints: new Set() }
      faces.set(key, face)
    }
    for (const character of collected.text.slice(item.start, item.end)) {
      const codePoint = character.codePointAt(0)!
      // A character no face has is left to the reader's own fonts.
      if (covers(item.font, codePoint)) face.codePoints.add(codePoint)
    }
  }
  return faces
}

// Thai and Lao SARA AM, which shapers split into NIKHAHIT and SARA AA (a compatibility
// decomposition, so not NFD's), and draw with those two characters' glyphs.
const shaperDecompositions = new Map<number, readonly number[]>([
  [0x0e33, [0x0e4d, 0x0e32]],
  [0x0eb3, [0x0ecd, 0x0eb2]],
])

/**
 * The code points a subset must map for a page's characters to shape in it: the
 * characters, those a shaper may split them into (canonical decompositions, SARA AM)
 * and the other bracket of a pair, where the font has them.
 */
function subsetCodePoints(codePoints: readonly number[], covers: (codePoint: number) => boolean) {
  const all = new Set(codePoints)
  for (const codePoint of codePoints) {
    const mirrored = mirroredCodePoint(codePoint)
    const parts = [
      ...[...String.fromCodePoint(codePoint).normalize('NFD')].map((part) => part.codePointAt(0)!),
      ...(shaperDecompositions.get(codePoint) ?? []),
      // Both brackets of a pair, so that a browser draws an opening and a closing one in
      // the same face, and mirrors both in right-to-left text.
      ...(mirrored === null ? [] : [mirrored]),
    ]
    for (const part of parts) if (covers(part)) all.add(part)
  }
  return [...all].sort((a, b) => a - b)
}

const fileDigests = new WeakMap<Uint8Array, string>()

/** A digest of a font file's bytes, made once per file a process reads. */
function fileDigest(data: Uint8Array): string {
  let digest = fileDigests.get(data)
  if (digest === undefined) {
    digest = createHash('sha256').update(data).digest('hex')
    fileDigests.set(data, digest)
  }
  return digest
}

/** What the subsetter is asked besides the code points: a change of them must change every key. */
const subsetSettings = 'no hinting'

let encoderVersion: string | undefined

/** The version of the WOFF2 encoder, part of every cache key: another version may write other bytes. */
function woff2Version(): string {
  encoderVersion ??= (
    JSON.parse(
      readFileSync(createRequire(import.meta.url).resolve('wawoff2/package.json'), 'utf8'),
    ) as { version: string }
  ).version
  return encoderVersion
}

/**
 * The web fonts for a page whose text is `texts`: for each font file of the PDF's set
 * and each style text is set in with it, a subset with only the characters the page
 * sets there, as WOFF2. Each character gets the face the PDF gives it (the text face,
 * Tinos, where it has the character, else the face of the character's script), so the
 * page and the PDF agree. A script without italics has no italic face: its upright
 * faces serve its italic text too, which the page keeps upright
 * (`font-synthesis-style: none`), as the PDF does. The same texts give the same bytes, whether a subset came from the
 * cache or was made anew.
 *
 * @param texts - The page's text, in reading order, each stretch with its style.
 * @param options - Where subsets are kept between builds.
 */
export async function webFonts(
  texts: readonly StyledText[],
  options: WebFontOptions = {},
): Promise<WebFonts> {
  const library = await loadFontLibrary()
  const used = [...(await codePointsByFace(texts)).values()].filter(
    (face) => face.codePoints.size > 0,
  )
  used.sort(
    (a, b) =>
      familyOrder.indexOf(familyOf[a.font]) - familyOrder.indexOf(familyOf[b.font]) ||
      styleOrder.indexOf(a.style) - styleOrder.indexOf(b.style) ||
      (a.font < b.font ? -1 : a.font > b.font ? 1 : 0),
  )
  const faces: WebFontFace[] = []
  for (const face of used) {
    const codePoints = [...face.codePoints].sort((a, b) => a - b)
    const file = library.data(face.font)
    const font = library.shaping(face.font)
    const mapped = subsetCodePoints(codePoints, (codePoint) => font.covers(codePoint))
    const key = createHash('sha256')
      .update(
        [
          fileDigest(file),
          `harfbuzz ${library.harfbuzz.version}`,
          `wawoff2 ${woff2Version()}`,
          subsetSettings,
          mapped.join(','),
        ].join('\n'),
      )
      .digest('hex')
    let data = options.cache?.get(key)
    if (data === undefined) {
      const subsetter = await loadSubsetter()
      data = await toWoff2(subsetter.subset(file, mapped))
      options.cache?.set(key, data)
    }
    faces.push({
      family: familyOf[face.font],
      weight: isBold(face.style) ? 700 : 400,
      style: isItalic(face.style) ? 'italic' : 'normal',
      // A browser draws from a face only the characters of its range, those a shaper splits
      // the page's characters into too.
      codePoints: mapped,
      data,
    })
  }
  const families = familyOrder.filter((family) => faces.some((face) => face.family === family))
  return { families, faces }
}
