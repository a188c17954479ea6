import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import fc from 'fast-check'
import type {
  Event,
  InitialConstruct,
  Resolver,
  Token,
  TokenizeContext,
  TokenTypeMap,
} from 'micromark-util-types'
import { describe, expect, it } from 'vitest'
import {
  copyEvents,
  countingArray,
  installedFolder,
  installedVersion,
  plainEvents,
} from './micromark-equivalence.js'

type TokenType = keyof TokenTypeMap

// micromark merges the adjacent `data` events of a paragraph's text in the text
// initializer's `resolveAll`. Version 4.0.3 splices each run out of the paragraph's
// list in turn, which takes time that grows with the square of the paragraph (50,000
// `[a]` take seconds); patches/micromark@4.0.3.patch merges them in one pass. This
// file compares the patched resolver with micromark's own, copied here as 4.0.3 has it.

/** micromark 4.0.3's `resolveAllText`, before the patch. */
const stockResolveAllText: Resolver = (events) => {
  let index = -1
  let enter: number | undefined
  while (++index <= events.length) {
    if (enter === undefined) {
      if (events[index] && events[index]![1].type === 'data') {
        enter = index
        index++
      }
    } else if (!events[index] || events[index]![1].type !== 'data') {
      if (index !== enter + 2) {
        events[enter]![1].end = events[index - 1]![1].end
        events.splice(enter + 2, index - enter - 2)
        index = enter + 2
      }
      enter = undefined
    }
  }
  return events
}

const folder = installedFolder('micromark')

/**
 * The patched merging resolver, in micromark's build for production and for
 * development: the string initializer's, which the text initializer's runs before
 * it splits off line suffixes.
 */
async function mergingResolvers(): Promise<{ build: string; merge: Resolver }[]> {
  return Promise.all(
    ['lib', 'dev/lib'].map(async (build) => {
      const module = (await import(
        pathToFileURL(join(folder, build, 'initialize', 'text.js')).href
      )) as { text: InitialConstruct; string: InitialConstruct }
      return { build, merge: module.string.resolveAll! }
    }),
  )
}

/** Events as micromark's text has them: pairs of enter and exit, some nested, some not. */
const eventLists = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constant<TokenType>('data') },
      fc.constantFrom<TokenType | 'nested'>(
        'emphasisSequence',
        'lineEnding',
        'labelLink',
        'codeText',
        'nested',
      ),
    ),
    { maxLength: 40 },
  )
  .map((types) => {
    const context = {} as TokenizeContext
    const events: Event[] = []
    let offset = 0
    const point = () => ({ line: 1, column: offset + 1, offset, _index: 0, _bufferIndex: offset })
    const pair = (type: TokenType) => {
      const token: Token = { type, start: point(), end: point() }
      events.push(['enter', token, context])
      offset += 1 + (type.length % 3)
      token.end = point()
      events.push(['exit', token, context])
    }
    for (const type of types) {
      if (type !== 'nested') {
        pair(type)
        continue
      }
      const outer: Token = { type: 'emphasis', start: point(), end: point() }
      events.push(['enter', outer, context])
      pair('data')
      pair('data')
      outer.end = point()
      events.push(['exit', outer, context])
    }
    return events
  })

describe('adjacent text, merged in one pass', () => {
  it('is what micromark 4.0.3, as patched, does', async () => {
    // Another version may merge text otherwise: compare the two again (this file)
    // and make the patch anew before moving this version on.
    expect(installedVersion('micromark'), 'the micromark the patch was made for').toBe('4.0.3')
    for (const build of ['lib', 'dev/lib']) {
      const source = readFileSync(join(folder, build, 'initialize', 'text.js'), 'utf8')
      expect(source, build).toContain('in one pass: the same events as splicing each run')
      expect(source, build).not.toContain('events.splice(enter + 2')
    }
  })

  it('gives the events micromark gives, in both builds, over generated lists', async () => {
    for (const { build, merge: patched } of await mergingResolvers()) {
      fc.assert(
        fc.property(eventLists, (events) => {
          const expected = plainEvents(
            stockResolveAllText(copyEvents(events), {} as TokenizeContext),
          )
          const found = patched(events, {} as TokenizeContext)
          expect(plainEvents(found), build).toEqual(expected)
        }),
        { numRuns: 2000, seed: 44 },
      )
    }
  })

  it('reads and moves each event a bounded number of times, where micromark moved all for each run', async () => {
    const patched = (await mergingResolvers())[0]!.merge
    /** The steps a resolver takes over the events of `count` times "[a] " (data, then "] "). */
    const steps = (resolver: Resolver, count: number) => {
      const context = {} as TokenizeContext
      const events: Event[] = []
      let offset = 0
      const pair = (type: TokenType, length: number) => {
        const start = { line: 1, column: offset + 1, offset, _index: 0, _bufferIndex: offset }
        offset += length
        const end = { line: 1, column: offset + 1, offset, _index: 0, _bufferIndex: offset }
        const token: Token = { type, start, end }
        events.push(['enter', token, context], ['exit', token, context])
      }
      for (let index = 0; index < count; index++) {
        pair('labelLink', 1)
        pair('data', 1)
        pair('data', 2)
      }
      const counted = countingArray(events)
      resolver(counted.array, context)
      expect(events).toHaveLength(count * 4)
      return counted.steps()
    }
    expect(steps(patched, 800)).toBeLessThan(steps(patched, 200) * 4.5)
    expect(steps(stockResolveAllText, 800)).toBeGreaterThan(steps(stockResolveAllText, 200) * 12)
  })
})
