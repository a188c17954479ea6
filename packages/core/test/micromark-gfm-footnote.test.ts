import fc from 'fast-check'
import type { Root } from 'mdast'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { parse as micromarkParse } from 'micromark'
import type {
  Code,
  Construct,
  Effects,
  Event,
  Extension,
  State,
  TokenizeContext,
  Tokenizer,
} from 'micromark-util-types'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { type Processor, unified } from 'unified'
import { describe, expect, it } from 'vitest'
import {
  footnoteSyntax,
  linearPotentialFootnoteCall,
  potentialFootnoteCall,
} from '../src/adapters/micromark-gfm-footnote.js'
import { gfmSyntax } from '../src/gfm-syntax.js'
import { countingArray, hostileParagraph, installedVersion } from './micromark-equivalence.js'

/** A parser of paragraphs with footnotes given by `footnotes`, links and directives. */
function parserWith(footnotes: Extension) {
  const processor = unified()
    .use(remarkParse)
    .use(function (this: Processor) {
      const data = this.data()
      data.micromarkExtensions = [footnotes]
      data.fromMarkdownExtensions = [gfmFromMarkdown()]
    })
    .use(remarkDirective)
  return (text: string) => processor.runSync(processor.parse(text)) as Root
}

/** Paragraphs of brackets, footnote calls written as images, words and spaces. */
const paragraph = fc
  .array(
    fc.constantFrom(
      '[',
      ']',
      '![',
      '!',
      '^',
      '^1',
      '1',
      'a',
      'word',
      ' ',
      '\n',
      '\\',
      '(b)',
      '[b]',
      '[^1]',
      '*',
      '`',
      'é',
      'ß',
    ),
    { maxLength: 40 },
  )
  .map((parts) => `${parts.join('')}\n\n[^1]: A note.\n\n[^a]: Another.\n\n[b]: https://x.org\n`)

/**
 * Whether a tokenizer, at this `]`, makes a footnote call: run with effects that
 * record nothing, so that the parse goes on as if it had not run.
 */
function decides(tokenizer: Tokenizer, context: TokenizeContext, code: Code): 'ok' | 'nok' {
  const quiet = { enter() {}, exit() {}, consume() {} } as unknown as Effects
  let answer: 'ok' | 'nok' | undefined
  const ok: State = () => {
    answer = 'ok'
    return undefined
  }
  const nok: State = () => {
    answer = 'nok'
    return undefined
  }
  tokenizer.call(context, quiet, ok, nok)(code)
  if (answer === undefined) throw new Error('the tokenizer gave no answer')
  return answer
}

/**
 * A footnote extension whose call at `]` asks the extension's tokenizer and the
 * linear one, expects the same answer, and goes on with the linear one's.
 */
function comparingFootnotes(): { extension: Extension; calls: () => number } {
  const extension = footnoteSyntax(false)
  const construct = potentialFootnoteCall(extension)
  const stock = construct.tokenize
  let calls = 0
  construct.tokenize = function (this: TokenizeContext, effects, ok, nok) {
    const linear = linearPotentialFootnoteCall.call(this, effects, ok, nok)
    return (code: Code) => {
      calls++
      const expected = decides(stock, this, code)
      const found = decides(linearPotentialFootnoteCall, this, code)
      expect(found).toBe(expected)
      return linear(code)
    }
  }
  return { extension, calls: () => calls }
}

