import { parseReport, resolveReport } from '@rapporteur/core'
import { describe, expect, it } from 'vitest'
import { renderDocx } from '../src/index.js'
import { convertWithLibreOffice } from './docx-package.js'

/** Sentences whose ranges fall at every place along a line: each starts with a longer word. */
const sentences = Array.from(
  { length: 40 },
  (_, index) => `${'w'.repeat(index + 1)} met on 17–20 May 2022, in 1990-2000 and in 2001–2010.`,
).join(' ')

const source = (frontMatter: string) =>
  `---\ntitle: Ranges\nfacilitator: Secretariat\ndate: 2024-01-01\nmodality: virtual\n${frontMatter}---\n\n# Discussion\n\n${sentences}\n`

/** The lines LibreOffice sets the report's text in, as pdftotext reads them. */
async function lines(frontMatter: string): Promise<string[]> {
  const report = resolveReport(parseReport(source(frontMatter), { filename: 'report.md' }), {
    variant: 'final',
  })
  return convertWithLibreOffice(await renderDocx(report), 'ranges')
    .pages.join('\n')
    .split('\n')
    .map((line) => line.trim())
}

describe('ranges in the DOCX, set by LibreOffice', () => {
  it('never end a line with the dash of a range, and show no joiner', async () => {
    const set = await lines('')
    expect(set.filter((line) => /–$/u.test(line))).toEqual([])
    const text = set.join(' ').replace(/[\u00a0\u202f]/g, ' ')
    expect(text.split('17–20 May 2022').length - 1).toBe(40)
    expect(text.split('1990–2000').length - 1).toBe(40)
    expect(text.split('2001–2010').length - 1).toBe(40)
    expect(text).not.toContain('\u2060')
  })

  it('end a line with the dash when typography is off, as the test expects to find', async () => {
    expect(
      (await lines('typography: false\n')).filter((line) => /–$/u.test(line)).length,
    ).toBeGreaterThan(0)
  })
})
