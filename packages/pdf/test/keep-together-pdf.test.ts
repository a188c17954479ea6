import { resolveReport, validateReport } from '@rapporteur/core'
import { describe, expect, it } from 'vitest'
import { renderPdf } from '../src/index.js'
import { readPdf } from './read-pdf.js'

const filler = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    type: 'paragraph' as const,
    content: [{ type: 'text' as const, value: `Filler paragraph ${index + 1}.` }],
  }))

/** A report whose paragraph introducing a list comes after `fillers` one-line paragraphs. */
function reportWith(fillers: number) {
  return resolveReport(
    validateReport({
      title: 'Keeping a lead-in with its list',
      facilitator: 'Secretariat',
      date: '2024-01-01',
      modality: 'virtual',
      sections: [
        {
          type: 'section',
          title: 'Discussion',
          blocks: [
            ...filler(fillers),
            {
              type: 'paragraph',
              content: [{ type: 'text', value: 'The participants recommended as follows:' }],
            },
            {
              type: 'list',
              ordered: false,
              items: ['Leadwise, the first item.', 'The second item.', 'The third item.'].map(
                (value) => [{ type: 'text' as const, value }],
              ),
            },
          ],
        },
      ],
    }),
    { variant: 'final' },
  )
}

describe('a paragraph that introduces a list', () => {
  it('is never the last line of a page: it goes over with the list’s first item', async () => {
    const splits: number[] = []
    let pageBreaksSeen = 0
    // Each filler moves the lead-in down one line, so one of these puts it at the foot of page 1.
    for (let fillers = 44; fillers <= 62; fillers++) {
      const reading = await readPdf(await renderPdf(reportWith(fillers)))
      const pageOf = (text: string) => reading.pages.findIndex((page) => page.text.includes(text))
      const leadIn = pageOf('recommended as follows:')
      const item = pageOf('Leadwise, the first item.')
      if (leadIn > 0) pageBreaksSeen++
      if (leadIn !== item) splits.push(fillers)
    }
    expect(splits).toEqual([])
    // The lead-in reached page 2 within the range, so the foot of page 1 was tried.
    expect(pageBreaksSeen).toBeGreaterThan(0)
  }, 60_000)
})

/** A report whose second section, with a subheading, comes after `fillers` one-line paragraphs. */
function headingsAfter(fillers: number) {
  return resolveReport(
    validateReport({
      title: 'Keeping headings with their text',
      facilitator: 'Secretariat',
      date: '2024-01-01',
      modality: 'virtual',
      sections: [
        { type: 'section', title: 'Discussion', blocks: filler(fillers) },
        {
          type: 'section',
          title: 'Conclusions of the meeting',
          blocks: [
            { type: 'subheading', text: 'On regular pathways' },
            {
              type: 'paragraph',
              content: [{ type: 'text', value: 'Headwise, the text under the headings.' }],
            },
          ],
        },
      ],
    }),
    { variant: 'final' },
  )
}

describe('headings', () => {
  it('are never the last line of a page: they go over with their text', async () => {
    const splits: number[] = []
    let pageBreaksSeen = 0
    for (let fillers = 44; fillers <= 62; fillers++) {
      const reading = await readPdf(await renderPdf(headingsAfter(fillers)))
      const pageOf = (text: string) => reading.pages.findIndex((page) => page.text.includes(text))
      const pages = [
        pageOf('Conclusions of the meeting'),
        pageOf('On regular pathways'),
        pageOf('Headwise, the text'),
      ]
      if (pages[0]! > 0) pageBreaksSeen++
      if (new Set(pages).size !== 1) splits.push(fillers)
    }
    expect(splits).toEqual([])
    expect(pageBreaksSeen).toBeGreaterThan(0)
  }, 60_000)
})