describe('footnote calls at "]", found in linear time', () => {
  it('replace the tokenizer micromark-extension-gfm-footnote 2.1.0 has, and parsing uses them', () => {
    // Another version may find footnote calls otherwise: compare the two again (this
    // file) and read its syntax.js before moving this version on.
    expect(
      installedVersion('micromark-extension-gfm-footnote'),
      'the extension the adapter was proven with',
    ).toBe('2.1.0')
    expect(installedVersion('micromark-core-commonmark')).toBe('2.0.4')
    const stock = potentialFootnoteCall(footnoteSyntax(false))
    expect(stock.name).toBe('gfmPotentialFootnoteCall')
    expect(stock.tokenize.name).toBe('tokenizePotentialGfmFootnoteCall')
    expect(stock.resolveTo?.name).toBe('resolveToPotentialGfmFootnoteCall')
    const linear = potentialFootnoteCall(footnoteSyntax())
    expect(linear.tokenize).toBe(linearPotentialFootnoteCall)
    expect(linear.resolveTo).toBe(stock.resolveTo)
    const processor = unified().use(remarkParse).use(gfmSyntax).freeze()
    const used = (processor.data('micromarkExtensions') ?? []).map(
      (extension) => extension.text?.[93] as Construct | undefined,
    )
    expect(used.some((construct) => construct?.tokenize === linearPotentialFootnoteCall)).toBe(true)
  })

  it('rely on links, images and footnote calls being the only text that rewrites events before its own', () => {
    // The walk's shortcut holds while every construct that reaches back before its own
    // events (`resolveTo`) ends what it rewrites with a link, an image or a footnote call.
    const processor = unified()
      .use(remarkParse)
      .use(remarkFrontmatter, ['yaml'])
      .use(gfmSyntax)
      .use(remarkDirective)
      .freeze()
    const { text } = micromarkParse({
      extensions: processor.data('micromarkExtensions') ?? [],
    }).constructs
    const rewriting = new Set<string>()
    for (const entry of Object.values(text ?? {})) {
      for (const construct of [entry].flat() as Construct[])
        if (construct.resolveTo) rewriting.add(construct.name ?? '(no name)')
    }
    expect([...rewriting].sort()).toEqual(['gfmPotentialFootnoteCall', 'labelEnd'])
  })

  it('never read an identifier shorter than its characters that are not whitespace', () => {
    // The count that stops reading past the longest definition relies on this.
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue
      const text = String.fromCodePoint(codePoint)
      const folded = text.toLowerCase().toUpperCase()
      if (folded.length < text.length) expect.fail(`U+${codePoint.toString(16)} folds shorter`)
    }
    expect('Σσς'.toLowerCase().toUpperCase()).toBe('ΣΣΣ')
  })

  it('give the answer the extension gives, at every "]", over generated and hostile paragraphs', () => {
    const { extension, calls } = comparingFootnotes()
    const parse = parserWith(extension)
    fc.assert(
      fc.property(fc.oneof(paragraph, hostileParagraph), (text) => {
        parse(text)
      }),
      { numRuns: 500, seed: 16 },
    )
    expect(calls()).toBeGreaterThan(2000)
  })

  it('give the tree the extension gives, over generated and hostile paragraphs', () => {
    const stock = parserWith(footnoteSyntax(false))
    const linear = parserWith(footnoteSyntax())
    let called = 0
    fc.assert(
      fc.property(fc.oneof(paragraph, hostileParagraph), (text) => {
        const expected = stock(text)
        expect(linear(text)).toEqual(expected)
        if (JSON.stringify(expected).includes('"type":"footnoteReference"')) called++
      }),
      { numRuns: 800, seed: 63 },
    )
    // Many of them do call a footnote.
    expect(called).toBeGreaterThan(150)
  })

  it('give the tree the extension gives for long runs of "]" and of calls written as images', () => {
    const stock = parserWith(footnoteSyntax(false))
    const linear = parserWith(footnoteSyntax())
    const notes = '\n\n[^1]: A note.\n'
    for (const text of [
      'a] '.repeat(2000),
      `![${'a]'.repeat(2000)}${notes}`,
      `![^1${' '.repeat(3000)}]${notes}`,
      `![^1\n\n]${notes}`,
      `![^1] `.repeat(1000) + notes,
      `[a ![^1] b](c) ${'a]'.repeat(500)}${notes}`,
      `![^${'1'.repeat(998)}]\n\n[^${'1'.repeat(998)}]: A note.\n`,
    ]) {
      expect(linear(text)).toEqual(stock(text))
    }
  })

  it('look at each event a bounded number of times, where the extension looks at all before each "]"', () => {
    /** The events the tokenizer reads for a paragraph of `count` times `unit`. */
    const steps = (tokenizer: Tokenizer, unit: string, count: number) => {
      const extension = footnoteSyntax(false)
      const construct = potentialFootnoteCall(extension)
      const counted = new WeakMap<Event[], ReturnType<typeof countingArray<Event>>>()
      const contexts = new WeakMap<TokenizeContext, TokenizeContext>()
      let total = 0
      construct.tokenize = function (this: TokenizeContext, effects, ok, nok) {
        let events = counted.get(this.events)
        if (!events) {
          events = countingArray(this.events)
          counted.set(this.events, events)
        }
        let context = contexts.get(this)
        if (!context) {
          context = Object.create(this) as TokenizeContext
          contexts.set(this, context)
        }
        context.events = events.array
        const before = events.steps()
        const started = tokenizer.call(context, effects, ok, nok)
        total += events.steps() - before
        return started
      }
      parserWith(extension)(`${unit.repeat(count)}\n\n[^1]: A note.\n`)
      return total
    }
    const stock = potentialFootnoteCall(footnoteSyntax(false)).tokenize
    for (const unit of ['a]', '[a] ', '![^1] ']) {
      const small = steps(linearPotentialFootnoteCall, unit, 500)
      const large = steps(linearPotentialFootnoteCall, unit, 2000)
      expect(large, `${unit} × 2,000 against × 500`).toBeLessThan(small * 4.5)
    }
    // The extension's own walk grows with the square of the paragraph.
    expect(steps(stock, 'a]', 2000)).toBeGreaterThan(steps(stock, 'a]', 500) * 12)
  })
})
