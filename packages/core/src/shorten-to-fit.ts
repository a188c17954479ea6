/** The mark that ends text shortened to fit. */
const ellipsis = '…'

/** Space and punctuation that do not end shortened text: `Asia and the…`, not `Asia, …`. */
const trailing = /[\s\p{P}\p{S}]+$/u

/**
 * Text shortened to fit a line, as a running head is: the longest start that ends at a
 * word and still fits with an ellipsis after it (`Consultation with Parliamentarians…`),
 * or, when not even the first word fits, the longest start by characters. `fits` says
 * whether a candidate fits (the renderer measures it); text that fits is kept whole.
 * Words are the language's (`language`, a BCP 47 tag), so text without spaces between
 * words (Chinese, Thai) is shortened at a word too.
 */
export function shortenToFit(
  text: string,
  fits: (candidate: string) => boolean,
  language?: string,
): string {
  if (fits(text)) return text
  const cut = (end: number) => `${text.slice(0, end).replace(trailing, '')}${ellipsis}`
  const words = [...new Intl.Segmenter(language, { granularity: 'word' }).segment(text)]
    .filter((segment) => segment.isWordLike && segment.index > 0)
    .map((segment) => segment.index)
  for (let index = words.length - 1; index >= 0; index--) {
    const candidate = cut(words[index]!)
    if (candidate !== ellipsis && fits(candidate)) return candidate
  }
  const characters = [...new Intl.Segmenter(language, { granularity: 'grapheme' }).segment(text)]
  for (let count = characters.length - 1; count >= 1; count--) {
    const candidate = cut(characters[count]!.index)
    if (candidate !== ellipsis && fits(candidate)) return candidate
  }
  return ellipsis
}
