import { describe, expect, it } from 'vitest'
import { examplePath } from '../../fixtures/src/index.js'
import { loadReport, type ResolvedBlock, resolveReport, validateReport } from '../src/index.js'

const paragraph = (text: string) => ({
  type: 'paragraph' as const,
  content: [{ type: 'text' as const, value: text }],
})

function leadIns(blocks: readonly ResolvedBlock[]): Array<[string, boolean]> {
  return blocks.flatMap((block) =>
    block.type === 'paragraph'
      ? [[(block.content[0] as { value: string }).value, block.leadsIn] as [string, boolean]]
      : [],
  )
}

describe('paragraphs that introduce a list', () => {
  it('are the ones that end with a colon, before a list, note markers aside', () => {
    const report = validateReport({
      title: 'Lead-ins',
      facilitator: 'Secretariat',
      date: '2024-01-01',
      modality: 'virtual',
      footnotes: [{ identifier: 'n', content: [{ type: 'text', value: 'A note.' }] }],
      sections: [
        {
          type: 'section',
          title: 'Discussion',
          blocks: [
            paragraph('The objectives were as follows:'),
            { type: 'list', ordered: false, items: [[{ type: 'text', value: 'first' }]] },
            {
              type: 'paragraph',
              content: [
                { type: 'text', value: 'The participants agreed on these points: ' },
                { type: 'footnoteReference', identifier: 'n' },
              ],
            },
            { type: 'list', ordered: true, items: [[{ type: 'text', value: 'one' }]] },
            paragraph('A colon before a paragraph:'),
            paragraph('A paragraph before a list.'),
            { type: 'list', ordered: false, items: [[{ type: 'text', value: 'item' }]] },
            paragraph('A colon at the end of the section:'),
          ],
        },
      ],
    })
    const [section] = resolveReport(report, { variant: 'final' }).sections
    expect(leadIns(section!.blocks)).toEqual([
      ['The objectives were as follows:', true],
      ['The participants agreed on these points: ', true],
      ['A colon before a paragraph:', false],
      ['A paragraph before a list.', false],
      ['A colon at the end of the section:', false],
    ])
  })

  it('include paragraph 7 of the example, before the list of objectives', async () => {
    const resolved = resolveReport(await loadReport(examplePath), { variant: 'final' })
    const paragraphs = resolved.sections
      .flatMap((section) => section.blocks)
      .filter((block) => block.type === 'paragraph')
    const seventh = paragraphs.find((block) => block.number === 7)!
    expect(seventh.leadsIn).toBe(true)
    expect(paragraphs.find((block) => block.number === 8)!.leadsIn).toBe(false)
  })
})
