// The one place that reaches into micromark-extension-gfm-strikethrough's internals.
//
// Its resolver (2.1.0), like micromark's for emphasis, splices the paragraph's whole
// list of events for every pair of `~` sequences it matches and walks back over
// every event for every closing one: 20,000 struck words in a paragraph take
// seconds. The resolver here gives the same events in time that grows with the
// paragraph (times its nesting): a group made is kept as one entry, and the
// sequences that could open are kept apart, by length. A closing sequence still
// takes the nearest opening one of its length, as the extension's does.
// `micromark-strikethrough.test.ts` compares the two over generated paragraphs.
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { resolveAll } from 'micromark-util-resolve-all'
import type { Construct, Event, Extension, Resolver, Token } from 'micromark-util-types'

/** A `~` sequence as the extension's tokenizer marks it. */
type Sequence = Token & { _open?: boolean; _close?: boolean }

type Entry = Event | Event[]

const temporary = 'strikethroughSequenceTemporary'

function length(token: Token): number {
  return token.end.offset - token.start.offset
}

function flatten(entries: readonly Entry[], from: number, into: Event[]): Event[] {
  for (let index = from; index < entries.length; index++) {
    const entry = entries[index]!
    if (Array.isArray(entry[0])) for (const event of entry as Event[]) into.push(event)
    else into.push(entry as Event)
  }
  return into
}

/** Whether each sequence is an enter event followed by its exit, as the tokenizer writes it. */
function inOrder(events: readonly Event[]): boolean {
  for (let index = 0; index < events.length; index++) {
    if (events[index]![1].type !== temporary) continue
    const exit = events[index + 1]
    if (events[index]![0] !== 'enter' || exit?.[0] !== 'exit' || exit[1] !== events[index]![1])
      return false
    index++
  }
  return true
}

/**
 * Resolves `~` sequences to strikethrough as the extension's `resolveAllStrikethrough`
 * does, in linear time; `stock` is the extension's own, used for events out of order.
 */
export function linearStrikethroughResolver(stock: Resolver): Resolver {
  return (events, context) => {
    if (!inOrder(events)) return stock(events, context)
    const list: Entry[] = []
    // Sequences that may open, by length, nearest last, with their exit event's index.
    const openers = new Map<number, Array<{ token: Sequence; at: number }>>()
    for (let index = 0; index < events.length; index++) {
      const event = events[index]!
      const token = event[1] as Sequence
      if (token.type !== temporary) {
        list.push(event)
        continue
      }
      const exit = events[index + 1]!
      index++
      const size = length(token)
      const candidates = token._close ? openers.get(size) : undefined
      const opener = candidates?.at(-1)
      if (opener === undefined) {
        list.push(event, exit)
        if (token._open) {
          let found = openers.get(size)
          if (found === undefined) {
            found = []
            openers.set(size, found)
          }
          found.push({ token, at: list.length - 1 })
        }
        continue
      }
      const opening = opener.token
      token.type = 'strikethroughSequence'
      opening.type = 'strikethroughSequence'
      const strikethrough: Token = {
        type: 'strikethrough',
        start: Object.assign({}, opening.start),
        end: Object.assign({}, token.end),
      }
      const text: Token = {
        type: 'strikethroughText',
        start: Object.assign({}, opening.end),
        end: Object.assign({}, token.start),
      }
      const made: Event[] = [
        ['enter', strikethrough, context],
        ['enter', opening, context],
        ['exit', opening, context],
        ['enter', text, context],
      ]
      const insideSpan = context.parser.constructs.insideSpan.null
      const between = flatten(list, opener.at + 1, [])
      for (const inside of insideSpan ? resolveAll(insideSpan, between, context) : [])
        made.push(inside)
      made.push(
        ['exit', text, context],
        ['enter', token, context],
        ['exit', token, context],
        ['exit', strikethrough, context],
      )
      // The opening's events and everything after them give way to the group.
      for (const found of openers.values())
        while (found.length > 0 && found.at(-1)!.at >= opener.at) found.pop()
      list.length = opener.at - 1
      list.push(made)
    }
    const resolved = flatten(list, 0, [])
    for (const event of resolved) if (event[1].type === temporary) event[1].type = 'data'
    events.length = resolved.length
    for (let index = 0; index < resolved.length; index++) events[index] = resolved[index]!
    return events
  }
}

/**
 * The strikethrough syntax extension, its resolver replaced by the linear one
 * (`linear` false: the extension as it is).
 */
export function strikethroughSyntax(linear = true): Extension {
  const extension = gfmStrikethrough()
  const construct = extension.text?.[126] as Construct
  if (linear && construct.resolveAll)
    construct.resolveAll = linearStrikethroughResolver(construct.resolveAll)
  return extension
}
