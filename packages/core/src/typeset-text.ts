import type { LanguageConventions } from './language-conventions.js'
import type { ResolvedInline } from './resolved-model.js'

const noBreakSpace = '\u00a0'
const narrowNoBreakSpace = '\u202f'

/**
 * French spacing: a no-break space before `:` and inside « », a narrow one before `;`,
 * `!` and `?`; `afterInline` when the text follows a note marker or emphasis, whose
 * mark at the start gets its space too.
 */
function frenchSpaces(text: string, afterInline: boolean): string {
  const start = afterInline
    ? text
        .replace(/^([;!?])(?=\s|$)/u, `${narrowNoBreakSpace}$1`)
        .replace(/^:(?=\s|$)/u, `${noBreakSpace}:`)
    : text
  return (
    start
      // A space the author typed before the mark becomes the no-break one.
      .replace(/[ \u00a0\u202f]+([;!?])/g, `${narrowNoBreakSpace}$1`)
      .replace(/[ \u00a0\u202f]+:/g, `${noBreakSpace}:`)
      // A mark right after a letter or a closing mark, and before a space or the end, gets one.
      .replace(/([\p{L}\p{N}»)\]])([;!?])(?=\s|$)/gu, `$1${narrowNoBreakSpace}$2`)
      .replace(/([\p{L}»)\]]):(?=\s|$)/gu, `$1${noBreakSpace}:`)
      .replace(/«[ \u00a0\u202f]*/g, `«${noBreakSpace}`)
      .replace(/[ \u00a0\u202f]*»/g, `${noBreakSpace}»`)
  )
}

interface QuoteState {
  open: boolean
}

/** Straight double quotes as the language's marks, opening and closing in turn across the run. */
function languageQuotes(
  text: string,
  conventions: LanguageConventions,
  quotes: QuoteState,
): string {
  return text.replace(/"/g, () => {
    const mark = quotes.open ? conventions.quotes[1] : conventions.quotes[0]
    quotes.open = !quotes.open
    return mark
  })
}

function typesetRun(
  inlines: ResolvedInline[],
  conventions: LanguageConventions,
  quotes: QuoteState,
): ResolvedInline[] {
  return inlines.map((inline, index) => {
    switch (inline.type) {
      case 'text': {
        let value = languageQuotes(inline.value, conventions, quotes)
        if (conventions.punctuationSpaces) value = frenchSpaces(value, index > 0)
        return value === inline.value ? inline : { ...inline, value }
      }
      case 'emphasis':
      case 'strong':
        return { ...inline, children: typesetRun(inline.children, conventions, quotes) }
      default:
        // Links keep their words as written: an address is not prose.
        return inline
    }
  })
}

const movablePunctuation = /([.,;:]+)$/

/** The punctuation a note marker goes after in English: `word.¹`, `word,¹`, `word?¹`. */
const leadingPunctuation = /^[.,;:!?]+/

/**
 * Note markers placed as the language places them against punctuation: before it
 * (`mot¹.` in French and Spanish) or after it (`word.¹` in English).
 */
function placeNoteMarkers(
  inlines: ResolvedInline[],
  conventions: LanguageConventions,
): ResolvedInline[] {
  return conventions.noteMarker === 'before'
    ? markersBeforePunctuation(inlines)
    : markersAfterPunctuation(inlines)
}

/** Each run of note markers that punctuation follows goes after that punctuation. */
function markersAfterPunctuation(inlines: ResolvedInline[]): ResolvedInline[] {
  const placed: ResolvedInline[] = []
  for (let index = 0; index < inlines.length; index++) {
    const inline = inlines[index]!
    if (inline.type !== 'footnoteReference') {
      placed.push(inline)
      continue
    }
    let last = index
    while (inlines[last + 1]?.type === 'footnoteReference') last++
    const next = inlines[last + 1]
    const mark = next?.type === 'text' ? leadingPunctuation.exec(next.value)?.[0] : undefined
    if (next?.type !== 'text' || mark === undefined) {
      placed.push(...inlines.slice(index, last + 1))
      index = last
      continue
    }
    const previous = placed[placed.length - 1]
    if (previous?.type === 'text')
      placed[placed.length - 1] = { ...previous, value: previous.value + mark }
    else placed.push({ type: 'text', value: mark })
    placed.push(...inlines.slice(index, last + 1))
    const rest = next.value.slice(mark.length)
    if (rest !== '') placed.push({ ...next, value: rest })
    index = last + 1
  }
  return placed
}

/** Each run of note markers that follows punctuation goes before that punctuation. */
function markersBeforePunctuation(inlines: ResolvedInline[]): ResolvedInline[] {
  const placed: ResolvedInline[] = []
  for (let index = 0; index < inlines.length; index++) {
    const inline = inlines[index]!
    const previous = placed[placed.length - 1]
    if (inline.type === 'footnoteReference' && previous?.type === 'text') {
      const match = movablePunctuation.exec(previous.value.replace(/[\u00a0\u202f]+$/, ''))
      if (match) {
        const mark = previous.value.slice(previous.value.lastIndexOf(match[1]!))
        placed[placed.length - 1] = {
          ...previous,
          value: previous.value.slice(0, previous.value.length - mark.length),
        }
        placed.push(inline)
        // Markers that follow each other stay together before the punctuation.
        while (inlines[index + 1]?.type === 'footnoteReference') placed.push(inlines[++index]!)
        const next = inlines[index + 1]
        if (next?.type === 'text') {
          placed.push({ ...next, value: `${mark}${next.value}` })
          index++
        } else placed.push({ type: 'text', value: mark })
        continue
      }
    }
    placed.push(inline)
  }
  return placed
}

/**
 * A run of resolved text as the language writes it: straight double quotes as its
 * quotation marks (`“…”`, `«…»`), French spaces before `;:!?` and inside « », and
 * note markers before the punctuation (French, Spanish) or after it (English).
 */
export function typesetText(
  inlines: ResolvedInline[],
  conventions: LanguageConventions,
): ResolvedInline[] {
  return typesetRun(placeNoteMarkers(inlines, conventions), conventions, { open: false })
}

/** A plain string (a heading, a question, an agenda's session) as the language writes it. */
export function typesetPlain(text: string, conventions: LanguageConventions): string {
  const [node] = typesetRun([{ type: 'text', value: text }], conventions, { open: false })
  return node?.type === 'text' ? node.value : text
}
