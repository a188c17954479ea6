import { loadReport, type ResolvedReport, resolveReport, toResolvedReport } from '@rapporteur/core'
import {
  adjacentNotesReport,
  examplePath,
  hostileReport,
  hostileStrings,
} from '@rapporteur/fixtures'
import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'
import { renderPdf } from '../src/index.js'
import { readPdf, run, temporaryFile } from './read-pdf.js'

async function example(): Promise<ResolvedReport> {
  return toResolvedReport(await loadReport(examplePath))
}

describe('renderPdf', () => {
  it('is exported with the functions that keep set paragraphs between processes', () => {
    expect(Object.keys(api).sort()).toEqual([
      'createParagraphCache',
      'mergeParagraphCache',
      'paragraphCacheBytes',
      'paragraphCacheVersion',
      'renderPdf',
      'webFonts',
    ])
  })

  it('gives the same bytes for the same report and options', async () => {
    const report = await example()
    const first = await renderPdf(report)
    const second = await renderPdf(await example())
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true)
    const letter = await renderPdf(report, { pageSize: 'Letter' })
    expect(
      Buffer.from(letter).equals(Buffer.from(await renderPdf(report, { pageSize: 'Letter' }))),
    ).toBe(true)
    expect(Buffer.from(letter).equals(Buffer.from(first))).toBe(false)
  })

  it('dates the document at the moment resolution decides, never from the environment', async () => {
    const previous = process.env.SOURCE_DATE_EPOCH
    process.env.SOURCE_DATE_EPOCH = '1'
    try {
      const report = await loadReport(examplePath)
      const dated = resolveReport(report, { documentDate: '2023-11-14T22:13:20Z' })
      const info = run('pdfinfo', ['-isodates', temporaryFile(await renderPdf(dated))]).output
      expect(info).toMatch(/CreationDate:\s+2023-11-14T22:13:20Z/)
      expect(info).toMatch(/ModDate:\s+2023-11-14T22:13:20Z/)
      const meetingDay = run('pdfinfo', ['-isodates', temporaryFile(await renderPdf(report))])
      expect(meetingDay.output).toMatch(/CreationDate:\s+2022-02-08T00:00:00Z/)
    } finally {
      if (previous === undefined) delete process.env.SOURCE_DATE_EPOCH
      else process.env.SOURCE_DATE_EPOCH = previous
    }
  })

  it('sets Letter pages when asked, A4 by default', async () => {
    const report = await example()
    const a4 = await readPdf(await renderPdf(report))
    const letter = await readPdf(await renderPdf(report, { pageSize: 'Letter' }))
    expect([a4.pages[0]!.width, a4.pages[0]!.height]).toEqual([595.28, 841.89])
    expect([letter.pages[0]!.width, letter.pages[0]!.height]).toEqual([612, 792])
  })

  it('sets names in Thai, Bengali, Arabic, Chinese and Korean script from fallback fonts, and warns once for each character no font has', async () => {
    const report = await example()
    const first = report.sections[0]!.blocks[0]!
    if (first.type !== 'paragraph') throw new Error('the example starts with a paragraph')
    first.content.push({
      type: 'text',
      value: ' Named: สมชาย, সুমন, مريم, Zoë, 王秀英, 김민준 and 𓀀 𓀁 𓀀.',
    })
    const warnings: string[] = []
    const bytes = await renderPdf(report, { onWarning: (message) => warnings.push(message) })
    expect(warnings).toEqual([
      'No embedded font has the character "𓀀" (U+13000) in paragraph 1; it shows as an empty box.',
      'No embedded font has the character "𓀁" (U+13001) in paragraph 1; it shows as an empty box.',
    ])
    const reading = await readPdf(bytes)
    const text = reading.pages[0]!.bodyText.replace(/\s+/g, '')
    expect(text).toContain('สมชาย')
    expect(text).toContain('সুমন')
    expect(text).toContain('Zoë')
    expect(text).toMatch(/مريم|ميرم/)
    expect(text).toContain('王秀英')
    expect(text).toContain('김민준')
    const fonts = run('pdffonts', [temporaryFile(bytes)]).output
    expect(fonts).toContain('NotoSansThai')
    expect(fonts).toContain('NotoSansBengali')
    expect(fonts).toContain('Amiri')
    expect(fonts).toContain('NotoSerifSC')
    expect(fonts).toContain('NotoSansKR')
  })

  it('puts the distribution notice in the header of every page and no watermark in the final variant', async () => {
    const source = await loadReport(examplePath)
    const internal = resolveReport(source, { variant: 'internal' })
    expect(internal.marks.notice).not.toBeNull()
    const reading = await readPdf(await renderPdf(internal))
    for (const page of reading.pages)
      expect(page.items.some((item) => item.artifact && item.text === internal.marks.notice)).toBe(
        true,
      )
    const final = await readPdf(await renderPdf(resolveReport(source, { variant: 'final' })))
    for (const page of final.pages)
      expect(page.items.some((item) => item.text === 'DRAFT')).toBe(false)
  })

  it('sets the symbol, distribution and original language at the top right of the first page', async () => {
    const report = await example()
    report.masthead.symbol = 'A/HRC/00/1'
    report.masthead.distributionLine = 'Distr.: General'
    report.masthead.originalLanguageLine = 'Original: English'
    const reading = await readPdf(await renderPdf(report))
    const page = reading.pages[0]!
    for (const text of ['A/HRC/00/1', 'Distr.: General', 'Original: English']) {
      const item = page.items.find((entry) => entry.text === text)
      expect(item, text).toBeDefined()
      expect(item!.x + item!.width).toBeCloseTo(page.width - 72, 0)
    }
    expect(page.text.indexOf('Original: English')).toBeLessThan(
      page.text.indexOf(report.masthead.facilitatorLine.slice(0, 20)),
    )
  })

  it('keeps hostile text as text: no script, no unsafe link, valid metadata', async () => {
    const bytes = await renderPdf(hostileReport())
    const path = temporaryFile(bytes)
    expect(run('qpdf', ['--check', path]).status).toBe(0)
    const reading = await readPdf(bytes)
    const text = reading.pages.map((page) => page.text).join(' ')
    expect(text).toContain('<script>alert("title")</script>')
    const urls = reading.pages.flatMap((page) =>
      page.links.flatMap((link) => (link.url ? [link.url] : [])),
    )
    for (const url of urls) expect(url).toMatch(/^https:/)
    expect(reading.info.Title).toContain(hostileStrings[0])
    expect(Buffer.from(bytes).includes('/JavaScript')).toBe(false)
    const xmp = run('pdfinfo', ['-meta', path])
    expect(xmp.status).toBe(0)
    expect(xmp.output).not.toContain('<script>')
    // The XMP packet is well-formed XML even with control characters in the title.
    const controlled = hostileReport()
    controlled.metadata.title = `Control\u0001\u0007\u001b characters \ud800 in a title`
    const controlledPath = temporaryFile(await renderPdf(controlled), 'controlled.pdf')
    const packet = run('pdfinfo', ['-meta', controlledPath]).output
    const parsed = run(
      'python3',
      [
        '-c',
        'import sys, xml.dom.minidom; xml.dom.minidom.parseString(sys.stdin.read().encode()); print("well-formed")',
      ],
      packet,
    )
    expect(parsed.output.trim()).toBe('well-formed')
    expect(packet).toContain('Control characters')
    for (const page of reading.pages) {
      for (const item of page.items.filter(
        (entry) => !entry.artifact && entry.text.trim() !== '',
      )) {
        expect(item.x, item.text).toBeGreaterThanOrEqual(71.5)
        expect(item.x + item.width, item.text).toBeLessThanOrEqual(page.width - 71.5)
      }
    }
  })
})

describe('note markers in a row', () => {
  it('read as "1,2": a superscript comma between them', async () => {
    const path = temporaryFile(await renderPdf(adjacentNotesReport()), 'adjacent-notes.pdf')
    const text = run('pdftotext', [path, '-']).output
    expect(text).toContain('two reports.1,2 They cited a third.3')
  })
})
