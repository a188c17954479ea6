import { loadReport, resolveReport } from '@rapporteur/core'
import {
  examplePath,
  missingInOrder,
  normaliseText,
  originalFootnotes,
  originalSentences,
  stressReport,
} from '@rapporteur/fixtures'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderDocx } from '../src/index.js'
import { type ConvertedDocument, convertWithLibreOffice, openPackage } from './docx-package.js'

const report = await loadReport(examplePath)
const squeeze = (text: string) => normaliseText(text).replace(/\s+/g, '')

/** Where each note sits: the page whose foot shows its number above the start of its text. */
function notePages(converted: ConvertedDocument, notes: readonly string[]): number[] {
  return notes.map((note, index) => {
    const start = squeeze(note).slice(0, 40)
    return converted.pages.findIndex((page) => {
      const lines = page.split('\n')
      return lines.some(
        (line, at) =>
          line.trim() === String(index + 1) &&
          squeeze(lines.slice(at + 1, at + 4).join(' ')).startsWith(start),
      )
    })
  })
}

/** A page's body text: its header line, its notes and its footer left out. */
function bodyOf(page: string): string {
  const lines = page.split('\n')
  const footer = lines.findLastIndex((line) => /^\s*Page \d+ of \d+\s*$/.test(line))
  const body = lines.slice(1, footer === -1 ? undefined : footer)
  // The notes start at the first line that is a note number alone, over a note's text.
  const notes = body.findIndex(
    (line, at) =>
      /^\s*\d{1,3}\s*$/.test(line) &&
      at > 0 &&
      /^\s{3,}\S/.test(body[at + 1] ?? '') &&
      !/^\s*\d+\.\s/.test(body[at + 1] ?? ''),
  )
  return body.slice(0, notes === -1 ? undefined : notes).join('\n')
}

describe('the example, converted by LibreOffice', () => {
  let converted: ConvertedDocument
  beforeAll(async () => {
    converted = convertWithLibreOffice(
      await renderDocx(resolveReport(report, { variant: 'final' })),
      'final',
    )
  }, 180_000)

  it('converts to a PDF of several pages, each with Page X of Y', () => {
    expect(converted.pages.length).toBeGreaterThan(5)
    converted.pages.forEach((page, index) => {
      expect(page).toContain(`Page ${index + 1} of ${converted.pages.length}`)
    })
  })

  it('carries in its NUMPAGES field a count of pages within one of LibreOffice’s', async () => {
    const footer = openPackage(await renderDocx(resolveReport(report, { variant: 'final' }))).text(
      'word/footer1.xml',
    )
    const cached = /w:instr="NUMPAGES"><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:t[^>]*>(\d+)</.exec(footer)
    expect(cached).not.toBeNull()
    expect(Math.abs(Number(cached![1]) - converted.pages.length)).toBeLessThanOrEqual(1)
  })

  it('puts every footnote at the foot of a page, in order', () => {
    const pages = notePages(converted, originalFootnotes())
    expect(pages.filter((page) => page === -1)).toEqual([])
    expect(pages).toEqual([...pages].sort((left, right) => left - right))
  })

  it('shows the paragraph numbers 1 to 51 in order', () => {
    const body = converted.pages.map(bodyOf).join('\n')
    const numbers = [...body.matchAll(/^\s*(\d{1,2})\.\s+\S/gm)].map((match) => Number(match[1]))
    expect(numbers.slice(0, 51)).toEqual(Array.from({ length: 51 }, (_, index) => index + 1))
  })

  it('shows every sentence of the original, in order', () => {
    expect(missingInOrder(originalSentences(), converted.body)).toEqual([])
  })

  it('shows the section numerals, recommendation letters and checklist marks', () => {
    const body = converted.pages.map(bodyOf).join('\n')
    const numerals = [...body.matchAll(/^\s*([IVX]+)\.\s+[A-Z]/gm)].map((match) => match[1])
    // Once in the contents, then at the headings.
    const sections = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII']
    expect(numerals).toEqual([...sections, ...sections])
    const letters = [...body.matchAll(/^\s*([A-F])\.\s+\S/gm)].map((match) => match[1]).join('')
    expect(letters).toBe('ABCDEFABCABCDE')
    expect(body.match(/✓/g)).toHaveLength(4)
  })
})

describe('the draft, converted by LibreOffice', () => {
  it('numbers its lines and shows the comment line and the draft status', async () => {
    const converted = convertWithLibreOffice(
      await renderDocx(resolveReport(report, { variant: 'draft' })),
      'draft',
    )
    const first = converted.pages[0]!
    expect(first).toMatch(/^\s*1\s{2,}\S/m)
    expect(squeeze(first)).toContain(
      squeeze('Comments on this draft are welcome until 15 February 2022'),
    )
    expect(squeeze(first)).toContain(squeeze('Summary report — draft for comment'))
    expect(first).not.toContain('Draft for comment')
  }, 180_000)
})

describe('the stress report, converted by LibreOffice', () => {
  it('converts, with all 150 notes and 300 paragraph numbers', async () => {
    const stress = stressReport()
    const resolved = resolveReport(stress, { variant: 'final' })
    const converted = convertWithLibreOffice(await renderDocx(resolved), 'stress')
    expect(converted.pages.length).toBeGreaterThan(30)
    const body = converted.pages.map(bodyOf).join('\n')
    const numbers = [...body.matchAll(/^\s*(\d{1,3})\.\s+[A-Z]/gm)].map((match) => Number(match[1]))
    expect(numbers.slice(0, 300)).toEqual(Array.from({ length: 300 }, (_, index) => index + 1))
    const all = squeeze(converted.pages.join('\n'))
    expect(resolved.footnotes).toHaveLength(150)
    const missing = resolved.footnotes.filter((note) => {
      const words = note.content.flatMap((inline) => (inline.type === 'text' ? [inline.value] : []))
      return !all.includes(squeeze(words.join('')).slice(0, 60))
    })
    expect(missing).toEqual([])
  }, 300_000)
})

describe('a paragraph a reviewer adds in the Numbered Paragraph style', () => {
  it('is numbered by the style, and the paragraphs after it are renumbered', async () => {
    const entries = unzipSync(await renderDocx(resolveReport(report, { variant: 'final' })))
    const document = strFromU8(entries['word/document.xml']!)
    // Before the fourth numbered paragraph, a paragraph with the style and nothing else, as Word
    // writes one when the style is applied to a new paragraph.
    let seen = 0
    const inserted = document.replace(
      /<w:p>(?=<w:pPr><w:pStyle w:val="NumberedParagraph"\/>)/g,
      (open) => {
        seen += 1
        return seen === 4
          ? '<w:p><w:pPr><w:pStyle w:val="NumberedParagraph"/></w:pPr><w:r><w:t>Added by a reviewer.</w:t></w:r></w:p><w:p>'
          : open
      },
    )
    expect(seen).toBe(51)
    entries['word/document.xml'] = strToU8(inserted)
    const converted = convertWithLibreOffice(zipSync(entries), 'renumbered')
    const body = converted.pages.map(bodyOf).join('\n')
    expect(body).toMatch(/^\s*4\.\s+Added by a reviewer\./m)
    const numbers = [...body.matchAll(/^\s*(\d{1,2})\.\s+\S/gm)].map((match) => Number(match[1]))
    expect(numbers.slice(0, 52)).toEqual(Array.from({ length: 52 }, (_, index) => index + 1))
    expect(body).toMatch(/^\s*5\.\s+The Regional Network organized/m)
  }, 180_000)
})
