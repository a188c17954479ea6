import { endsWithAbbreviation } from './abbreviations.js'
import type { ResolvedInline } from './resolved-model.js'

/** Text that ends a sentence: a full stop, `!`, `?` or `…`, maybe a closing quote, then spaces. */
const sentenceEnd = /[.!?…]["»”’)]*[\s\u00a0]+$/u

/** The text with its first letter a capital, as the language `tag` writes it (`г-жа` → `Г-жа`). */
export function withCapital(text: string, tag: string): string {
  const first = text.match(/\p{L}/u)
  if (!first || first.index !== 0) return text
  const letter = first[0]
  let capital = letter
  try {
    capital = letter.toLocaleUpperCase(tag)
  } catch {
    capital = letter.toUpperCase()
  }
  return capital + text.slice(letter.length)
}

/**
 * The inlines with each mention that begins a sentence starting with a capital: an
 * honorific written in small letters (`г-жа Иванова`, `la Sra. Pérez`) reads `Г-жа`,
 * `La Sra.` there. A sentence begins after `.`, `!`, `?` or `…` (and where the text
 * begins, when `atStart`), but not after one of the language's `abbreviations`
 * (`т. е. г-н Асанов`). The words are otherwise as written.
 */
export function capitaliseSentenceStarts(
  inlines: ResolvedInline[],
  options: { tag: string; abbreviations: readonly string[]; atStart: boolean },
): ResolvedInline[] {
  // The text read since the last mention, link or emphasis, which stands in it as
  // U+FFFC; note markers are not text. Where the inlines begin, it is empty `atStart`.
  let read = options.atStart ? '' : objectReplacement
  return inlines.map((inline) => {
    switch (inline.type) {
      case 'footnoteReference':
        return inline
      case 'text':
        read += inline.value
        return inline
      case 'mention': {
        const starts = beginsSentence(read, options.abbreviations)
        read = objectReplacement
        if (!starts) return inline
        const text = withCapital(inline.text, options.tag)
        return text === inline.text ? inline : { ...inline, text }
      }
      default:
        read = objectReplacement
        return inline
    }
  })
}

/** What stands for content that is not text in the text read before a mention. */
const objectReplacement = '\ufffc'

/** Whether what was read before a mention leaves it at the beginning of a sentence. */
function beginsSentence(read: string, abbreviations: readonly string[]): boolean {
  if (read.trim() === '') return true
  if (!sentenceEnd.test(read)) return false
  return !endsWithAbbreviation(read.replace(/[\s\u00a0]+$/u, ''), abbreviations)
}
