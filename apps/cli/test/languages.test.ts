import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  builtInLanguages,
  fillLabel,
  formatDate,
  formatNumber,
  formatTimeRange,
  fullNameOf,
  type Labels,
  parseReport,
  resolveReport,
  shortNameOf,
  toListLetter,
  toNumeral,
} from '@rapporteur/core'
import { renderDocx } from '@rapporteur/docx'
import { languageReportSource } from '@rapporteur/fixtures'
import { renderHtml } from '@rapporteur/html'
import { renderPdf } from '@rapporteur/pdf'
import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Han characters one by one (Chinese has no spaces), any other letters as words.
const wordPattern = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{M}])+/gu

function wordsOf(text: string, language: string): string[] {
  // U+FE0E asks for a character's text form (the back link's ↩︎): not a letter.
  return (
    text
      .normalize('NFC')
      .replace(/\uFE0E/g, '')
      .match(wordPattern) ?? []
  ).map((word) => word.toLocaleLowerCase(language))
}

function labelWords(labels: Labels, language: string): Set<string> {
  return new Set(
    Object.values(labels).flatMap((label) => wordsOf(label.replace(/\{\w+\}/g, ' '), language)),
  )
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code) => String.fromCodePoint(Number.parseInt(code, 16)))
    .replace(/&amp;/g, '&')
}

/**
 * A PDF's text and metadata as poppler reads them, its page count, and its
 * text without the diagonal watermark (whose letters poppler reads apart).
 */
function readPdf(path: string): { text: string; straightText: string; pages: number } {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })
  const straight = execFileSync('pdftotext', ['-nodiag', '-enc', 'UTF-8', path, '-'], {
    encoding: 'utf8',
  })
  const info = execFileSync('pdfinfo', ['-enc', 'UTF-8', path], { encoding: 'utf8' })
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])
  const metadata = info
    .split('\n')
    .filter((line) => /^(Title|Subject|Keywords|Author):/.test(line))
    .map((line) => line.replace(/^\w+:\s*/, ''))
  const withMetadata = (body: string) => `${body}\n${metadata.join('\n')}`
  return { text: withMetadata(text), straightText: withMetadata(straight), pages }
}

/** A DOCX's words as unzip and its XML give them: runs, watermark, list labels, properties. */
function readDocx(path: string): { text: string; parts: Map<string, string> } {
  const names = execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' }).trim().split('\n')
  const parts = new Map(
    names
      .filter((name) => /^(word|docProps)\/.*\.xml$/.test(name))
      .map((name) => [name, execFileSync('unzip', ['-p', path, name], { encoding: 'utf8' })]),
  )
  const pieces: string[] = []
  for (const [name, xml] of parts) {
    if (
      name.startsWith('word/') &&
      !name.endsWith('styles.xml') &&
      !name.endsWith('fontTable.xml')
    ) {
      // Each paragraph on its own line; a run's text joins the runs around it.
      const paragraphs = xml.split(/<\/w:p>/)
      for (const paragraph of paragraphs) {
        const runs = [
          ...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(?:br|tab)\/>/g),
        ].map((m) => m[1] ?? ' ')
        const watermark = [...paragraph.matchAll(/string="([^"]*)"/g)].map((m) => m[1])
        const levels = [...paragraph.matchAll(/<w:lvlText w:val="([^"]*)"/g)].map((m) => m[1])
        pieces.push([runs.join(''), ...watermark, ...levels].join(' '))
      }
    }
    if (name === 'docProps/core.xml') {
      const properties = /<(dc:title|dc:subject|dc:creator|dc:description|cp:keywords)>([^<]*)</g
      pieces.push(...[...xml.matchAll(properties)].map((m) => m[2]!))
    }
  }
  return { text: decodeXml(pieces.join('\n')), parts }
}

let browser: Browser

/**
 * An HTML page as Chromium shows it: its title, the text it renders, its elements'
 * accessible names and its description, keywords and author.
 */
async function readHtml(html: string): Promise<string> {
  const page = await browser.newPage()
  try {
    await page.setContent(html, { waitUntil: 'load' })
    return await page.evaluate(() =>
      [
        document.title,
        document.body.innerText,
        ...Array.from(document.querySelectorAll('[aria-label]'), (element) =>
          element.getAttribute('aria-label'),
        ),
        ...Array.from(
          document.querySelectorAll(
            'meta[name="description"], meta[name="keywords"], meta[name="author"]',
          ),
          (element) => element.getAttribute('content'),
        ),
      ].join('\n'),
    )
  } finally {
    await page.close()
  }
}

/** Text with every kind of space and soft hyphen taken out, to find a phrase across lines. */
function squeeze(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00ad\u200b-\u200f\u202a-\u202f\u2066-\u2069]/g, '')
}

const folder = mkdtempSync(join(tmpdir(), 'rapporteur-languages-'))
beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  })
})
afterAll(async () => {
  await browser?.close()
  rmSync(folder, { recursive: true, force: true })
})

const variants = ['internal', 'draft', 'final', 'digest'] as const

