import { toRomanNumeral } from './roman-numeral.js'

/**
 * How a language numbers its sections and annexes: `roman` (I, II, III), `arabicOrdinal`
 * (أولاً، ثانياً…, the ordinals of United Nations documents in Arabic) or `chinese`
 * (一、二、三…).
 */
export type Numerals = 'roman' | 'arabicOrdinal' | 'chinese'

/**
 * What a numeral names, where the language words the two differently: a `section`
 * (Arabic `أولاً`, an adverb) or an `annex` (Arabic `الأول`, an adjective after
 * `المرفق`).
 */
export type NumeralUse = 'section' | 'annex'

// The masculine ordinals, 1 to 10, as an adverb before a section's title and as an
// adjective after "المرفق"; then the units of 11–19 and 21–99 (حادي عشر, ثاني وعشرون).
const arabicSectionOrdinals = [
  'أولاً',
  'ثانياً',
  'ثالثاً',
  'رابعاً',
  'خامساً',
  'سادساً',
  'سابعاً',
  'ثامناً',
  'تاسعاً',
  'عاشراً',
]
const arabicAnnexOrdinals = [
  'الأول',
  'الثاني',
  'الثالث',
  'الرابع',
  'الخامس',
  'السادس',
  'السابع',
  'الثامن',
  'التاسع',
  'العاشر',
]
const arabicUnits = ['حادي', 'ثاني', 'ثالث', 'رابع', 'خامس', 'سادس', 'سابع', 'ثامن', 'تاسع']
const arabicTens = ['عشرون', 'ثلاثون', 'أربعون', 'خمسون', 'ستون', 'سبعون', 'ثمانون', 'تسعون']

/** The Arabic ordinal of 1 to 99; from 100, the number in digits. */
function toArabicOrdinal(value: number, use: NumeralUse): string {
  const withArticle = (word: string): string => (use === 'annex' ? `ال${word}` : word)
  if (value <= 10)
    return (use === 'annex' ? arabicAnnexOrdinals : arabicSectionOrdinals)[value - 1]!
  if (value >= 100) return String(value)
  const units = value % 10
  const tens = Math.floor(value / 10)
  if (tens === 1) return `${withArticle(arabicUnits[units - 1]!)} عشر`
  const tensWord = withArticle(arabicTens[tens - 2]!)
  return units === 0 ? tensWord : `${withArticle(arabicUnits[units - 1]!)} و${tensWord}`
}

const chineseDigits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九']

/** The Chinese numeral of 1 to 999 (十一, 二十, 一百零五); from 1,000, the number in digits. */
function toChineseNumeral(value: number): string {
  if (value >= 1000) return String(value)
  const hundreds = Math.floor(value / 100)
  const tens = Math.floor((value % 100) / 10)
  const units = value % 10
  let result = hundreds > 0 ? `${chineseDigits[hundreds]}百` : ''
  if (tens > 0) result += `${tens === 1 && hundreds === 0 ? '' : chineseDigits[tens]}十`
  else if (hundreds > 0 && units > 0) result += '零'
  return result + chineseDigits[units]
}

/**
 * Writes a positive whole number as a section's or an annex's numeral in the language's
 * way: 4 → `IV` (roman), `رابعاً` (an Arabic section) or `الرابع` (an Arabic annex),
 * `四` (Chinese).
 */
export function toNumeral(value: number, numerals: Numerals, use: NumeralUse = 'section'): string {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`no numeral for ${value}`)
  switch (numerals) {
    case 'roman':
      return toRomanNumeral(value)
    case 'arabicOrdinal':
      return toArabicOrdinal(value, use)
    case 'chinese':
      return toChineseNumeral(value)
  }
}
