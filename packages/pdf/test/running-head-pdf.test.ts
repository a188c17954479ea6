import { loadReport, parseReport, type ResolvedReport, resolveReport } from '@rapporteur/core'
import { examplePath, sharedTool } from '@rapporteur/fixtures'
import { describe, expect, it } from 'vitest'
import { renderPdf } from '../src/index.js'
import { readPdf, run, temporaryFile } from './read-pdf.js'

/** Header and footer words whose boxes overlap, as poppler reads them (the shared furniture tool). */
async function furniture(report: ResolvedReport) {
  const bytes = await renderPdf(report)
  const output = run('python3', [sharedTool('pdf-furniture.py'), temporaryFile(bytes)])
  expect(output.status).toBe(0)
  const result = JSON.parse(output.output) as { overlaps: number; overlap_examples: string[] }
  const reading = await readPdf(bytes)
  // The running head of page 2: what pdf.js reads above the body, at 8 points.
  const head = reading.pages[1]!.items.filter(
    (item) => item.artifact && item.size === 8 && item.y > reading.pages[1]!.height - 60,
  )
    .map((item) => item.text)
    .join(' ')
    .trim()
  return { overlaps: result.overlap_examples, head }
}

const longTitle =
  'Regional Consultation with Parliamentarians, Human Rights Institutions and Civil Society on Upholding the Human Rights of Migrant Workers in the Construction, Domestic Work and Agriculture Sectors'

function reportWithoutShortTitle() {
  const paragraphs = Array.from(
    { length: 60 },
    (_, index) => `Paragraph ${index + 1} of the discussion, long enough to fill the pages.`,
  ).join('\n\n')
  return parseReport(
    `---
title: ${longTitle}
facilitator: Secretariat
date: 2024-01-01
modality: virtual
---

# Discussion

${paragraphs}
`,
    { filename: 'no-short-title.md' },
  )
}

describe('the running head', () => {
  for (const variant of ['final', 'draft', 'internal', 'digest'] as const) {
    it(`overlaps nothing in the example's ${variant} PDF`, async () => {
      const { overlaps } = await furniture(
        resolveReport(await loadReport(examplePath), { variant }),
      )
      expect(overlaps).toEqual([])
    })
  }

  it('shortens a long title at a word, with an ellipsis, when the report has no short title', async () => {
    for (const variant of ['final', 'draft'] as const) {
      const resolved = resolveReport(reportWithoutShortTitle(), { variant })
      const { overlaps, head } = await furniture(resolved)
      expect(overlaps).toEqual([])
      const title = head.slice(0, head.indexOf('…'))
      expect(head).toContain('…')
      expect(longTitle.startsWith(title)).toBe(true)
      // It ends at a word: what follows in the title is a space (after any punctuation).
      expect(longTitle.slice(title.length)).toMatch(/^[,]? /)
      // The status line stays whole after the shortened title.
      expect(head.endsWith(resolved.masthead.statusLine)).toBe(true)
    }
  })

  it('shortens a very long status label too, and nothing overlaps', async () => {
    const resolved = resolveReport(reportWithoutShortTitle(), { variant: 'final' })
    const status =
      'SUMMARY REPORT OF THE REGIONAL CONSULTATION – ADVANCE UNEDITED VERSION CIRCULATED FOR COMMENT BY THE PARTICIPANTS ONLY'
    const { overlaps, head } = await furniture({
      ...resolved,
      masthead: { ...resolved.masthead, statusLine: status },
    })
    expect(overlaps).toEqual([])
    expect(head).toContain('SUMMARY REPORT OF THE')
    expect(head.match(/…/g)).toHaveLength(2)
  })
})
