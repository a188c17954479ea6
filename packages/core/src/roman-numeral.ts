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

/** Writes a positive whole number as list letters: 1 → `A`, 26 → `Z`, 27 → `AA`. */
export function toListLetter(value: number): string {
  if (!Number.isInteger(value) || value < 1) throw new RangeError(`no list letter for ${value}`)
  let rest = value
  let result = ''
  while (rest > 0) {
    const remainder = (rest - 1) % 26
    result = String.fromCharCode(65 + remainder) + result
    rest = Math.floor((rest - 1) / 26)
  }
  return result
}
