import { execFileSync } from 'node:child_process'
import { resolveReport } from '@rapporteur/core'
import { type ScriptSample, scriptReport, scriptSamples, sharedTool } from '@rapporteur/fixtures'
import { describe, expect, it } from 'vitest'
import { renderPdf } from '../src/index.js'
import { readPdf, run, temporaryFile } from './read-pdf.js'

interface Rendered {
  bytes: Uint8Array
  path: string
  warnings: string[]
}

const rendered = new Map<string, Promise<Rendered>>()

function render(sample: ScriptSample): Promise<Rendered> {
  let result = rendered.get(sample.name)
  if (!result) {
    result = (async () => {
      const warnings: string[] = []
      // The final variant: the draft's line numbers stand in the margin, outside the text column.
      const report = resolveReport(scriptReport(sample), { variant: 'final' })
      const bytes = await renderPdf(report, {
        onWarning: (message) => warnings.push(message),
      })
      return { bytes, path: temporaryFile(bytes, `${sample.name}.pdf`), warnings }
    })()
    rendered.set(sample.name, result)
  }
  return result
}

const rightToLeft = /[\u0590-\u08ff]/u
// Bidi controls that poppler puts around right-to-left runs, and all white space.
const layout = /[\s\u202a-\u202e\u2066-\u2069]+/gu
// Words; in a text with right-to-left letters, each stretch of those letters and each stretch
// of other letters and digits, since readers order the stretches of a mixed line their own way
// and place neutral punctuation between them as they see fit.
const words = (text: string) => {
  const normal = text.normalize('NFC')
  if (!rightToLeft.test(normal)) return normal.split(/\s+/).filter((word) => word !== '')
  return normal.match(/(?:[\p{sc=Arabic}\p{sc=Hebrew}\p{M}]|\u200c|\u200d)+|[\p{L}\p{N}]+/gu) ?? []
}
const joined = (text: string) => text.normalize('NFC').replace(layout, '')

// Arabic with marks over their letters (shadda, kasra, damma, tanwin) and letters whose
// shaped advances differ most from their nominal widths, as in the Arabic example.
const arabic = scriptSamples.find((sample) => sample.name === 'arabic')!
const samples: ScriptSample[] = [
  ...scriptSamples,
  {
    ...arabic,
    name: 'arabic-with-marks',
    paragraph:
      'الجهة الميسِّرة هي المكتب الإقليمي لشمال أفريقيا، وقد حدّد أولويات الإصلاح التشريعي مسترشداً بالمبادئ، وسيُعرض الموجز على السرية.',
  },
]

describe.each(samples.map((sample) => [sample.name, sample] as const))(
  'a report with a paragraph in %s',
  (_name, sample) => {
    it('renders without warnings, every font embedded', async () => {
      const { path, warnings } = await render(sample)
      expect(warnings).toEqual([])
      const fonts = run('pdffonts', [path]).output.split('\n').slice(2).filter(Boolean)
      expect(fonts.length).toBeGreaterThan(0)
      for (const font of fonts) expect(font, font).toMatch(/ yes yes yes /)
    })

    it('gives back its text through poppler: every word, and the whole paragraph where it reads left to right', async () => {
      const { path } = await render(sample)
      const text = run('pdftotext', [path, '-']).output
      const flat = joined(text)
      for (const word of words(sample.paragraph)) expect(flat).toContain(joined(word))
      for (const word of words(sample.person.name)) expect(flat).toContain(joined(word))
      if (!rightToLeft.test(sample.paragraph)) expect(flat).toContain(joined(sample.paragraph))
    })

    it.skipIf(!rightToLeft.test(sample.paragraph))(
      'gives back each word of its right-to-left paragraph whole through poppler, not in pieces',
      async () => {
        const { path } = await render(sample)
        const text = run('pdftotext', [path, '-']).output
        const tokens = text
          .normalize('NFC')
          .replace(/[\u202a-\u202e\u2066-\u2069]/gu, ' ')
          .split(/\s+/)
        for (const word of words(sample.paragraph))
          expect(
            tokens.some((token) => token.includes(word)),
            word,
          ).toBe(true)
      },
    )

    it('gives back its words through pdf.js (compatibility-equivalent)', async () => {
      const { bytes } = await render(sample)
      const reading = await readPdf(bytes)
      const flat = reading.pages[0]!.bodyText.normalize('NFKC').replace(layout, '')
      // pdf.js drops the glyphs of joiners, so words with one are left to poppler's test.
      for (const word of words(sample.paragraph).filter((word) => !/[\u200c\u200d]/.test(word)))
        expect(flat).toContain(word.normalize('NFKC').replace(layout, ''))
    })

    // Left to right, poppler's test above reads the whole paragraph already.
    it.skipIf(!rightToLeft.test(sample.paragraph))(
      'gives its right-to-left paragraph back through pdf.js in reading order, every letter and digit as written',
      async () => {
        const { bytes } = await render(sample)
        const reading = await readPdf(bytes)
        // The second paragraph is the sample alone. pdf.js drops joiners and orders neutral
        // marks by its own rules: the letters, marks and digits, in order, are the text's.
        const body = reading.pages[0]!.bodyText
        const second = body.slice(body.lastIndexOf('2.') + 2)
        const letters = (text: string) => text.normalize('NFKC').replace(/[^\p{L}\p{M}\p{N}]/gu, '')
        expect(letters(second)).toBe(letters(sample.paragraph))
      },
    )

    it('keeps every word inside the text column', async () => {
      const { path } = await render(sample)
      const output = execFileSync('python3', [sharedTool('pdf-furniture.py'), path]).toString()
      const result = JSON.parse(output) as { outside: number; overlaps: number }
      expect(result).toMatchObject({ outside: 0, overlaps: 0 })
    })
  },
)
