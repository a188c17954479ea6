// What the tests of the micromark adapters share: the version of a package the
// adapter was proven with, events as plain data, a resolver that runs the library's
// and the adapter's at every call and compares them, counts of the steps one makes,
// and generated paragraphs, ordinary and hostile.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import fc from 'fast-check'
import type { Event, Resolver, Token } from 'micromark-util-types'
import { expect } from 'vitest'

/** The folder a package is installed in for core. */
export function installedFolder(name: string): string {
  const require = createRequire(import.meta.url)
  let folder = dirname(require.resolve(name))
  while (!existsSync(join(folder, 'package.json'))) folder = dirname(folder)
  return folder
}

/** The version of a package as installed for core. */
export function installedVersion(name: string): string {
  const manifest = readFileSync(join(installedFolder(name), 'package.json'), 'utf8')
  return (JSON.parse(manifest) as { version: string }).version
}

/** An event as plain data: its kind, its token's type and both points in full. */
export function plainEvents(events: readonly Event[]): unknown[] {
  return events.map(([kind, token]) => [kind, token.type, { ...token.start }, { ...token.end }])
}

/** A copy of the events with their own tokens and points, so that a resolver can change them. */
export function copyEvents(events: readonly Event[]): Event[] {
  const copies = new Map<Token, Token>()
  return events.map(([kind, token, context]) => {
    let copy = copies.get(token)
    if (!copy) {
      copy = { ...token, start: { ...token.start }, end: { ...token.end } }
      copies.set(token, copy)
    }
    return [kind, copy, context]
  })
}

/**
 * A resolver that, at every call, resolves a copy of the events with `stock` and the
 * events with `linear`, expects the same events from both, and goes on with
 * `linear`'s. Calls made while one of them runs (for the text inside a group) go to
 * that one.
 */
export function comparingResolver(
  stock: Resolver,
  linear: Resolver,
): { resolver: Resolver; calls: () => number } {
  let calls = 0
  let inside: Resolver | undefined
  const resolver: Resolver = (events, context) => {
    if (inside) return inside(events, context)
    calls++
    inside = stock
    const expected = plainEvents(stock(copyEvents(events), context))
    inside = linear
    const found = linear(events, context)
    inside = undefined
    expect(plainEvents(found)).toEqual(expected)
    return found
  }
  return { resolver, calls: () => calls }
}

/**
 * An array that counts the reads and writes of its items (a splice counts every
 * item it moves): the steps an algorithm takes over it.
 */
export function countingArray<Item>(items: Item[]): { array: Item[]; steps: () => number } {
  let steps = 0
  const isIndex = (key: string | symbol) => typeof key === 'string' && /^\d+$/.test(key)
  const array = new Proxy(items, {
    get(target, key, receiver) {
      if (isIndex(key)) steps++
      return Reflect.get(target, key, receiver)
    },
    set(target, key, value, receiver) {
      if (isIndex(key)) steps++
      return Reflect.set(target, key, value, receiver)
    },
    deleteProperty(target, key) {
      if (isIndex(key)) steps++
      return Reflect.deleteProperty(target, key)
    },
  })
  return { array, steps: () => steps }
}

/** Markdown nested `depth` deep, or a run of `count` of the same bracket pattern. */
const hostilePiece = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('strong', 'emphasis', 'brackets', 'image', 'struck', 'links'),
      fc.integer({ min: 1, max: 40 }),
    )
    .map(([kind, depth]) => {
      if (kind === 'strong') return `${'**'.repeat(depth)}x${'**'.repeat(depth)}`
      if (kind === 'emphasis') return `${'*'.repeat(depth)}x${'*'.repeat(depth)}`
      if (kind === 'brackets') return `${'['.repeat(depth)}x${']'.repeat(depth)}`
      if (kind === 'image') return `${'!['.repeat(depth)}^1${']'.repeat(depth)}`
      if (kind === 'struck') return `${'~~'.repeat(depth)}x${'~~'.repeat(depth)}`
      return `${'[a'.repeat(depth)}${'](b)'.repeat(depth)}`
    }),
  fc
    .tuple(
      fc.constantFrom(
        'a]',
        '] ',
        '[a]',
        '[a] ',
        '![',
        '![a]',
        '![^1]',
        '![^1] ',
        '![^ 1]',
        '![^missing]',
        '[^1]',
        '[^1][^1]',
        '\\]',
        '[a](b)',
        '[a][b]',
        '[^1](x)',
        'a* ',
        '**a** ',
        '~~a~~ ',
        '`a]`',
        '\n',
      ),
      fc.integer({ min: 1, max: 60 }),
    )
    .map(([unit, count]) => unit.repeat(count)),
  fc.constantFrom(
    '<script>alert("title")</script>',
    '" onmouseover="alert(1)" data-x="',
    '</style><script>alert(3)</script>',
    'control\u0001\u0007\u001b characters',
    'right-to-left \u202Eoverride\u202C text',
    ']]><!-- -->&amp;&lt;',
    '&#0; \u0000 \ud800',
    `https://example.org/${'x'.repeat(400)}`,
  ),
)

/**
 * Paragraphs made of hostile pieces: nesting, long runs of brackets and footnote
 * calls, markup and control characters; with footnote `1` and link `b` defined.
 */
export const hostileParagraph = fc
  .array(hostilePiece, { minLength: 1, maxLength: 5 })
  .map((pieces) => `${pieces.join(' ')}\n\n[^1]: A note.\n\n[b]: https://example.org\n`)
