// Advance widths of Times New Roman (and of Tinos, which shares its metrics), in thousandths
// of an em, for the printable ASCII characters from the space (U+0020) to `~` (U+007E).
const ascii = [
  250, 333, 408, 500, 500, 833, 778, 333, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500,
  500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611,
  556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722,
  722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500,
  278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
]

/** Dashes and marks outside ASCII that running text uses often. */
const marks: Record<string, number> = {
  '–': 500,
  '—': 1000,
  '‘': 333,
  '’': 333,
  '“': 444,
  '”': 444,
  '…': 1000,
  '\u00a0': 250,
  '\u202f': 125,
  // The word joiner after a range's dash takes no room.
  '\u2060': 0,
}

/** The Arabic letters, with their supplements and presentation forms. */
const arabic = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u

/** Wide characters: Chinese, Japanese and Korean, and full-width forms. */
const wide =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u

function advance(character: string): number {
  const code = character.codePointAt(0)!
  if (code >= 0x20 && code <= 0x7e) return ascii[code - 0x20]!
  const known = marks[character]
  if (known !== undefined) return known
  // A Latin letter with a diacritic is as wide as its letter.
  const base = character.normalize('NFD').codePointAt(0)!
  if (base >= 0x20 && base <= 0x7e) return ascii[base - 0x20]!
  // Arabic's vowel signs and other combining marks sit on their letter; its letters, joined,
  // are narrower than Latin ones (a generous 0.45 em: 0.34 em in the PDF's face).
  if (/\p{M}/u.test(character)) return 0
  if (arabic.test(character)) return 450
  // Other scripts are set in other fonts: a wide estimate, so that text never overflows.
  return wide.test(character) ? 1000 : 600
}

/**
 * The width of one line of text set in Times New Roman at `size` points, in twentieths of
 * a point, bold text taken a tenth wider; enough to size a table column to its contents or
 * to keep a running head on one line.
 */
export function textWidth(text: string, size: number, bold = false): number {
  let thousandths = 0
  for (const character of text) thousandths += advance(character)
  return Math.ceil(((thousandths * size) / 1000) * 20 * (bold ? 1.1 : 1))
}
