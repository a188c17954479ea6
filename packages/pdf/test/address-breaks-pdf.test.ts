import { parseReport, resolveReport } from '@rapporteur/core'
import { describe, expect, it } from 'vitest'
import { renderPdf } from '../src/index.js'
import { run, temporaryFile } from './read-pdf.js'

const address =
  'https://www.example.org/reports/annual.summary.of.the.regional.consultation.with.parliamentarians.and.civil.society.2023.pdf'

describe('an address at the end of a line', () => {
  it('breaks after a slash or before a dot, and no line ends with its dot', async () => {
    const paragraphs = [
      `The summary is at ${address} for all.`,
      `The words before it are longer here, so that it starts further along: ${address} for all.`,
      'Write to registry.and.documents.of.the.regional.office@example.org for copies, or to the office of the secretariat.',
    ].join('\n\n')
    const report = resolveReport(
      parseReport(
        `---\ntitle: Addresses\nfacilitator: Secretariat\ndate: 2024-01-01\nmodality: virtual\n---\n\n# Discussion\n\n${paragraphs}\n`,
        { filename: 'addresses.md' },
      ),
      { variant: 'final' },
    )
    const text = run('pdftotext', [temporaryFile(await renderPdf(report)), '-']).output
    const lines = text.split('\n').map((line) => line.trim())
    const email = 'registry.and.documents.of.the.regional.office@example.org'
    // Lines that end inside an address: their last word is a piece of one.
    const inAddress = lines.filter((line) => {
      const last = line.split(' ').pop() ?? ''
      return /\p{L}/u.test(last) && (address.includes(last) || email.includes(last))
    })
    // The address is broken somewhere (it is longer than a line), and never after a dot.
    const continued = lines.filter((line) => line.startsWith('.'))
    expect(continued.length, inAddress.join('\n')).toBeGreaterThan(0)
    for (const line of inAddress)
      expect(line, 'a line ending in the address’s dot').not.toMatch(/\.$/)
  })
})
