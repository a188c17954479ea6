import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { examplePath } from '@rapporteur/fixtures'
import { beforeAll, describe, expect, it } from 'vitest'
import { docxParts, pdfPages } from './read-output.js'
import { type CliRun, runCli } from './run-cli.js'

const variants = ['internal', 'draft', 'final', 'digest'] as const
const formats = ['pdf', 'docx', 'html'] as const
const signatures = { pdf: '%pdf-', docx: 'pk\u0003\u0004', html: '<!doctype html>' } as const

let first: CliRun
let second: CliRun
let folder: string
let againFolder: string

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'rapporteur-example-'))
  const again = mkdtempSync(join(tmpdir(), 'rapporteur-example-again-'))
  ;[first, second] = await Promise.all([
    runCli([
      'build',
      examplePath,
      '--variant',
      'all',
      '--format',
      'pdf,docx,html',
      '--out',
      out,
      '--json',
    ]),
    runCli(['build', examplePath, '--out', again]),
  ])
  folder = join(out, 'gcm-parliamentarians-2022')
  againFolder = join(again, 'gcm-parliamentarians-2022')
})

describe('building the bundled example', () => {
  it('exits 0 and writes every variant in every format into out/<report-name>/', () => {
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    const expected = variants
      .flatMap((variant) => formats.map((format) => `${variant}.${format}`))
      .sort()
    expect(readdirSync(folder).sort()).toEqual(expected)
    for (const variant of variants) {
      for (const format of formats) {
        const head = readFileSync(join(folder, `${variant}.${format}`))
          .subarray(0, 15)
          .toString('latin1')
          .toLowerCase()
        expect(head.startsWith(signatures[format]), `${variant}.${format}`).toBe(true)
      }
    }
  })

  it('prints a JSON summary of files, sizes, timings and warnings', () => {
    const summary = JSON.parse(first.stdout)
    expect(summary.ok).toBe(true)
    expect(summary.reports).toHaveLength(1)
    const [report] = summary.reports
    expect(report.name).toBe('gcm-parliamentarians-2022')
    expect(report.problems).toEqual([])
    expect(report.files).toHaveLength(12)
    for (const file of report.files) {
      expect(file.ok).toBe(true)
      expect(file.bytes).toBe(readFileSync(file.path).byteLength)
      expect(file.milliseconds).toBeGreaterThan(0)
      expect(Array.isArray(file.warnings)).toBe(true)
    }
  })

  it('gives the same bytes on a second build', () => {
    expect(second.code).toBe(0)
    expect(second.stdout).toMatch(/built 12 files into /)
    for (const name of readdirSync(folder)) {
      expect(
        readFileSync(join(againFolder, name)).equals(readFileSync(join(folder, name))),
        name,
      ).toBe(true)
    }
  })

  it('puts line numbering and a DRAFT watermark in the draft DOCX, and neither in the final', () => {
    const draft = docxParts(join(folder, 'draft.docx'))
    expect(draft.get('word/document.xml')).toMatch(/<w:lnNumType\b/)
    const draftHeaders = [...draft]
      .filter(([name]) => /^word\/header\d*\.xml$/.test(name))
      .map(([, xml]) => xml)
    expect(draftHeaders.some((xml) => /<(v:shape|wp:anchor|w:pict)\b[\s\S]*DRAFT/.test(xml))).toBe(
      true,
    )

    const final = docxParts(join(folder, 'final.docx'))
    expect(final.get('word/document.xml')).not.toMatch(/<w:lnNumType\b/)
    const finalXml = [...final.values()].join('\n')
    expect(finalXml).not.toMatch(/DRAFT/)
  })

  it('says "draft for comment" on every page of the draft PDF, in the status line and the running head, and on no page of the final', () => {
    const draft = pdfPages(join(folder, 'draft.pdf'))
    expect(draft.length).toBeGreaterThan(1)
    for (const [index, page] of draft.entries())
      expect(page, `draft page ${index + 1}`).toContain('Summary report — draft for comment')
    const final = pdfPages(join(folder, 'final.pdf'))
    expect(final.length).toBeGreaterThan(1)
    for (const [index, page] of final.entries())
      expect(page, `final page ${index + 1}`).not.toMatch(/draft for comment|DRAFT/)
  })

  it('marks the internal variant as not for distribution in every format', () => {
    const html = readFileSync(join(folder, 'internal.html'), 'utf8')
    expect(html).toContain('Internal — not for distribution')
    const pages = pdfPages(join(folder, 'internal.pdf'))
    for (const [index, page] of pages.entries()) {
      expect(page, `page ${index + 1}`).toContain('Internal — not for distribution')
    }
    const docx = [...docxParts(join(folder, 'internal.docx')).values()].join('\n')
    expect(docx).toContain('Internal — not for distribution')
  })

  it('keeps the digest to every recommendation and call, by speaker, on a few pages', () => {
    const pages = pdfPages(join(folder, 'digest.pdf'))
    expect(pages.length).toBeLessThanOrEqual(4)
    const text = pages.join('\n').replace(/\s+/g, ' ')
    for (const speaker of [
      'Ms. Pia Oberoi',
      'The Honourable Ratna Omidvar',
      'Senator Pikulkeaw Krairiksh',
      'Mr. Charles Santiago',
      'Ms. Carolina Hernandez',
      'Ms. Laurel Townhead',
      'Mr. Jonathan Prentice',
      'Dr. Nenette Motus',
      'Participants A.',
    ])
      expect(text).toContain(speaker)
    expect(text).toContain('(para. 50)')
  })
})
