import { describe, expect, it } from 'vitest'
import { alignParagraphs, blockSimilarity, reportBlocks } from '../src/align-paragraphs.js'
import type { Block } from '../src/content-schema.js'
import { parseReport } from '../src/parse-report.js'
import type { Report } from '../src/report-schema.js'

const frontMatter = (language: string) => `---
title: A consultation
facilitator: The secretariat
date: 2023-06-14
modality: virtual
language: ${language}
people:
  - id: diallo
    honorific: Ms.
    name: Aminata Diallo
    familyName: Diallo
  - id: kone
    honorific: Mr.
    name: Ibrahim Koné
    familyName: Koné
---
`

/** A report of these sections, each a list of its blocks' Markdown. */
function reportOf(language: string, sections: string[][]): Report {
  const body = sections
    .map((blocks, index) => `# Section ${index + 1}\n\n${blocks.join('\n\n')}\n`)
    .join('\n')
  return parseReport(`${frontMatter(language)}\n${body}`)
}

const english = [
  [':person{#diallo} opened the meeting.', 'There were 36 participants.'],
  [':person{#kone} spoke.', '- one\n- two', 'He closed in 2023.'],
]

/** The number of each of the original's numbered paragraphs' counterpart. */
function paragraphCounterparts(original: Report, translation: Report) {
  const alignment = alignParagraphs(original, translation)
  return alignment.original.flatMap((block, index) => {
    if (block.number === undefined) return []
    const counterpart = alignment.counterparts[index]
    return [
      [
        block.number,
        counterpart === undefined ? undefined : alignment.translation[counterpart]!.number,
      ],
    ]
  })
}

describe('reportBlocks', () => {
  it('numbers the paragraphs over the sections and gives each block its paragraph', () => {
    const blocks = reportBlocks(reportOf('en', english))
    expect(blocks.map((block) => [block.path.join('.'), block.number, block.paragraph])).toEqual([
      ['sections.0.blocks.0', 1, 1],
      ['sections.0.blocks.1', 2, 2],
      ['sections.1.blocks.0', 3, 3],
      ['sections.1.blocks.1', undefined, 3],
      ['sections.1.blocks.2', 4, 4],
    ])
    expect(blocks.reduce((sum, block) => sum + block.share, 0)).toBeCloseTo(1)
  })
})

describe('blockSimilarity', () => {
  const blocks = reportBlocks(reportOf('en', english))
  const list: Block = { type: 'list', ordered: false, items: [[{ type: 'text', value: 'x' }]] }
  const [opening, attendance, speech, items, closing] = blocks

  it('is 0 for blocks of two kinds, or that share nothing they cite, name or count', () => {
    expect(blockSimilarity(speech!, items!)).toBe(0)
    expect(blockSimilarity(opening!, speech!)).toBe(0)
    expect(blockSimilarity(items!, { ...items!, block: list })).toBeGreaterThan(1)
  })

  it('is greatest for a block and itself', () => {
    expect(blockSimilarity(attendance!, attendance!)).toBe(7)
    expect(blockSimilarity(attendance!, closing!)).toBeLessThan(7)
  })
})

describe('alignParagraphs', () => {
  it('pairs each paragraph with its translation', () => {
    const french = [
      [':person{#diallo} a ouvert la réunion.', 'Il y avait 36 participants.'],
      [':person{#kone} a parlé.', '- un\n- deux', 'Il a conclu en 2023.'],
    ]
    expect(paragraphCounterparts(reportOf('en', english), reportOf('fr', french))).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
    ])
  })

  it('leaves out a paragraph the translation lacks and pairs those after it', () => {
    const french = [
      [':person{#diallo} a ouvert la réunion.'],
      [':person{#kone} a parlé.', '- un\n- deux', 'Il a conclu en 2023.'],
    ]
    expect(paragraphCounterparts(reportOf('en', english), reportOf('fr', french))).toEqual([
      [1, 1],
      [2, undefined],
      [3, 2],
      [4, 3],
    ])
  })

  it('pairs two swapped paragraphs, and says that one of them is out of its place', () => {
    const french = [
      ['Il y avait 36 participants.', ':person{#diallo} a ouvert la réunion.'],
      [':person{#kone} a parlé.', '- un\n- deux', 'Il a conclu en 2023.'],
    ]
    const alignment = alignParagraphs(reportOf('en', english), reportOf('fr', french))
    expect(alignment.counterparts.slice(0, 2)).toEqual([1, 0])
    expect([...alignment.moved]).toEqual([0])
  })

  it('does not pair paragraphs out of place that share nothing', () => {
    const french = [
      ['Il y avait beaucoup de monde.', ':person{#diallo} a ouvert la réunion.'],
      [':person{#kone} a parlé.', '- un\n- deux', 'Il a conclu en 2023.'],
    ]
    expect(paragraphCounterparts(reportOf('en', english), reportOf('fr', french))).toEqual([
      [1, 2],
      [2, undefined],
      [3, 3],
      [4, 4],
    ])
  })
})
