/**
 * Whether a text ends with one of the abbreviations, as a whole word: `1990 г.` ends
 * with `г.`, `Пг.` does not.
 */
export function endsWithAbbreviation(text: string, abbreviations: readonly string[]): boolean {
  return abbreviations.some(
    (abbreviation) =>
      text.endsWith(abbreviation) &&
      !/[\p{L}\p{N}]/u.test(text.charAt(text.length - abbreviation.length - 1)),
  )
}
