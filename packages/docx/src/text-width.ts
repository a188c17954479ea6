// Advance widths of Times New Roman (and of Tinos, which shares its metrics), in thousandths
// of an em, for the characters an agenda's times are written with; others count as 500.
const regular: Record<string, number> = {
  ' ': 250,
  '.': 250,
  ':': 278,
  '-': 333,
  '–': 500,
  '—': 1000,
  '/': 278,
  '(': 333,
  ')': 333,
  a: 444,
  h: 500,
  m: 778,
  p: 500,
  A: 722,
  M: 889,
  P: 556,
}

/**
 * The width of one line of text set in Times New Roman at `size` points, in twentieths of
 * a point, bold text taken a tenth wider; enough to size a table column to its contents.
 */
export function textWidth(text: string, size: number, bold = false): number {
  let thousandths = 0
  for (const character of text) thousandths += regular[character] ?? 500
  return Math.ceil(((thousandths * size) / 1000) * 20 * (bold ? 1.1 : 1))
}
