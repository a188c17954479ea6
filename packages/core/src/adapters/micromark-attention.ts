// The one place that reaches into micromark's internals for emphasis and strong text.
//
// micromark (micromark-core-commonmark 2.0.4) turns `*` and `_` sequences into
// emphasis and strong text in `attention.resolveAll`, which, for every pair it
// matches, splices the paragraph's whole list of events and, for every closing
// sequence, walks back over every event before it: a paragraph of 20,000 bold
// words takes seconds, 20,000 `a*` minutes. The resolver here gives the same
// events in time that grows with the paragraph (times its nesting, which the
// nesting limits bound): it builds the list once, keeps a group already made as
// one entry, and keeps the sequences that could open apart, by marker. Which
// sequence opens for which, how many markers each pair takes and what is left are
// decided exactly as micromark decides them. `micromark-attention.test.ts` compares
// the two over generated paragraphs, and fails when micromark's resolver changes.
import { attention } from 'micromark-core-commonmark'
import { resolveAll } from 'micromark-util-resolve-all'
import type { Event, Point, Resolver, Token } from 'micromark-util-types'

/** micromark's own resolver, as it was before `useLinearAttention` replaced it. */
export const stockResolveAllAttention: Resolver | undefined = attention.resolveAll

/** A sequence of `*` or `_` as micromark's tokenizer marks it. */
type Sequence = Token & { _open?: boolean; _close?: boolean }

/** An entry of the list being built: an event, or the events of a group made. */
type Entry = Event | Event[]

/** A sequence that may open, with where its exit event is in the list. */
interface Opener {
  token: Sequence
  marker: number
  /** Index in the list of the sequence's exit event (its enter event is just before). */
  at: number
}

function isGroup(entry: Entry): entry is Event[] {
  return Array.isArray(entry[0])
}

function length(token: Token): number {
  return token.end.offset - token.start.offset
}

function movePoint(point: Point, offset: number): void {
  point.column += offset
  point.offset += offset
  point._bufferIndex += offset
}

function flatten(entries: readonly Entry[], from: number, into: Event[]): Event[] {
  for (let index = from; index < entries.length; index++) {
    const entry = entries[index]!
    if (isGroup(entry)) for (const event of entry) into.push(event)
    else into.push(entry)
  }
  return into
}

/** Whether each sequence is an enter event followed by its exit, as micromark's tokenizer writes it. */
function inOrder(events: readonly Event[]): boolean {
  for (let index = 0; index < events.length; index++) {
    if (events[index]![1].type !== 'attentionSequence') continue
    const exit = events[index + 1]
    if (events[index]![0] !== 'enter' || exit?.[0] !== 'exit' || exit[1] !== events[index]![1])
      return false
    index++
  }
  return true
}

/**
 * Resolves `*` and `_` sequences to emphasis and strong text, as micromark's
 * `resolveAllAttention` does, in linear time.
 */
export const linearResolveAllAttention: Resolver = (events, context) => {
  if (!inOrder(events)) return stockResolveAllAttention!(events, context)
  const list: Entry[] = []
  // Sequences that may open, by marker, nearest last.
  const openers = new Map<number, Opener[]>()
  const markerOf = (token: Token) => context.sliceSerialize(token).charCodeAt(0)
  const addOpener = (token: Sequence, at: number) => {
    const marker = markerOf(token)
    let found = openers.get(marker)
    if (found === undefined) {
      found = []
      openers.set(marker, found)
    }
    found.push({ token, marker, at })
  }
  // Drops the openers whose exit event is at or past `at` in the list.
  const dropFrom = (at: number) => {
    for (const found of openers.values())
      while (found.length > 0 && found.at(-1)!.at >= at) found.pop()
  }

  /** Matches a closing sequence as often as it can; returns its events, if any are left. */
  const close = (enter: Event, exit: Event): [Event, Event] | undefined => {
    let closing = enter[1] as Sequence
    let pair: [Event, Event] = [enter, exit]
    for (;;) {
      const marker = markerOf(closing)
      const candidates = openers.get(marker) ?? []
      let chosen = -1
      for (let index = candidates.length - 1; index >= 0; index--) {
        const opening = candidates[index]!.token
        // If the opening can close or the closing can open, and the closing's size is
        // not a multiple of three but the sum of both sizes is, they do not match.
        if (
          (opening._close || closing._open) &&
          length(closing) % 3 &&
          !((length(opening) + length(closing)) % 3)
        )
          continue
        chosen = index
        break
      }
      if (chosen === -1) return pair
      const { token: opening, at } = candidates[chosen]!
      const use = length(opening) > 1 && length(closing) > 1 ? 2 : 1
      const start = { ...opening.end }
      const end = { ...closing.start }
      movePoint(start, -use)
      movePoint(end, use)
      const openingSequence: Token = {
        type: use > 1 ? 'strongSequence' : 'emphasisSequence',
        start,
        end: { ...opening.end },
      }
      const closingSequence: Token = {
        type: use > 1 ? 'strongSequence' : 'emphasisSequence',
        start: { ...closing.start },
        end,
      }
      const text: Token = {
        type: use > 1 ? 'strongText' : 'emphasisText',
        start: { ...opening.end },
        end: { ...closing.start },
      }
      const group: Token = {
        type: use > 1 ? 'strong' : 'emphasis',
        start: { ...openingSequence.start },
        end: { ...closingSequence.end },
      }
      opening.end = { ...openingSequence.start }
      closing.start = { ...closingSequence.end }
      const between = resolveAll(
        context.parser.constructs.insideSpan.null ?? [],
        flatten(list, at + 1, []),
        context,
      )
      // The opening's enter and exit events, and everything after them, give way to
      // what is left of the opening and the group.
      dropFrom(at - 1)
      list.length = at - 1
      if (length(opening)) {
        list.push(['enter', opening, context], ['exit', opening, context])
        addOpener(opening, list.length - 1)
      }
      const made: Event[] = [
        ['enter', group, context],
        ['enter', openingSequence, context],
        ['exit', openingSequence, context],
        ['enter', text, context],
      ]
      for (const event of between) made.push(event)
      made.push(
        ['exit', text, context],
        ['enter', closingSequence, context],
        ['exit', closingSequence, context],
        ['exit', group, context],
      )
      list.push(made)
      if (!length(closing)) return undefined
      pair = [
        ['enter', closing, context],
        ['exit', closing, context],
      ]
      closing = pair[0][1] as Sequence
    }
  }

  for (let index = 0; index < events.length; index++) {
    const event = events[index]!
    const token = event[1] as Sequence
    if (token.type !== 'attentionSequence') {
      list.push(event)
      continue
    }
    const exit = events[index + 1]!
    index++
    const left: [Event, Event] | undefined = token._close ? close(event, exit) : [event, exit]
    if (left) {
      list.push(left[0], left[1])
      if (token._open) addOpener(token, list.length - 1)
    }
  }

  const resolved = flatten(list, 0, [])
  // Sequences left over are plain text.
  for (const event of resolved) if (event[1].type === 'attentionSequence') event[1].type = 'data'
  events.length = resolved.length
  for (let index = 0; index < resolved.length; index++) events[index] = resolved[index]!
  return events
}

/**
 * Makes micromark, wherever it is used in this process, resolve emphasis and strong
 * text with `linearResolveAllAttention` (`enabled` false gives it back its own).
 */
export function useLinearAttention(enabled = true): void {
  attention.resolveAll = enabled ? linearResolveAllAttention : stockResolveAllAttention
}
