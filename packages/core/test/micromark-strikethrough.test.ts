import fc from 'fast-check'
import type { Root } from 'mdast'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import type { Construct, Extension } from 'micromark-util-types'
import remarkParse from 'remark-parse'
import { type Processor, unified } from 'unified'
import { describe, expect, it } from 'vitest'
import {
  linearStrikethroughResolver,
  strikethroughSyntax,
} from '../src/adapters/micromark-strikethrough.js'
import { comparingResolver, hostileParagraph, installedVersion } from './micromark-equivalence.js'

/** A processor with footnotes and the strikethrough extension given. */
function processorWith(strikethrough: Extension) {
  const processor = unified()
    .use(remarkParse)
    .use(function (this: Processor) {
      const data = this.data()
      data.micromarkExtensions = [gfmFootnote(), strikethrough]
      data.fromMarkdownExtensions = [gfmFromMarkdown()]
    })
  return (text: string) => processor.runSync(processor.parse(text)) as Root
}

const paragraph = fc
  .array(
    fc.constantFrom(
      '~',
      '~~',
      '~~~',
      '~a',
      'a~',
      '~~a',
      'a~~',
      '~~word~~',
      '*',
      '**',
      '_',
      'a',
      'word',
      ' ',
      ' ',
      '\n',
      '.',
      '(',
      '[',
      ']',
      '`',
      '\\',
      'é',
    ),
    { maxLength: 40 },
  )
  .map((parts) => `${parts.join('')}\n`)

describe('the linear resolver of strikethrough', () => {
  it('replaces the resolver micromark-extension-gfm-strikethrough 2.1.0 has', () => {
    // Another version may resolve strikethrough otherwise: compare the two resolvers
    // again (this file) and read its syntax.js before moving this version on.
    expect(
      installedVersion('micromark-extension-gfm-strikethrough'),
      'the extension the adapter was proven with',
    ).toBe('2.1.0')
    const stock = strikethroughSyntax(false).text?.[126] as Construct
    expect(stock.resolveAll?.name).toBe('resolveAllStrikethrough')
    const extension = strikethroughSyntax()
    const linear = extension.text?.[126] as Construct
    expect(linear.resolveAll).not.toBe(stock.resolveAll)
    // The construct that resolves inside emphasis and links is the same one.
    expect(extension.insideSpan?.null).toEqual([linear])
  })

  it('gives the events the extension gives, at every call, over generated and hostile paragraphs', () => {
    const extension = strikethroughSyntax(false)
    const construct = extension.text?.[126] as Construct
    const stock = construct.resolveAll!
    const { resolver, calls } = comparingResolver(stock, linearStrikethroughResolver(stock))
    construct.resolveAll = resolver
    const parse = processorWith(extension)
    fc.assert(
      fc.property(fc.oneof(paragraph, hostileParagraph), (text) => {
        parse(text)
      }),
      { numRuns: 1500, seed: 26 },
    )
    expect(calls()).toBeGreaterThan(800)
  })

  it('gives the tree the extension gives', () => {
    const stock = processorWith(strikethroughSyntax(false))
    const linear = processorWith(strikethroughSyntax())
    let struck = 0
    fc.assert(
      fc.property(fc.oneof(paragraph, hostileParagraph), (text) => {
        const expected = stock(text)
        expect(linear(text)).toEqual(expected)
        if (JSON.stringify(expected).includes('"type":"delete"')) struck++
      }),
      { numRuns: 1000, seed: 62 },
    )
    expect(struck).toBeGreaterThan(100)
    const wide = '~~struck~~ ~a~ '.repeat(1000)
    expect(linear(wide)).toEqual(stock(wide))
  })
})
