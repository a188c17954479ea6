import { loadReport, parseReport, resolveReport } from '@rapporteur/core'
import { arabicExamplePath, examplePath, frenchExamplePath } from '@rapporteur/fixtures'
import { describe, expect, it } from 'vitest'
import { renderPdf } from '../src/index.js'
import { pageGeometry } from '../src/layout/page-geometry.js'
import { type PageFoot, pageFeet } from './page-feet.js'
import { readPdf, temporaryFile } from './read-pdf.js'

const a4 = pageGeometry('A4')
const frameFoot = a4.height - a4.marginBottom
/**
 * The most white space allowed above the notes' rule (or the frame's foot): one body line
 * (13.6 points), plus the rule's own 5 points of space above it and the text's descent.
 */
const allowedGap = 13.6 + 8

/** Pages whose foot is a hole: any page but the document's last and the last before an annex. */
function holes(feet: readonly PageFoot[]): string[] {
  return feet
    .filter((foot) => !foot.last && !foot.beforeAnnex && foot.gap > allowedGap)
    .map(
      (foot) =>
        `page ${foot.page}: ${foot.gap.toFixed(1)} pt above the ${foot.rule === null ? 'foot' : 'notes'}`,
    )
}

describe('the foot of a page', () => {
  for (const [name, path] of [
    ['English', examplePath],
    ['French', frenchExamplePath],
    ['Arabic', arabicExamplePath],
  ] as const) {
    for (const variant of ['final', 'draft'] as const) {
      it(`leaves no hole above the notes in the ${name} example's ${variant} PDF`, async () => {
        const report = resolveReport(await loadReport(path), { variant })
        const feet = pageFeet(temporaryFile(await renderPdf(report)), frameFoot)
        expect(holes(feet)).toEqual([])
        // The measure found the notes' rule, and the annex's opening page.
        expect(feet.some((foot) => foot.rule !== null)).toBe(true)
        expect(feet.filter((foot) => foot.beforeAnnex)).toHaveLength(1)
      })
    }
  }

  const longNote = Array.from(
    { length: 14 },
    (_, index) => `Sentence ${index + 1} of a long note that cites its sources at length.`,
  ).join(' ')

  /** A report whose note of about ten lines is referenced after `fillers` paragraphs of two lines. */
  function reportWith(fillers: number) {
    const filler = Array.from(
      { length: fillers },
      (_, index) =>
        `Filler paragraph ${index + 1}, long enough to take two lines of the page so that the reference to the note moves down the page as paragraphs are added.`,
    ).join('\n\n')
    return resolveReport(
      parseReport(
        `---
title: A long note near the foot of a page
facilitator: Secretariat
date: 2024-01-01
modality: virtual
---

# Discussion

${filler}

The participants cited a long study.[^long] The discussion went on after it, and the paragraph ends here.

Closing paragraph: the meeting ended.

[^long]: Start of the long note. ${longNote} End of the long note.
`,
        { filename: 'long-note.md' },
      ),
      { variant: 'final' },
    )
  }

  it('continues a long note on the next page rather than drag its paragraph over', async () => {
    let continued = 0
    for (let fillers = 14; fillers <= 19; fillers++) {
      const bytes = await renderPdf(reportWith(fillers))
      const reading = await readPdf(bytes)
      const pageOf = (text: string, part: 'bodyText' | 'noteText') =>
        reading.pages.findIndex((page) => page[part].includes(text))
      const reference = pageOf('cited a long study', 'bodyText')
      const start = pageOf('Start of the long note', 'noteText')
      const end = pageOf('End of the long note', 'noteText')
      // The note starts at the foot of its reference's page, whole or in part.
      expect(start, `fillers ${fillers}`).toBe(reference)
      if (end === start + 1) continued++
      else expect(end, `fillers ${fillers}`).toBe(start)
      expect(holes(pageFeet(temporaryFile(bytes), frameFoot)), `fillers ${fillers}`).toEqual([])
    }
    // Some of these put the reference low enough on page 1 that the note had to go on.
    expect(continued).toBeGreaterThan(0)
  })
})
