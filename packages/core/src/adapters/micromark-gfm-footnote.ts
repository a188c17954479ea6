// The one place that reaches into micromark-extension-gfm-footnote's internals.
//
// At every `]`, the extension (2.1.0) looks for a footnote call written as an image
// (`![^1]`): it walks back over the paragraph's events to the nearest label start,
// link, image or footnote call, and, when that is a balanced `![`, reads and
// normalises everything from it to the `]`. A paragraph of 50,000 `a]` (no label
// start to stop the walk), or one `![` followed by 50,000 `a]`, takes a minute.
// The tokenizer here finds the same label start and makes the same call, in time
// that grows with the paragraph:
//
// - The walk goes back only to where the previous walk of the same paragraph began,
//   and takes that walk's answer from there, while the event where that walk began
//   is still there at the same place. micromark changes a paragraph's events only by
//   adding events at the end (each a new event), by cutting them back when an
//   attempt fails, and by rewriting them from a label start on when a link, image
//   or footnote call is made (the only resolvers in text that reach back before their
//   own events, as `micromark-gfm-footnote.test.ts` checks), whose last event, which
//   the walk stops at, lies past that place. A cut and new events, or a rewrite that
//   ends before it, leave another event there, and the walk is made in full.
// - An identifier longer than every footnote definition's cannot name one. Before it
//   reads the text from the `![`, the tokenizer counts, a piece at a time, how many of
//   its characters are not Markdown whitespace; normalising (collapsing whitespace,
//   then lower- and upper-casing) never makes text shorter than that count (the test
//   checks every code point), so past the longest definition's length the call is no
//   call, as the extension would find.
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { normalizeIdentifier } from 'micromark-util-normalize-identifier'
import type {
  Code,
  Construct,
  Event,
  Extension,
  Point,
  Token,
  TokenizeContext,
  Tokenizer,
} from 'micromark-util-types'

const rightSquareBracket = 93
const caret = 94

/** A label start as micromark's label end marks it. */
type LabelStart = Token & { _balanced?: boolean }

/** The event types the extension's walk stops at, besides the label start it looks for. */
const stops = new Set(['gfmFootnoteCall', 'labelLink', 'label', 'image', 'link'])

/** Where a walk over a paragraph's events began, and what it found. */
interface Walk {
  events: Event[]
  /** How many events there were. */
  length: number
  /** The last of them. */
  last: Event | undefined
  /** The nearest event of a label start, link, image or footnote call, and its index. */
  found: Event | undefined
  foundIndex: number
}

const walks = new WeakMap<TokenizeContext, Walk>()

/** The nearest event, from the end, of a label start (`[`, `![`), link, image or footnote call. */
function nearestLabelEvent(context: TokenizeContext): Event | undefined {
  const events = context.events
  const previous = walks.get(context)
  const reusable =
    previous !== undefined &&
    previous.events === events &&
    events.length >= previous.length &&
    events[previous.length - 1] === previous.last &&
    (previous.found === undefined || events[previous.foundIndex] === previous.found)
  const floor = reusable ? previous.length : 0
  let found = reusable ? previous.found : undefined
  let foundIndex = reusable ? previous.foundIndex : -1
  for (let index = events.length - 1; index >= floor; index--) {
    const type = events[index]![1].type
    if (type === 'labelImage' || stops.has(type)) {
      found = events[index]
      foundIndex = index
      break
    }
  }
  walks.set(context, { events, length: events.length, last: events.at(-1), found, foundIndex })
  return found
}

/** Whether a character code is Markdown whitespace as `normalizeIdentifier` collapses it. */
function isCollapsed(unit: number): boolean {
  return unit === 9 || unit === 10 || unit === 13 || unit === 32
}

/** How far the characters after a label start have been counted, and how many are not whitespace. */
interface Count {
  point: Point
  marks: number
}

const counts = new WeakMap<Token, Count>()

/** How many characters from `labelStart` to `end` are not Markdown whitespace. */
function countMarks(context: TokenizeContext, labelStart: Token, end: Point): number {
  let count = counts.get(labelStart)
  if (count === undefined || count.point.offset > end.offset)
    count = { point: labelStart.end, marks: 0 }
  const text = context.sliceSerialize({ start: count.point, end })
  let marks = count.marks
  for (let index = 0; index < text.length; index++)
    if (!isCollapsed(text.charCodeAt(index))) marks++
  counts.set(labelStart, { point: end, marks })
  return marks
}

/** The length of the longest identifier in a list that only grows. */
const longest = new WeakMap<string[], { length: number; longest: number }>()

function longestIdentifier(defined: string[]): number {
  let known = longest.get(defined)
  if (known === undefined || known.length > defined.length) known = { length: 0, longest: 0 }
  let length = known.longest
  for (let index = known.length; index < defined.length; index++)
    length = Math.max(length, defined[index]!.length)
  longest.set(defined, { length: defined.length, longest: length })
  return length
}

/**
 * Tokenizes a footnote call written as an image (`![^1]`) at its `]`, as the
 * extension's `tokenizePotentialGfmFootnoteCall` does, in time that grows with the
 * paragraph.
 */
export const linearPotentialFootnoteCall: Tokenizer = function (effects, ok, nok) {
  const self = this as TokenizeContext & { parser: { gfmFootnotes?: string[] } }
  self.parser.gfmFootnotes ??= []
  const defined = self.parser.gfmFootnotes
  const nearest = nearestLabelEvent(self)
  const labelStart: LabelStart | undefined =
    nearest?.[1].type === 'labelImage' ? nearest[1] : undefined
  return start

  function start(code: Code) {
    if (!labelStart?._balanced) return nok(code)
    // Without definitions, or with more characters than the longest has, no call.
    if (defined.length === 0) return nok(code)
    const end = self.now()
    if (countMarks(self, labelStart, end) > longestIdentifier(defined) + 1) return nok(code)
    const id = normalizeIdentifier(self.sliceSerialize({ start: labelStart.end, end }))
    if (id.codePointAt(0) !== caret || !defined.includes(id.slice(1))) return nok(code)
    effects.enter('gfmFootnoteCallLabelMarker')
    effects.consume(code)
    effects.exit('gfmFootnoteCallLabelMarker')
    return ok(code)
  }
}

/** The extension's construct for a footnote call at `]` (written as an image). */
export function potentialFootnoteCall(extension: Extension): Construct {
  return extension.text?.[rightSquareBracket] as Construct
}

/**
 * The GFM footnote syntax extension, its footnote calls at `]` found in linear time
 * (`linear` false: the extension as it is).
 */
export function footnoteSyntax(linear = true): Extension {
  const extension = gfmFootnote()
  if (linear) potentialFootnoteCall(extension).tokenize = linearPotentialFootnoteCall
  return extension
}
