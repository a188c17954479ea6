const numerals: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
]

/** Writes a positive whole number in upper-case roman numerals: 4 → `IV`. */
export function toRomanNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`no roman numeral for ${value}`)
  let rest = value
  let result = ''
  for (const [amount, letters] of numerals) {
    while (rest >= amount) {
      result += letters
      rest -= amount
    }
  }
  return result
}

/** The Latin capitals, A to Z. */
const latinLetters = Array.from({ length: 26 }, (_, index) => String.fromCharCode(65 + index))

/**
 * The Arabic letters in their abjadi order (أبجد هوز حطي كلمن سعفص قرشت ثخذ ضظغ), as
 * United Nations documents in Arabic letter subparagraphs: (أ), (ب), (ج), (د), (هـ)…
 * The heh is written هـ, with a tatweel, so that it does not read as a word.
 */
const abjadLetters = [
  'أ',
  'ب',
  'ج',
  'د',
  'هـ',
  'و',
  'ز',
  'ح',
  'ط',
  'ي',
  'ك',
  'ل',
  'م',
  'ن',
  'س',
  'ع',
  'ف',
  'ص',
  'ق',
  'ر',
  'ش',
  'ت',
  'ث',
  'خ',
  'ذ',
  'ض',
  'ظ',
  'غ',
]

/**
 * Writes a positive whole number as list letters: 1 → `A`, 26 → `Z`, 27 → `AA` in
 * Latin letters; 1 → `أ`, 5 → `هـ`, 29 → `أأ` in Arabic letters in abjadi order.
 */
export function toListLetter(value: number, letters: 'latin' | 'arabicAbjad' = 'latin'): string {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`no list letter for ${value}`)
  const alphabet = letters === 'arabicAbjad' ? abjadLetters : latinLetters
  let rest = value
  let result = ''
  while (rest > 0) {
    const remainder = (rest - 1) % alphabet.length
    result = alphabet[remainder]! + result
    rest = Math.floor((rest - 1) / alphabet.length)
  }
  return result
}
