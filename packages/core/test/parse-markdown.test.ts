import fc from 'fast-check'
import type { Root } from 'mdast'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { scaledReportSource } from '../../fixtures/src/index.js'
import { gfmSyntax } from '../src/gfm-syntax.js'
import { cutPieces, parseMarkdown } from '../src/parse-markdown.js'

/** The source parsed at once by the same plugins: the tree piecewise parsing must give. */
const reference = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(gfmSyntax)
  .use(remarkDirective)
const parseAtOnce = (text: string) => reference.runSync(reference.parse(text)) as Root

describe('parsing a long source in pieces', () => {
  it('gives the tree of one parse for the example ten times over, notes defined pieces later', () => {
    const source = scaledReportSource(10)
    expect(cutPieces(source, 32 * 1024)?.length).toBeGreaterThan(5)
    const tree = parseMarkdown(source)
    expect(tree).toEqual(parseAtOnce(source))
    const calls: string[] = []
    const visit = (node: { type: string; children?: unknown[]; identifier?: string }) => {
      if (node.type === 'footnoteReference') calls.push(node.identifier!)
      for (const child of node.children ?? []) visit(child as typeof node)
    }
    visit(tree)
    expect(calls.length).toBeGreaterThan(200)
  })

  const block = fc.oneof(
    fc.constantFrom(
      '# A section',
      '# Another section\n\nWith a paragraph[^a] and a [reference][r].',
      'A paragraph that cites a note[^a] and another[^b].',
      'A [reference link][r] and a [shortcut] reference.',
      '[^a]: The first note.',
      '[^b]: The second note,\n    on two lines.',
      '[r]: https://example.org/r',
      '[shortcut]: https://example.org/s "A title"',
      '- an item[^b]\n- another item\n\n  # not a heading of the list',
      '> A quotation[^a]\n# A heading after a quotation',
      '```\n# not a heading\n[^c]: not a definition\n:::\n```',
      '~~~~ text\n# still code\n~~~\n~~~~',
      ':::recommendations{speaker=someone}\n# A heading inside a container\n1. A recommendation[^a]\n:::',
      '::::outer\n:::inner\n# deep\n:::\n# still in outer\n::::',
      'Text with a `# code` span and a URL https://example.org.',
      '| a | b |\n| - | - |\n| 1 | 2[^b] |',
      '- [x] **Done:** a task',
      '    # indented code',
      '[^c]: A note defined but never cited.',
      'Setext heading\n===',
      '- a loose item\n\n- another item\n\n  its second paragraph\n\nAfter the list.',
      '1. first\n\n2) second\n\n10. third',
      '[^d]: A note\n\n    with a second paragraph[^a].\n\nAfter the note.',
      '* * *\n\n***\n\n+ plus item',
      '> quoted\n\n> quoted again\nlazy line',
      '    code\n\n    more code\n\nnot code',
      'A paragraph\n\n===\n\n---',
      ':::unnumbered\nInside.\n\nStill inside.\n:::',
      '-\n\n1.\n\n*',
    ),
    fc.string({ maxLength: 40 }).map((text) => text.replace(/[<\r]/g, ' ')),
  )

  it('gives the tree of one parse for any mix of blocks, whatever the cuts', () => {
    fc.assert(
      fc.property(
        fc.array(block, { minLength: 1, maxLength: 30 }),
        fc.constantFrom(
          '',
          '---\ntitle: A report\n# a YAML comment\n---\n',
          '--- \t\ntitle: A report\n---  \n',
          '---\r\ntitle: A report\r\nlist:\r\n  - one\r\n---\r\n',
          '---\n---\n',
          '---\n\n---\n',
          '---\ntitle: x\n----\nstill: yaml\n---\n',
          '----\ntitle: not front matter\n---\n',
          '---\ntitle: never closed\n',
          '---\ntitle: A report\n---\n---\n',
          '\uFEFF---\ntitle: after a byte order mark\n---\n',
        ),
        (blocks, frontMatter) => {
          const source = `${frontMatter}${blocks.join('\n\n')}\n`
          expect(parseMarkdown(source, { threshold: 0, length: 1 })).toEqual(parseAtOnce(source))
          expect(parseMarkdown(source)).toEqual(parseAtOnce(source))
        },
      ),
      { numRuns: 300, seed: 20261127 },
    )
  })

  it('parses short sources and sources with HTML at once', () => {
    expect(cutPieces('# One\n\ntext\n\n# Two\n\n<div>\n\n# Three\n', 1)).toBeUndefined()
    expect(cutPieces('# One\n\ntext\n\n# Two\n', 1)?.map((piece) => piece.line)).toEqual([1, 3, 5])
    // A body's thematic breaks are not front matter.
    expect(cutPieces('---\n# Two\n---\n# Three\n', 1)?.map((piece) => piece.line)).toEqual([
      1, 2, 4,
    ])
  })

  it('takes the front matter apart as remark-frontmatter does, up to a source without body', () => {
    for (const source of [
      '---\ntitle: x\n---',
      '---\ntitle: x\n---\n',
      '---\ntitle: x\n--- \n',
      '---\r\ntitle: x\r\n---\r\n# A\r\n',
      '---\n---\n# A\n',
    ])
      expect(parseMarkdown(source)).toEqual(parseAtOnce(source))
  })
})
