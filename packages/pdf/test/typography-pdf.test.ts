import { readFileSync } from 'node:fs'
import { parseReport, resolveReport } from '@rapporteur/core'
import { describe, expect, it } from 'vitest'
import { renderPdf } from '../src/index.js'
import { run, temporaryFile } from './read-pdf.js'

/** The text poppler reads from a PDF, its no-break spaces read as spaces. */
async function pdfText(source: string): Promise<string> {
  const report = resolveReport(parseReport(source, { filename: 'report.md' }), {
    variant: 'final',
  })
  return run('pdftotext', [temporaryFile(await renderPdf(report)), '-']).output.replace(
    /[\u00a0\u202f]/g,
    ' ',
  )
}

/**
 * Sentences whose date and reference fall at every place along a line: each starts
 * with a word one letter longer than the last sentence's.
 */
const sentences = Array.from(
  { length: 40 },
  (_, index) =>
    `${'w'.repeat(index + 1)} met on 27 December 2021, on 17-20 May 2022 and under para. 12.`,
).join(' ')

const source = (frontMatter: string) =>
  `---\ntitle: Dates\nfacilitator: Secretariat\ndate: 2024-01-01\nmodality: virtual\n${frontMatter}---\n\n# Discussion\n\n${sentences}\n`

/**
 * Sentences whose range, written with an en dash, comes before a word almost a line long,
 * so that a line would often be best ended just after the dash.
 */
const rangeSentences = Array.from(
  { length: 40 },
  (_, index) => `${'w'.repeat(index + 1)} in 1990–2000 ${'n'.repeat(72)}`,
).join(' ')

const rangeSource = (frontMatter: string) => source(frontMatter).replace(sentences, rangeSentences)

const count = (text: string, words: string) => text.split(words).length - 1

describe('typography in the PDF', () => {
  it('never breaks a date or "para. 12" across lines', async () => {
    const text = await pdfText(source(''))
    expect(count(text, '27 December 2021')).toBe(40)
    expect(count(text, '20 May 2022')).toBe(40)
    expect(count(text, 'para. 12')).toBe(40)
  })

  it('never ends a line with the dash of a range, and draws no joiner', async () => {
    const text = await pdfText(source(''))
    expect(count(text, '17–20 May 2022')).toBe(40)
    expect(text).not.toContain('\u2060')
    const ranges = await pdfText(rangeSource(''))
    expect(count(ranges, '1990–2000')).toBe(40)
    expect(ranges).not.toMatch(/–\n/u)
    expect(ranges).not.toContain('\u2060')
  })

  it('ends a line with the dash of a range when typography is off, as the test expects to find', async () => {
    expect(await pdfText(rangeSource('typography: false\n'))).toMatch(/–\n/u)
  })

  it('keeps a range of dates across months and a title with its name on one line', async () => {
    const englishSentence =
      'met from 30 April – 2 May 2022 and 30 April-2 May with H.E. Ms. Roe and Mr Smith.'
    const growing = (sentence: string) =>
      Array.from({ length: 40 }, (_, index) => `${'w'.repeat(index + 1)} ${sentence}`).join(' ')
    const text = await pdfText(
      source('').replace(
        sentences,
        growing(
          'met from 30 April – 2 May 2022 and 30 April-2 May with H.E. Ms. Roe and Mr Smith.',
        ),
      ),
    )
    expect(count(text, '30 April – 2 May 2022')).toBe(40)
    expect(count(text, '30 April–2 May')).toBe(40)
    expect(count(text, 'H.E. Ms. Roe')).toBe(40)
    expect(count(text, 'Mr Smith')).toBe(40)
    const french = await pdfText(
      source('language: fr\n').replace(
        sentences,
        growing('dont 12 500 personnes, soit 70 % avec M. Dupont et Mme Roe.'),
      ),
    )
    expect(count(french, '12 500')).toBe(40)
    expect(count(french, '70 %')).toBe(40)
    expect(count(french, 'M. Dupont')).toBe(40)
    expect(count(french, 'Mme Roe')).toBe(40)
    // With typography off, the same sentences break at those spaces somewhere.
    const off = await pdfText(
      source('typography: false\n').replace(sentences, growing(englishSentence)),
    )
    expect(count(off, 'H.E. Ms. Roe') + count(off, '30 April – 2 May 2022')).toBeLessThan(80)
  })

  it('breaks them somewhere when typography is off, as the test expects to find', async () => {
    const text = await pdfText(source('typography: false\n'))
    const whole =
      count(text, '27 December 2021') + count(text, '20 May 2022') + count(text, 'para. 12')
    expect(whole).toBeLessThan(120)
  })

  it('has no straight apostrophe between letters in the French example', async () => {
    const example = readFileSync(
      new URL('../../../examples/consultation-inddh-2023/report.md', import.meta.url),
      'utf8',
    )
    const text = await pdfText(example)
    expect(text).toMatch(/\p{L}’\p{L}/u)
    expect(text.match(/\p{L}'\p{L}/gu) ?? []).toEqual([])
  })
})
