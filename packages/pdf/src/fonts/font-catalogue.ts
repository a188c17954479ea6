import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

import type { FontFace } from '../layout/types.js'

/**
 * Every font file the PDF can embed: an npm package and a file inside it.
 *
 * The text face is Tinos: it has the metrics of Times New Roman, the face of UN
 * documents and of the DOCX this project writes, so the PDF and the Word document
 * set lines alike; it covers Latin (with Vietnamese), Greek, Cyrillic and Hebrew.
 * Scripts it lacks fall back to a face of the script's own tradition: Amiri, a
 * classical Naskh with Persian and Urdu letters whose every letter is one glyph
 * (so text copied from the PDF comes back letter for letter); Noto Serif
 * Devanagari; Noto Sans Bengali and Thai; Noto Serif SC, a Song face that also has
 * Japanese kana and the traditional characters; Noto Sans KR for Korean; symbols
 * (✓) come from DejaVu Sans.
 */
export const fontFiles = {
  serif: { package: '@expo-google-fonts/tinos', file: '400Regular/Tinos_400Regular.ttf' },
  serifBold: { package: '@expo-google-fonts/tinos', file: '700Bold/Tinos_700Bold.ttf' },
  serifItalic: {
    package: '@expo-google-fonts/tinos',
    file: '400Regular_Italic/Tinos_400Regular_Italic.ttf',
  },
  serifBoldItalic: {
    package: '@expo-google-fonts/tinos',
    file: '700Bold_Italic/Tinos_700Bold_Italic.ttf',
  },
  arabic: { package: '@expo-google-fonts/amiri', file: '400Regular/Amiri_400Regular.ttf' },
  arabicBold: { package: '@expo-google-fonts/amiri', file: '700Bold/Amiri_700Bold.ttf' },
  devanagari: {
    package: '@expo-google-fonts/noto-serif-devanagari',
    file: '400Regular/NotoSerifDevanagari_400Regular.ttf',
  },
  devanagariBold: {
    package: '@expo-google-fonts/noto-serif-devanagari',
    file: '700Bold/NotoSerifDevanagari_700Bold.ttf',
  },
  bengali: {
    package: '@expo-google-fonts/noto-sans-bengali',
    file: '400Regular/NotoSansBengali_400Regular.ttf',
  },
  bengaliBold: {
    package: '@expo-google-fonts/noto-sans-bengali',
    file: '700Bold/NotoSansBengali_700Bold.ttf',
  },
  thai: {
    package: '@expo-google-fonts/noto-sans-thai',
    file: '400Regular/NotoSansThai_400Regular.ttf',
  },
  thaiBold: {
    package: '@expo-google-fonts/noto-sans-thai',
    file: '700Bold/NotoSansThai_700Bold.ttf',
  },
  chinese: {
    package: '@expo-google-fonts/noto-serif-sc',
    file: '400Regular/NotoSerifSC_400Regular.ttf',
  },
  chineseBold: {
    package: '@expo-google-fonts/noto-serif-sc',
    file: '700Bold/NotoSerifSC_700Bold.ttf',
  },
  korean: {
    package: '@expo-google-fonts/noto-sans-kr',
    file: '400Regular/NotoSansKR_400Regular.ttf',
  },
  koreanBold: {
    package: '@expo-google-fonts/noto-sans-kr',
    file: '700Bold/NotoSansKR_700Bold.ttf',
  },
  symbols: { package: 'dejavu-fonts-ttf', file: 'ttf/DejaVuSans.ttf' },
  symbolsBold: { package: 'dejavu-fonts-ttf', file: 'ttf/DejaVuSans-Bold.ttf' },
} as const satisfies Record<string, { package: string; file: string }>

/** One font file of the catalogue. */
export type FontKey = keyof typeof fontFiles

const textFaces: Record<FontFace, FontKey> = {
  regular: 'serif',
  bold: 'serifBold',
  italic: 'serifItalic',
  boldItalic: 'serifBoldItalic',
}

const regularFallbacks: readonly FontKey[] = [
  'arabic',
  'devanagari',
  'bengali',
  'thai',
  'symbols',
  'chinese',
  'korean',
]
const boldFallbacks: readonly FontKey[] = [
  'arabicBold',
  'devanagariBold',
  'bengaliBold',
  'thaiBold',
  'symbolsBold',
  'chineseBold',
  'koreanBold',
]

/** Whether a style is bold. */
export function isBold(style: FontFace): boolean {
  return style === 'bold' || style === 'boldItalic'
}

/**
 * The fonts to try for text of a style, in order: the text face of that style,
 * then each script's face (bold for bold text), then symbols, then the regular
 * weights of all of them for a character only those have.
 */
export function fontsForStyle(style: FontFace): readonly FontKey[] {
  return fallbackOrders[style]
}

const fallbackOrders = Object.fromEntries(
  (Object.keys(textFaces) as FontFace[]).map((style) => {
    const first = textFaces[style]
    const order: readonly FontKey[] = isBold(style)
      ? [first, ...boldFallbacks, 'serif', ...regularFallbacks]
      : [first, ...regularFallbacks, 'serif']
    return [style, order]
  }),
) as Record<FontFace, readonly FontKey[]>

/** The path of a font file, resolved from the packages installed beside this one. */
export function fontPath(key: FontKey): string {
  const require = createRequire(import.meta.url)
  const { package: name, file } = fontFiles[key]
  return join(dirname(require.resolve(`${name}/package.json`)), file)
}
