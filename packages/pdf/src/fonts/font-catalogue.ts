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
function isBold(style: FontFace): boolean {
  return style === 'bold' || style === 'boldItalic'
}

// The scripts (ISO 15924) each fallback face is for; a character of another script or common
// to all (a symbol) tries these faces only after the text face and the symbols.
const fallbackScripts: Partial<Record<FontKey, readonly string[]>> = {
  arabic: ['Arab'],
  arabicBold: ['Arab'],
  devanagari: ['Deva'],
  devanagariBold: ['Deva'],
  bengali: ['Beng'],
  bengaliBold: ['Beng'],
  thai: ['Thai'],
  thaiBold: ['Thai'],
  chinese: ['Hani', 'Hira', 'Kana', 'Bopo'],
  chineseBold: ['Hani', 'Hira', 'Kana', 'Bopo'],
  korean: ['Hang'],
  koreanBold: ['Hang'],
}

/**
 * The fonts to try for a character of a script in text of a style, in order: the
 * text face of that style; the faces made for that script (bold for bold text, then
 * regular); the symbols; then every other face, for a character only one of them
 * has. A face is opened only when a character reaches it, so the order also keeps
 * a report from loading faces it does not need.
 */
export function fontsForCharacter(style: FontFace, script: string): readonly FontKey[] {
  const key = `${style} ${script}`
  let order = fallbackOrders.get(key)
  if (order === undefined) {
    const all = isBold(style)
      ? [textFaces[style], ...boldFallbacks, 'serif' as const, ...regularFallbacks]
      : [textFaces[style], ...regularFallbacks]
    const forScript = all.filter((font) => fallbackScripts[font]?.includes(script))
    const symbols = all.filter((font) => font === 'symbols' || font === 'symbolsBold')
    order = [...new Set([all[0]!, ...forScript, ...symbols, ...all])]
    fallbackOrders.set(key, order)
  }
  return order
}

const fallbackOrders = new Map<string, readonly FontKey[]>()

/** The path of a font file, resolved from the packages installed beside this one. */
export function fontPath(key: FontKey): string {
  const require = createRequire(import.meta.url)
  const { package: name, file } = fontFiles[key]
  return join(dirname(require.resolve(`${name}/package.json`)), file)
}
