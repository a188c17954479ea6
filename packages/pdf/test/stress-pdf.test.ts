import {
  type ResolvedReport,
  resolveReport,
  toResolvedReport,
  validateReport,
} from '@rapporteur/core'
import { sharedTool, stressReport } from '@rapporteur/fixtures'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderPdf } from '../src/index.js'
import { type PdfReading, readPdf, run, temporaryFile } from './read-pdf.js'

const margins = { top: 72, bottom: 68, left: 72, right: 72 }
let resolved: ResolvedReport
let reading: PdfReading
let path: string

beforeAll(async () => {
  resolved = toResolvedReport(stressReport())
  const bytes = await renderPdf(resolved)
  reading = await readPdf(bytes)
  path = temporaryFile(bytes)
}, 60_000)

describe('a large, awkward report as a PDF', () => {
  it('starts every note on the page of its marker, and continues long ones on the next page only', async () => {
    expect(resolved.footnotes).toHaveLength(150)
    let continued = 0
    for (const note of resolved.footnotes) {
      const markerPage = reading.pages.findIndex((page) =>
        page.links.some((link) => link.destination === note.id),
      )
      expect(await reading.destinationPage(note.id), `note ${note.number}`).toBe(markerPage)
      const opening = note.content[0]?.type === 'text' ? note.content[0].value.slice(0, 30) : ''
      expect(
        reading.pages[markerPage]!.noteText.replace(/\s+/g, ' '),
        `note ${note.number}`,
      ).toContain(opening)
    }
    // Notes on a page that holds no marker of theirs are continuations from the page before.
    reading.pages.forEach((page, index) => {
      const labels = page.items.filter(
        (item) =>
          !item.artifact &&
          item.text.trim() !== '' &&
          Math.abs(item.x - margins.left) < 1 &&
          Math.abs(item.size - 8) < 0.1,
      )
      const firstNoteLine = page.items.find(
        (item) => !item.artifact && item.text.trim() !== '' && Math.abs(item.size - 8) < 0.1,
      )
      if (firstNoteLine && Math.abs(firstNoteLine.x - margins.left) >= 1) {
        continued++
        expect(index, 'a continuation follows a page with notes').toBeGreaterThan(0)
      }
      for (const label of labels) {
        const number = Number(/^\d+/.exec(label.text)?.[0])
        const note = resolved.footnotes[number - 1]!
        expect(
          page.links.some((link) => link.destination === note.id),
          `note ${number} on page ${index + 1}`,
        ).toBe(true)
      }
    })
    expect(continued).toBeGreaterThan(0)
  })

  it('keeps all text inside the margins', () => {
    for (const [index, page] of reading.pages.entries()) {
      for (const item of page.items) {
        if (item.artifact || item.text.trim() === '') continue
        const where = `"${item.text.slice(0, 40)}" on page ${index + 1}`
        expect(item.x, where).toBeGreaterThanOrEqual(margins.left - 0.5)
        expect(item.x + item.width, where).toBeLessThanOrEqual(page.width - margins.right + 0.5)
        expect(item.y, where).toBeGreaterThanOrEqual(margins.bottom - 0.5)
        expect(item.y + item.size, where).toBeLessThanOrEqual(page.height - margins.top + 0.5)
      }
    }
  })

  it('numbers the 300 paragraphs in order', () => {
    const numbers = reading.pages.flatMap((page) =>
      page.items
        .filter(
          (item) =>
            !item.artifact && Math.abs(item.x - margins.left) < 1 && Math.abs(item.size - 10) < 0.1,
        )
        .map((item) => /^(\d+)\.(\s|$)/.exec(item.text)?.[1])
        .filter((number): number is string => number !== undefined)
        .map(Number),
    )
    expect(numbers).toEqual(Array.from({ length: 300 }, (_, index) => index + 1))
  })

  it('repeats the table header on each page the table spans and never splits a row', () => {
    const tablePages = reading.pages.filter(
      (page) =>
        page.items.some((item) => /^Stress section 5$/.test(item.text.trim())) ||
        page.bodyText.includes('Row Item Comment'),
    )
    const rows = reading.pages.flatMap((page) =>
      page.items
        .filter(
          (item) =>
            !item.artifact && /^\d+$/.test(item.text.trim()) && Math.abs(item.x - 109.5) < 1,
        )
        .map((item) => Number(item.text)),
    )
    expect(rows).toEqual(Array.from({ length: 60 }, (_, index) => index + 1))
    const spanned = reading.pages.filter((page) =>
      page.items.some(
        (item) => !item.artifact && /^\d+$/.test(item.text.trim()) && Math.abs(item.x - 109.5) < 1,
      ),
    )
    expect(spanned.length).toBeGreaterThan(1)
    for (const page of spanned.slice(1))
      expect(page.items.some((item) => item.artifact && item.text === 'Comment')).toBe(true)
    expect(tablePages.length).toBeGreaterThan(0)
  })

  it('passes qpdf --check and makes the long addresses links', () => {
    expect(run('qpdf', ['--check', path]).status).toBe(0)
    const urls = reading.pages.flatMap((page) =>
      page.links.flatMap((link) => (link.url ? [link.url] : [])),
    )
    expect(urls.some((url) => url.includes('very-long-path-segment-without-any-break-'))).toBe(true)
  })
})

describe('a word of a megabyte', () => {
  it('is broken by force at the margin: every line in the column, every character kept', async () => {
    const report = validateReport({
      title: 'A long word',
      facilitator: 'Secretariat',
      date: '2024-01-01',
      modality: 'virtual',
      sections: [
        {
          type: 'section',
          title: 'Discussion',
          blocks: [
            {
              type: 'paragraph',
              content: [{ type: 'text', value: `Before ${'x'.repeat(1_000_000)} after the word.` }],
            },
          ],
        },
      ],
    })
    // The final variant: the draft's line numbers stand in the margin, outside the text column.
    const final = resolveReport(report, { variant: 'final' })
    const path = temporaryFile(await renderPdf(final), 'long-word.pdf')
    const text = run('pdftotext', [path, '-']).output
    expect(text.match(/x/g)?.length).toBe(1_000_000)
    expect(text).toContain('after the word.')
    const furniture = JSON.parse(run('python3', [sharedTool('pdf-furniture.py'), path]).output) as {
      outside: number
    }
    expect(furniture.outside).toBe(0)
  })
})
