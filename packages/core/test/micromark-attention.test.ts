import fc from 'fast-check'
import type { Root } from 'mdast'
import { attention } from 'micromark-core-commonmark'
import remarkDirective from 'remark-directive'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { afterEach, describe, expect, it } from 'vitest'
import {
  linearResolveAllAttention,
  stockResolveAllAttention,
  useLinearAttention,
} from '../src/adapters/micromark-attention.js'
import { gfmSyntax } from '../src/gfm-syntax.js'
import { parseMarkdown } from '../src/parse-markdown.js'
import { comparingResolver, hostileParagraph, installedVersion } from './micromark-equivalence.js'

const processor = unified().use(remarkParse).use(gfmSyntax).use(remarkDirective)
const parse = (text: string) => processor.runSync(processor.parse(text)) as Root

/** Paragraphs of `*`, `_`, `~` runs, words, spaces, punctuation, links and line breaks. */
const paragraph = fc
  .array(
    fc.constantFrom(
      '*',
      '**',
      '***',
      '****',
      '_',
      '__',
      '___',
      '~',
      '~~',
      'a',
      'word',
      ' ',
      '  ',
      '\n',
      '.',
      ',',
      '"',
      '(',
      ')',
      '[',
      ']',
      '](x)',
      '[^1]',
      '`',
      '\\',
      '!',
      'é',
      '-',
      '\t',
    ),
    { maxLength: 48 },
  )
  .map((parts) => `${parts.join('')}\n\n[^1]: A note with *emphasis*.\n`)

describe('the linear resolver of emphasis and strong text', () => {
  afterEach(() => useLinearAttention())

  it('replaces the resolver micromark 2.0.4 has, and parsing uses it', () => {
    // Another version may resolve emphasis otherwise: compare the two resolvers again
    // (this file) and read its attention.js before moving this version on.
    expect(
      installedVersion('micromark-core-commonmark'),
      'the micromark-core-commonmark the adapter was proven with',
    ).toBe('2.0.4')
    expect(stockResolveAllAttention?.name).toBe('resolveAllAttention')
    useLinearAttention(false)
    parseMarkdown('**a**')
    expect(attention.resolveAll).toBe(linearResolveAllAttention)
  })

  it('gives the events micromark gives, at every call, over generated and hostile paragraphs', () => {
    const { resolver, calls } = comparingResolver(
      stockResolveAllAttention!,
      linearResolveAllAttention,
    )
    attention.resolveAll = resolver
    fc.assert(
      fc.property(fc.oneof(paragraph, hostileParagraph), (text) => {
        parse(text)
      }),
      { numRuns: 1200, seed: 16 },
    )
    expect(calls()).toBeGreaterThan(1200)
  })

  it('gives the tree micromark gives, over generated paragraphs and nested runs', () => {
    const nested = fc
      .array(
        fc.tuple(fc.constantFrom('*', '**', '_', '__', '***'), fc.constantFrom('a', ' a', 'a ')),
        {
          maxLength: 12,
        },
      )
      .map((runs) => {
        const opening = runs.map(([marker, word]) => `${marker}${word}`).join('')
        const closing = [...runs]
          .reverse()
          .map(([marker, word]) => `${word}${marker}`)
          .join('')
        return `${opening}x${closing}\n`
      })
    let emphasised = 0
    fc.assert(
      fc.property(fc.oneof(paragraph, nested, hostileParagraph), (text) => {
        useLinearAttention(false)
        const expected = parse(text)
        useLinearAttention(true)
        expect(parse(text)).toEqual(expected)
        if (/"type":"(strong|emphasis)"/.test(JSON.stringify(expected))) emphasised++
      }),
      { numRuns: 1000, seed: 61 },
    )
    // The generated paragraphs do make emphasis and strong text, most of them.
    expect(emphasised).toBeGreaterThan(500)
  })

  it('gives micromark\'s tree for a paragraph of 2,000 bold words and of 2,000 "a*"', () => {
    for (const text of ['**bold** '.repeat(2000), 'a* '.repeat(2000), '*a _b* c_ '.repeat(500)]) {
      useLinearAttention(false)
      const expected = parse(text)
      useLinearAttention(true)
      expect(parse(text)).toEqual(expected)
    }
  })
})
