import { endsWithAbbreviation } from './abbreviations.js'
import type { LanguageConventions } from './language-conventions.js'
import type { ResolvedInline } from './resolved-model.js'

const noBreakSpace = '\u00a0'
const narrowNoBreakSpace = '\u202f'
/** U+2060 WORD JOINER: no line break here, and nothing drawn. */
const wordJoiner = '\u2060'

/**
 * French spacing: a no-break space before `:` and inside « », a narrow one before `;`,
 * `!`, `?` and `%`; `afterInline` when the text follows a note marker or emphasis, whose
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
      // `70 %` and `70%`: a narrow no-break space between a number and its percent sign.
      .replace(/(?<=\p{N})[ \u00a0\u202f]*%/gu, `${narrowNoBreakSpace}%`)
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

/** How resolved text is typeset: the language's conventions and the editor's typography. */
export interface Typesetting {
  /** The language's conventions: its quotation marks, spacing and note markers. */
  conventions: LanguageConventions
  /**
   * Whether straight quotes become the language's marks, apostrophes `’`, hyphens in
   * number ranges en dashes, and dates and `para. 12` keep together with no-break spaces.
   */
  typography: boolean
  /**
   * The patterns of the language's dates (from its month names), each with the
   * replacement that keeps a date together: made once per report, not per run of text.
   */
  datePatterns: readonly DatePattern[]
  /** The titles of the language before a name, and the space after them (`Ms. Roe`); null when it has none. */
  titlePattern: RegExp | null
  /** The spaces between a number and an abbreviation after it (`2018 г.`); null when the language has none. */
  abbreviationPattern: RegExp | null
}

/** The month names of a language as `Intl` writes them, after a day and alone. */
function monthNamesOf(tag: string): string[] {
  const names = new Set<string>()
  try {
    const withDay = new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', timeZone: 'UTC' })
    const alone = new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' })
    for (let month = 0; month < 12; month++) {
      const date = new Date(Date.UTC(2000, month, 15))
      for (const format of [withDay, alone])
        for (const part of format.formatToParts(date))
          if (part.type === 'month' && /^\p{L}+$/u.test(part.value)) names.add(part.value)
    }
  } catch {
    // A tag Intl does not know has no month names: its dates are left as written.
  }
  return [...names]
}

/**
 * The typesetting of a report in the language `tag` with `conventions`;
 * `typography: false` leaves quotes, apostrophes, hyphens and spaces as written.
 */
export function typesettingOf(
  conventions: LanguageConventions,
  tag: string,
  typography = true,
): Typesetting {
  return {
    conventions,
    typography,
    datePatterns: typography ? datePatternsOf(monthNamesOf(tag)) : [],
    titlePattern: typography ? titlePatternOf(conventions.titles) : null,
    abbreviationPattern: typography ? abbreviationPatternOf(conventions.abbreviations) : null,
  }
}

/** The pattern of the spaces between a number and one of the abbreviations after it (`2018 г.`). */
function abbreviationPatternOf(abbreviations: readonly string[]): RegExp | null {
  if (abbreviations.length === 0) return null
  const alternatives = [...abbreviations]
    .sort((left, right) => right.length - left.length)
    .map(escapeExpression)
  return new RegExp(`(?<=\\p{N})[ ]+(?=(?:${alternatives.join('|')})(?![\\p{L}\\p{N}]))`, 'gu')
}

/** The pattern of a title and the spaces after it, before a name (a capital or a letter without case). */
function titlePatternOf(titles: readonly string[]): RegExp | null {
  if (titles.length === 0) return null
  const alternatives = [...titles]
    .sort((left, right) => right.length - left.length)
    .map((title) =>
      title.endsWith('.') ? escapeExpression(title) : `${escapeExpression(title)}\\.?`,
    )
  return new RegExp(
    `(?<![\\p{L}\\p{N}.])(${alternatives.join('|')})[ ]+(?=[\\p{Lu}\\p{Lt}\\p{Lo}])`,
    'gu',
  )
}

/**
 * Digits grouped by threes with spaces (`12 500`, `1 000 000`) joined by narrow no-break
 * spaces; not a group of a phone number (`+33 1 45 67 89 00`, `22 917 9000`).
 */
function groupThousands(text: string): string {
  return text.replace(
    /(?<![\p{N}+.,]|\p{N}[ \u00a0\u202f])\p{N}{1,3}(?:[ \u00a0]\p{N}{3})+(?![\p{N}]|[ \u00a0]\p{N})/gu,
    (number) => number.replace(/[ \u00a0]/g, narrowNoBreakSpace),
  )
}

const escapeExpression = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The tokens (runs without spaces) that are addresses or identifiers, not prose: left as written. */
const addressToken = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|@|\//iu

