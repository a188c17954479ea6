import { loadReport, resolveReport } from '@rapporteur/core'
import { examplePath } from '@rapporteur/fixtures'
import { describe, expect, it } from 'vitest'
import { renderPdf } from '../src/index.js'
import { type PdfPage, readPdf } from './read-pdf.js'

/** The line numbers of a page: artifacts set wholly in the left margin, top to bottom. */
function lineNumbersOf(page: PdfPage) {
  return page.items
    .filter((item) => item.artifact && item.x + item.width < 72 && /^\d+$/.test(item.text))
    .sort((a, b) => b.y - a.y)
}

/** The baselines of the page's lines of content, notes (set smaller) left out. */
function bodyBaselines(page: PdfPage): number[] {
  const baselines: number[] = []
  for (const item of page.items) {
    if (item.artifact || item.x < 72 || item.size < 9.5 || item.text.trim() === '') continue
    if (!baselines.some((y) => Math.abs(y - item.y) < 0.5)) baselines.push(item.y)
  }
  return baselines.sort((a, b) => b - a)
}

describe('line numbers in the draft PDF, as in the draft DOCX', () => {
  it('numbers every line of body text from 1 on each page, level with its line', async () => {
    const report = resolveReport(await loadReport(examplePath), { variant: 'draft' })
    const reading = await readPdf(await renderPdf(report))
    for (const page of reading.pages) {
      const numbers = lineNumbersOf(page)
      const baselines = bodyBaselines(page)
      expect(numbers.map((item) => Number(item.text))).toEqual(numbers.map((_, index) => index + 1))
      // Every numbered line has text, and the page's body lines of running text are all numbered
      // (the agenda's rows are not, as in Word).
      for (const number of numbers)
        expect(baselines.some((y) => Math.abs(y - number.y) < 0.5)).toBe(true)
      expect(numbers.length).toBeGreaterThan(0)
    }
    // Page 2 is running text only: each of its body lines has a number.
    const second = reading.pages[1]!
    expect(lineNumbersOf(second).length).toBe(bodyBaselines(second).length)
  })

  it('leaves the final PDF unnumbered', async () => {
    const report = resolveReport(await loadReport(examplePath), { variant: 'final' })
    const reading = await readPdf(await renderPdf(report))
    for (const page of reading.pages) expect(lineNumbersOf(page)).toEqual([])
  })
})
