import { execFileSync } from 'node:child_process'
import { parseReport, type ResolvedReport, resolveReport } from '@rapporteur/core'
import { sharedTool } from '@rapporteur/fixtures'
import { describe, expect, it } from 'vitest'
import { renderDocx } from '../src/index.js'
import { libreOfficePdf } from './docx-package.js'

const longTitle =
  'Regional Consultation with Parliamentarians, Human Rights Institutions and Civil Society on Upholding the Human Rights of Migrant Workers in the Construction, Domestic Work and Agriculture Sectors'

function reportWithoutShortTitle(): ResolvedReport {
  const paragraphs = Array.from(
    { length: 60 },
    (_, index) => `Paragraph ${index + 1} of the discussion, long enough to fill the pages.`,
  ).join('\n\n')
  return resolveReport(
    parseReport(
      `---\ntitle: ${longTitle}\nfacilitator: Secretariat\ndate: 2024-01-01\nmodality: virtual\n---\n\n# Discussion\n\n${paragraphs}\n`,
      { filename: 'no-short-title.md' },
    ),
    { variant: 'draft' },
  )
}

/** Page 2's header words as poppler reads LibreOffice's PDF of the document, with the furniture tool's overlaps. */
async function headerOf(report: ResolvedReport) {
  const converted = libreOfficePdf(await renderDocx(report), 'running-head')
  try {
    const xml = execFileSync('pdftotext', ['-bbox', '-f', '2', '-l', '2', converted.path, '-'], {
      encoding: 'utf8',
    })
    const words = [
      ...xml.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ]
      .map((match) => ({ top: +match[2]!, bottom: +match[4]!, text: match[5]! }))
      .filter((word) => word.bottom < 60)
    const furniture = JSON.parse(
      execFileSync('python3', [sharedTool('pdf-furniture.py'), converted.path], {
        encoding: 'utf8',
      }),
    ) as { overlap_examples: string[] }
    return { words, overlaps: furniture.overlap_examples }
  } finally {
    converted.remove()
  }
}

/** The header's lines: words grouped by their top. */
function linesOf(words: readonly { top: number; text: string }[]): string[] {
  const lines = new Map<number, string[]>()
  for (const word of words) {
    const top = [...lines.keys()].find((key) => Math.abs(key - word.top) < 2) ?? word.top
    lines.set(top, [...(lines.get(top) ?? []), word.text])
  }
  return [...lines.values()].map((line) => line.join(' '))
}

describe('the DOCX running head', () => {
  it('stays on one line: a long title is shortened at a word with an ellipsis', async () => {
    const report = reportWithoutShortTitle()
    const { words, overlaps } = await headerOf(report)
    expect(overlaps).toEqual([])
    const lines = linesOf(words)
    expect(lines).toHaveLength(1)
    const [title, status] = lines[0]!.split('… ')
    expect(longTitle.startsWith(title!)).toBe(true)
    expect(longTitle.slice(title!.length)).toMatch(/^,? /)
    expect(status).toBe(report.masthead.statusLine)
  })

  it('stays on one line with a very long status label, both parts shortened', async () => {
    const report = reportWithoutShortTitle()
    const status =
      'SUMMARY REPORT OF THE REGIONAL CONSULTATION – ADVANCE UNEDITED VERSION CIRCULATED FOR COMMENT BY THE PARTICIPANTS ONLY'
    const { words, overlaps } = await headerOf({
      ...report,
      masthead: { ...report.masthead, statusLine: status },
    })
    expect(overlaps).toEqual([])
    const lines = linesOf(words)
    expect(lines).toHaveLength(1)
    expect(lines[0]!.match(/…/g)).toHaveLength(2)
    expect(lines[0]).toContain('SUMMARY REPORT OF THE')
  })
})