/** The span of text without white space around `index`. */
function tokenAt(text: string, index: number): string {
  let start = index
  let end = index
  while (start > 0 && !/\s/u.test(text[start - 1]!)) start--
  while (end < text.length && !/\s/u.test(text[end]!)) end++
  return text.slice(start, end)
}

/**
 * Straight single quotes as `‘` and `’`: an apostrophe or a closing quote is `’`, an
 * opening quote (at the start, after a space or an opening bracket) is `‘`. Addresses
 * keep theirs.
 */
function apostrophes(text: string, afterInline: boolean): string {
  return text.replace(/'/g, (mark, index: number) => {
    if (addressToken.test(tokenAt(text, index))) return mark
    const before = index === 0 ? (afterInline ? 'x' : '') : text[index - 1]!
    const after = text[index + 1] ?? ''
    const opening = /^$|[\s([{“‘«\u2014\u2013-]/u.test(before) && /\S/u.test(after)
    return opening ? '‘' : '’'
  })
}

/**
 * A hyphen between two numbers that make a range as an en dash: `17-20 May`, `2022-2025`,
 * `pp. 5-7`, `2022-23`. Not in a chain of numbers (dates as `2021-12-27`, ISBNs, phone
 * numbers), not after a letter (`COVID-19`), and not in addresses or symbols with a
 * slash (`A/HRC/49-1`).
 */
function rangeDashes(text: string): string {
  return text.replace(
    /(?<![\p{L}\p{N}\-\u2010\u2011\u2013./:,+#=_])(\d{1,4})-(\d{1,4})(?![\p{L}\p{N}\-\u2010\u2011\u2013/_]|[.,:]\d| \d)/gu,
    (range, first: string, last: string, index: number) => {
      if (addressToken.test(tokenAt(text, index))) return range
      // A group of digits after another (`22 917-9000`) is a phone number.
      if (/\d[ \u00a0\u202f]$/u.test(text.slice(0, index))) return range
      const from = Number(first)
      let to = Number(last)
      // `2022-23`: the second year written short.
      if (first.length === 4 && last.length === 2) to = Math.floor(from / 100) * 100 + to
      if (to <= from || (first.length > 1 && first.startsWith('0'))) return range
      return `${first}\u2013${last}`
    },
  )
}

/**
 * A word joiner after the en dash of a range (`17–20`, `30 April–2 May`), so that no line
 * ends with the dash, as UAX #14 would let it: the joiner is invisible, and every format
 * (PDF, Word, browsers) keeps the characters on each side of it on one line.
 */
function joinRanges(text: string): string {
  return (
    text
      .replace(/(?<=[\p{N}\p{L}])\u2013(?=\p{N})/gu, (dash, index: number) =>
        addressToken.test(tokenAt(text, index)) ? dash : `${dash}${wordJoiner}`,
      )
      // `1990 – 2000`: the spaces around the dash of a range no-break spaces.
      .replace(
        /(?<=\p{N})[ \u00a0]+\u2013[ \u00a0]+(?=\p{N})/gu,
        `${noBreakSpace}\u2013${noBreakSpace}`,
      )
  )
}

/**
 * No-break spaces that keep a date (`27 December 2021`, `17–20 May 2022`, `May 17, 2022`,
 * `30 April – 2 May`), a short reference (`para. 12`, `paras. 5–7`, `p. 3`, `paragraph 4`,
 * `No. 189`, `n° 189`, `№ 5`), a title and the name after it (`Ms. Roe`, `H.E. Ms. Roe`,
 * `Mme Roe`) and, where the language groups digits with spaces, a number (`12 500`) on
 * one line.
 */
function keepTogether(text: string, typesetting: Typesetting): string {
  const { datePatterns, titlePattern, abbreviationPattern } = typesetting
  // Every pattern but the title's keeps a number with its neighbour: text without a number
  // is not searched for them (most text; the patterns are slow to search, and none adds a number).
  const numbered = anyNumber.test(text)
  let kept = numbered
    ? text.replace(
        /(?<![\p{L}\p{N}])(\p{L}{1,6}\.|paras?|paragraphs?|paragraphes?|párrafos?|n[°º]s?|№)[ ]+(?=\p{N})/giu,
        `$1${noBreakSpace}`,
      )
    : text
  if (numbered)
    for (const { pattern, replacement } of datePatterns) kept = kept.replace(pattern, replacement)
  if (titlePattern !== null) kept = kept.replace(titlePattern, `$1${noBreakSpace}`)
  if (numbered && abbreviationPattern !== null)
    kept = kept.replace(abbreviationPattern, noBreakSpace)
  if (numbered && typesetting.conventions.spacedThousands) kept = groupThousands(kept)
  return kept
}

/** A number anywhere in a text. */
const anyNumber = /\p{N}/u

/** A pattern of a date's spaces, and the replacement that makes them no-break spaces. */
interface DatePattern {
  pattern: RegExp
  replacement: string
}

/** The patterns that keep the dates of a language with these month names together. */
function datePatternsOf(months: readonly string[]): DatePattern[] {
  if (months.length === 0) return []
  const month = `(?:${months.map(escapeExpression).join('|')})`
  const day = '\\p{Nd}{1,2}(?:[\u2013-]\u2060?\\p{Nd}{1,2})?'
  const replacement = `$1${noBreakSpace}`
  const dayMonth = `${day}(?:er|\\.)?[ \u00a0]+${month}`
  const monthDay = `${month}[ \u00a0]+\\p{Nd}{1,2}`
  const ranges = [dayMonth, monthDay].flatMap((date) => [
    // `30 April–2 May`, `April 30-May 2`: an en dash with a word joiner after it.
    {
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}])(${date})[-\u2013]\u2060?(?=${date}(?![\\p{L}]))`,
        'giu',
      ),
      replacement: `$1\u2013${wordJoiner}`,
    },
    // `30 April – 2 May`: an en dash between no-break spaces.
    {
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}])(${date})[ \u00a0]+[-\u2013][ \u00a0]+(?=${date}(?![\\p{L}]))`,
        'giu',
      ),
      replacement: `$1${noBreakSpace}\u2013${noBreakSpace}`,
    },
  ])
  const dates = [
    // `27 December`, `17–20 May`, `1er mai`
    new RegExp(`(?<![\\p{L}\\p{N}])(${day}(?:er|\\.)?)[ ]+(?=${month}(?![\\p{L}]))`, 'giu'),
    // `December 2021`, `May 17`
    new RegExp(`(?<![\\p{L}])(${month})[ ]+(?=\\p{Nd}{1,4}(?![\\p{N}]))`, 'giu'),
    // `May 17, 2022`
    new RegExp(
      `(?<![\\p{L}])(${month}${noBreakSpace}${day},)[ ]+(?=\\p{Nd}{4}(?![\\p{N}]))`,
      'giu',
    ),
  ].map((pattern) => ({ pattern, replacement }))
  return [...ranges, ...dates]
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
  typesetting: Typesetting,
  quotes: QuoteState,
): ResolvedInline[] {
  const { conventions } = typesetting
  return inlines.map((inline, index) => {
    switch (inline.type) {
      case 'text': {
        let value = inline.value
        if (typesetting.typography) {
          value = languageQuotes(value, conventions, quotes)
          value = apostrophes(value, index > 0)
          value = keepTogether(joinRanges(rangeDashes(value)), typesetting)
        }
        if (conventions.punctuationSpaces) value = frenchSpaces(value, index > 0)
        return value === inline.value ? inline : { ...inline, value }
      }
      case 'emphasis':
      case 'strong':
        return { ...inline, children: typesetRun(inline.children, typesetting, quotes) }
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
    ? markersBeforePunctuation(inlines, conventions.abbreviations)
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

/**
 * Each run of note markers that follows punctuation goes before that punctuation, except
 * the full stop of an abbreviation, which the markers stay after (`1990 г.¹`).
 */
function markersBeforePunctuation(
  inlines: ResolvedInline[],
  abbreviations: readonly string[],
): ResolvedInline[] {
  const placed: ResolvedInline[] = []
  for (let index = 0; index < inlines.length; index++) {
    const inline = inlines[index]!
    const previous = placed[placed.length - 1]
    if (inline.type === 'footnoteReference' && previous?.type === 'text') {
      const text = previous.value.replace(/[\u00a0\u202f]+$/, '')
      let movable = movablePunctuation.exec(text)?.[1] ?? ''
      // An abbreviation keeps its full stop: `г.,¹` becomes `г.¹,`.
      if (
        movable.startsWith('.') &&
        endsWithAbbreviation(text.slice(0, text.length - movable.length + 1), abbreviations)
      )
        movable = movable.slice(1)
      if (movable !== '') {
        const mark = previous.value.slice(previous.value.lastIndexOf(movable))
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
 * quotation marks (`“…”`, `«…»`), apostrophes as `’`, en dashes in number ranges,
 * no-break spaces in dates and `para. 12`, French spaces before `;:!?` and inside « »,
 * and note markers before the punctuation (French, Spanish) or after it (English).
 * The words are otherwise as written.
 */
export function typesetText(inlines: ResolvedInline[], typesetting: Typesetting): ResolvedInline[] {
  return typesetRun(placeNoteMarkers(inlines, typesetting.conventions), typesetting, {
    open: false,
  })
}

/** A plain string (a heading, a question, an agenda's session) as the language writes it. */
export function typesetPlain(text: string, typesetting: Typesetting): string {
  const [node] = typesetRun([{ type: 'text', value: text }], typesetting, { open: false })
  return node?.type === 'text' ? node.value : text
}