describe.each(Object.keys(builtInLanguages))('a report in %s', (tag) => {
  const language = builtInLanguages[tag as keyof typeof builtInLanguages]
  const { labels } = language
  const source = languageReportSource(tag)
  const report = parseReport(source)
  const ownWords = new Set(wordsOf(source, tag))
  const dates = [
    formatDate('2022-02-08', tag, language.conventions.monthNames),
    formatDate('2022-02-15', tag, language.conventions.monthNames),
  ]
  const allowed = new Set([
    ...ownWords,
    ...labelWords(labels, tag),
    ...dates.flatMap((date) => wordsOf(date, tag)),
    // Times as the language writes them (`10 h 30` in French).
    ...wordsOf(formatTimeRange('10:00', '12:30', language.conventions), tag),
    // The names as the language puts honorific and name together (`VitaeDolore` in Chinese).
    ...report.people.flatMap((person) =>
      wordsOf(
        `${fullNameOf(person, language.conventions)} ${shortNameOf(person, language.conventions)}`,
        tag,
      ),
    ),
  ])
  // Section and annex numerals and list letters are numbers, not words: the language's
  // own (أولاً, الأول; 一) and the letters a report in any language may use.
  for (const numbering of ['i', 'ii', 'iii', 'iv', 'a', 'b']) allowed.add(numbering)
  for (const number of [1, 2, 3, 4, 5, 6])
    for (const use of ['section', 'annex'] as const)
      for (const word of wordsOf(toNumeral(number, language.conventions.numerals, use), tag))
        allowed.add(word)
  for (const number of [1, 2])
    allowed.add(toListLetter(number, language.conventions.letters).toLowerCase())
  const english = labelWords(builtInLanguages.en.labels, 'en')
  const forbidden = new Set([...english].filter((word) => !allowed.has(word)))

  /**
   * Every word of `text` is the report's own, the catalogue's or a date's. Poppler
   * reads some Arabic words of a PDF in pieces (at a mark or a joining form): with
   * `pieces`, a word may also be a piece of an allowed word.
   */
  function check(text: string, pieces = false): void {
    const words = wordsOf(text, tag)
    const bare = (word: string) => word.replace(/\p{M}/gu, '')
    const whole = [...allowed].map(bare)
    const known = (word: string) =>
      allowed.has(word) ||
      (pieces &&
        // A vowel sign poppler reads apart from its letter (the tanween of أولاً).
        (bare(word) === '' ||
          (/\p{Script=Arabic}/u.test(word) && whole.some((entry) => entry.includes(bare(word))))))
    expect(words.filter((word) => !known(word))).toEqual([])
    expect(words.filter((word) => forbidden.has(word))).toEqual([])
  }

  /**
   * `text` has the label filled with `values`. Poppler writes a line that mixes
   * right-to-left and left-to-right text in its visual order: for a right-to-left
   * PDF, the label's own words and each value are looked for apart.
   */
  function expectLabel(
    text: string,
    label: string,
    values: Record<string, string | number> = {},
    apart = false,
  ): void {
    if (!apart) {
      expect(squeeze(text)).toContain(squeeze(fillLabel(label, values)))
      return
    }
    // Poppler also gives an Arabic word's marks in another order than the text's.
    const bare = (value: string) => squeeze(value).replace(/\p{M}/gu, '')
    const found = bare(text)
    const parts = fillLabel(label, values).split(/[\s\u00a0\u202f]+/)
    const trim = (part: string) => part.replace(/^\p{P}+|\p{P}+$/gu, '')
    for (const part of parts.map((part) => trim(bare(part))).filter(Boolean))
      expect(found).toContain(part)
  }

  it.each(variants)('words every part of the %s variant in all three formats', async (name) => {
    const resolved = resolveReport(report, { variant: name })
    const pdfPath = join(folder, `${tag}-${name}.pdf`)
    const docxPath = join(folder, `${tag}-${name}.docx`)
    writeFileSync(pdfPath, await renderPdf(resolved))
    writeFileSync(docxPath, await renderDocx(resolved))
    const html = await readHtml(renderHtml(resolved))
    const pdf = readPdf(pdfPath)
    const docx = readDocx(docxPath)

    const status = {
      internal: labels.statusInternal,
      draft: labels.statusDraft,
      final: null,
      digest: labels.statusDigest,
    }[name]
    const article = labels.facilitatorArticle
    const facilitator = `${article === '' ? '' : `${article} `}Consectetur Adipiscing`
    const rightToLeft = language.conventions.direction === 'rtl'
    check(pdf.straightText, true)
    for (const text of [pdf.text, docx.text, html]) {
      if (text !== pdf.text) check(text)
      const apart = rightToLeft && text === pdf.text
      expectLabel(text, labels.facilitatedBy, { facilitator }, apart)
      expectLabel(text, dates[0]!, {}, apart)
      if (status === null) expectLabel(text, labels.reportType, {}, apart)
      else expectLabel(text, labels.statusLine, { reportType: labels.reportType, status }, apart)
      if (name === 'internal') expectLabel(text, labels.internalNotice, {}, apart)
      if (name === 'draft') expectLabel(text, dates[1]!, {}, apart)
      if (name === 'digest') {
        expectLabel(text, labels.attendanceTotal, { count: formatNumber(1234, tag) }, apart)
        expectLabel(text, labels.percent, { number: formatNumber(70, tag) }, apart)
        expectLabel(text, labels.recommendations)
      } else {
        expectLabel(text, labels.annex)
        expectLabel(text, labels.backgroundDocuments)
        expectLabel(text, labels.agendaTime)
      }
    }
    expectLabel(pdf.text, labels.pageNumber, { page: 1, pages: pdf.pages }, rightToLeft)
    if (name === 'draft') {
      expectLabel(pdf.text, labels.watermarkDraft)
      expectLabel(docx.text, labels.watermarkDraft)
    }
    const footer = [...docx.parts].find(([part]) => part.startsWith('word/footer'))?.[1] ?? ''
    for (const part of labels.pageNumber.split(/\{page\}|\{pages\}/).filter(Boolean))
      expect(decodeXml(footer)).toContain(part)
    expect(html).toContain(labels.contents)
    if (name !== 'digest') {
      expect(html).toContain(fillLabel(labels.note, { number: 1 }))
      expect(html).toContain(fillLabel(labels.paragraph, { number: 1 }))
    }
  })
})
