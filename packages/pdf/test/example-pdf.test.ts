import {
  loadReport,
  type ResolvedInline,
  type ResolvedReport,
  resolveReport,
  toPlainText,
  toResolvedReport,
} from '@rapporteur/core'
import {
  arabicExamplePath,
  examplePath,
  frenchExamplePath,
  missingInOrder,
  normaliseText,
  originalFootnotes,
  originalSentences,
  sharedTool,
} from '@rapporteur/fixtures'
import { beforeAll, describe, expect, it } from 'vitest'
import { renderPdf } from '../src/index.js'
import { catalogLanguage, type PdfReading, readPdf, run, temporaryFile } from './read-pdf.js'

let resolved: ResolvedReport
let bytes: Uint8Array
let reading: PdfReading
let path: string
const warnings: string[] = []

function urlsOf(inlines: readonly ResolvedInline[]): string[] {
  return inlines.flatMap((inline) =>
    inline.type === 'link' ? [inline.url] : 'children' in inline ? urlsOf(inline.children) : [],
  )
}

beforeAll(async () => {
  resolved = toResolvedReport(await loadReport(examplePath))
  bytes = await renderPdf(resolved, { onWarning: (message) => warnings.push(message) })
  reading = await readPdf(bytes)
  path = temporaryFile(bytes)
})

describe('the bundled example as a PDF', () => {
  it('has every sentence and every note of the original, in order', () => {
    // A reader reads the body on from page to page, and the notes apart from it.
    const body = reading.pages.map((page) => page.bodyText).join('\n')
    const notes = reading.pages.map((page) => page.noteText).join('\n')
    expect(missingInOrder(originalSentences(), body)).toEqual([])
    expect(missingInOrder(originalFootnotes(), notes)).toEqual([])
    expect(warnings).toEqual([])
  })

  it('makes the agenda’s time column as wide as its times', () => {
    const items = reading.pages.flatMap((page) => page.items)
    const time = items.find((item) => item.text.startsWith('10:30'))!
    const details = items.find((item) => item.text.startsWith('Virtual platform opens'))!
    expect(Math.abs(time.y - details.y)).toBeLessThan(1)
    // The details start a cell's padding on either side of the column's rule after the time.
    const gap = details.x - (time.x + time.width)
    expect(gap).toBeGreaterThan(4)
    expect(gap).toBeLessThan(16)
  })

  it('numbers paragraphs 1 to 51 in order, hanging left of the text', () => {
    const numbers = reading.pages.flatMap((page) =>
      page.items
        .filter(
          (item) => !item.artifact && Math.abs(item.x - 72) < 1 && Math.abs(item.size - 10) < 0.1,
        )
        .map((item) => /^(\d+)\.(\s|$)/.exec(item.text)?.[1])
        .filter((number): number is string => number !== undefined)
        .map(Number),
    )
    expect(numbers).toEqual(Array.from({ length: 51 }, (_, index) => index + 1))
  })

  it('starts each of the 21 notes at the foot of the page of its marker, where the marker links', async () => {
    expect(resolved.footnotes).toHaveLength(21)
    for (const note of resolved.footnotes) {
      const markerPage = reading.pages.findIndex((page) =>
        page.links.some((link) => link.destination === note.id),
      )
      expect(markerPage, `marker of note ${note.number}`).toBeGreaterThanOrEqual(0)
      expect(await reading.destinationPage(note.id), `note ${note.number}`).toBe(markerPage)
      const page = reading.pages[markerPage]!
      const noteStart = page.items.find(
        (item) =>
          !item.artifact &&
          Math.abs(item.x - 72) < 1 &&
          Math.abs(item.size - 8) < 0.1 &&
          item.text.startsWith(String(note.number)),
      )
      expect(noteStart, `label of note ${note.number} on page ${markerPage + 1}`).toBeDefined()
      const opening = normaliseText(originalFootnotes()[note.number - 1]!)
        .slice(0, 40)
        .replace(/\s+/g, '')
      expect(normaliseText(page.text).replace(/\s+/g, '')).toContain(opening)
    }
  })

  it('has bookmarks for the masthead, the 8 sections and the annex', () => {
    expect(reading.outline).toEqual([
      resolved.masthead.title,
      ...resolved.sections.map((section) => `${section.numeral}.\u00a0${section.title}`),
      ...resolved.annexes.map((annex) => `Annex: ${annex.title}`),
    ])
    expect(reading.outline).toHaveLength(10)
  })

  it('punctuates the annex’s bookmark as the report’s language does', async () => {
    const french = await readPdf(await renderPdf(await loadReport(frenchExamplePath)))
    expect(french.outline.at(-1)).toBe('Annexe\u00a0: Programme provisoire')
  })

  it('numbers an Arabic report’s sections and paragraphs as Arabic documents do', async () => {
    const arabic = await readPdf(await renderPdf(await loadReport(arabicExamplePath)))
    expect(arabic.outline.slice(1, 3)).toEqual([
      'أولاً\u00a0-\u00a0الخلفية',
      'ثانياً\u00a0-\u00a0الأهداف والحضور',
    ])
    expect(arabic.outline.at(-1)).toBe('المرفق: جدول الأعمال المؤقت')
    // Each numbered paragraph's number, `N -`, hangs at the right margin, its dash to its left.
    const page = arabic.pages[0]!
    console.log(
      'ITEMS' + JSON.stringify(page.items.filter((item) => item.x > 480).map((item) => item.text)),
    )
    const numbers = page.items.filter(
      (item) =>
        !item.artifact &&
        item.size >= 9 &&
        /^\d+$/.test(item.text.trim()) &&
        item.x + item.width > page.width - 80,
    )
    expect(numbers.map((item) => item.text.replace(/\D/g, ''))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
    ])
    for (const item of numbers) {
      const dash = page.items.find(
        (other) => other.text.trim() === '-' && Math.abs(other.y - item.y) < 1 && other.x < item.x,
      )
      expect(dash).toBeDefined()
    }
    expect(page.items.filter((item) => /^\d+\.$/.test(item.text.trim()))).toEqual([])
    // The text layer reads in logical order: a checklist item's lead-in before its text.
    expect(page.bodyText).toContain('✓ الشمول: إتاحة المجال')
    expect(page.bodyText).toMatch(/1 - اعتمدت الجمعية العامة/)
  })

  it('ends no page with a divided word, whose halves would lie on two pages', async () => {
    const source = await loadReport(examplePath)
    const draft = resolveReport(source, { variant: 'draft' })
    const letters = (token: string) => token.replace(/^\P{L}+|\P{L}+$/gu, '')
    const words = new Set(toPlainText(draft).split(/\s+/).map(letters))
    for (const document of [reading, await readPdf(await renderPdf(draft))]) {
      // The last word of each page's body, when it is a word of letters: pdf.js reads a
      // divided word's first half without its hyphen (`bilat`), which is no word of the text.
      const lastWords = document.pages
        .map((page) => page.bodyText.trim().split(/\s+/).at(-1) ?? '')
        .filter((token) => /^\p{L}+$/u.test(letters(token)) && !/[/.]\p{L}/u.test(token))
        .map(letters)
      expect(lastWords.length).toBeGreaterThan(5)
      expect(lastWords.filter((word) => !words.has(word))).toEqual([])
    }
  })

  it('makes every address a clickable link', () => {
    const expected = new Set([
      ...resolved.footnotes.flatMap((note) => urlsOf(note.content)),
      ...resolved.sections.flatMap((section) =>
        section.blocks.flatMap((block) =>
          block.type === 'documentList' ? block.items.map((item) => item.url) : [],
        ),
      ),
    ])
    const found = new Set(
      reading.pages.flatMap((page) =>
        page.links.flatMap((link) => (link.url === null ? [] : [new URL(link.url).href])),
      ),
    )
    expect(expected.size).toBeGreaterThan(20)
    for (const url of expected) expect(found, url).toContain(new URL(url).href)
  })

  it('repeats the running head and numbers pages as "Page X of Y"', () => {
    const count = reading.pages.length
    reading.pages.forEach((page, index) => {
      const artifacts = page.items.filter((item) => item.artifact).map((item) => item.text)
      expect(artifacts).toContain(`Page ${index + 1} of ${count}`)
      if (index > 0)
        expect(artifacts).toEqual(
          expect.arrayContaining([resolved.metadata.shortTitle, resolved.masthead.statusLine]),
        )
      expect(page.text).not.toContain(`Page ${index + 1} of`)
    })
  })

  it('embeds every font and passes qpdf --check', () => {
    const fonts = run('pdffonts', [path])
    expect(fonts.status).toBe(0)
    const rows = fonts.output.trim().split('\n').slice(2)
    expect(rows.length).toBeGreaterThanOrEqual(3)
    for (const row of rows) expect(row, row).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/)
    const check = run('qpdf', ['--check', path])
    expect(check.output).toContain('No syntax or stream encoding errors')
    expect(check.status).toBe(0)
  })

  it('is tagged, with a title, a language and the report metadata', () => {
    expect(reading.marked).toBe(true)
    expect(reading.hasStructureTree).toBe(true)
    expect(reading.info.Title).toBe(resolved.metadata.title)
    expect(reading.info.Author).toBe(resolved.metadata.author)
    expect(reading.info.Subject).toBe(resolved.metadata.subject)
    expect(reading.info.Keywords).toBe(resolved.metadata.keywords.join(', '))
    expect(catalogLanguage(path)).toBe('en')
    const info = run('pdfinfo', [path]).output
    expect(info).toMatch(/Tagged:\s+yes/)
    expect(info).toMatch(/CreationDate:\s+Tue Feb\s+8 00:00:00 2022 UTC/)
    const xmp = run('pdfinfo', ['-meta', path]).output
    expect(xmp).toMatch(/<dc:language><rdf:Bag><rdf:li>en<\/rdf:li><\/rdf:Bag><\/dc:language>/)
    expect(xmp).toContain(`<pdfuaid:part>1</pdfuaid:part>`)
  })

  it('tags headings, paragraphs, lists, the table, notes and links in the structure tree', () => {
    const structure = run('pdfinfo', ['-struct', path])
    expect(structure.status).toBe(0)
    const roles = new Map<string, number>()
    for (const line of structure.output.split('\n')) {
      const role = /^\s*([A-Za-z][A-Za-z0-9]*)(:|\s|$)/.exec(line)?.[1]
      if (role && !line.trim().startsWith('/')) roles.set(role, (roles.get(role) ?? 0) + 1)
    }
    expect(roles.get('Document')).toBe(1)
    expect(roles.get('H1')).toBe(1)
    expect(roles.get('H2')).toBe(9)
    expect(roles.get('Note')).toBe(21)
    expect(roles.get('Table')).toBe(1)
    expect(roles.get('TH')).toBe(2)
    expect(roles.get('TD')).toBe(12)
    expect(roles.get('P')).toBeGreaterThanOrEqual(51)
    expect(structure.output.match(/\/Scope \/Column/g)).toHaveLength(2)
    for (let number = 1; number <= 21; number++)
      expect(structure.output).toContain(`Note <note-${number}>`)
    for (const role of ['Sect', 'L', 'LI', 'Lbl', 'LBody', 'Link', 'H3'])
      expect(roles.get(role), role).toBeGreaterThan(0)
  })

  it('shows the draft marks: watermark on every page, comment line under the masthead', () => {
    for (const page of reading.pages)
      expect(page.items.some((item) => item.artifact && item.text === 'DRAFT')).toBe(true)
    expect(normaliseText(reading.pages[0]!.text)).toContain(
      normaliseText(resolved.marks.commentLine!),
    )
  })
})

describe('the typesetting of the example’s final PDF', () => {
  let finalPath: string
  beforeAll(async () => {
    const { resolveReport } = await import('@rapporteur/core')
    const final = resolveReport(await loadReport(examplePath), { variant: 'final' })
    finalPath = temporaryFile(await renderPdf(final), 'final.pdf')
  })

  it('opens no wide gaps between words: at most 10 % of justified lines at 0.5 em, none at 0.75 em', () => {
    const figures = JSON.parse(
      run('python3', [sharedTool('pdf-word-spacing.py'), finalPath]).output,
    ) as { lines: number; wide_0_5em: number; wide_0_75em: number; hyphenated_line_ends: number }
    expect(figures.lines).toBeGreaterThan(250)
    expect(figures.wide_0_5em).toBeLessThanOrEqual(0.1)
    expect(figures.wide_0_75em).toBe(0)
    // Hyphenation is on, by English patterns.
    expect(figures.hyphenated_line_ends).toBeGreaterThan(10)
  })

  it('hyphenates no more than two lines in a row, and never an address or a number', () => {
    const lines = run('pdftotext', ['-layout', finalPath, '-']).output.split('\n')
    let inARow = 0
    for (const line of lines) {
      const trimmed = line.trimEnd()
      if (/\p{L}-$/u.test(trimmed)) {
        inARow++
        expect(inARow, trimmed).toBeLessThanOrEqual(2)
        expect(trimmed, 'no hyphen after a digit').not.toMatch(/\d-$/)
      } else if (trimmed !== '') inARow = 0
    }
    // An address breaks before its own hyphens, so no line ends with one.
    for (const line of lines)
      expect(line, 'an address broken after a hyphen').not.toMatch(/https?:\S*-\s*$/u)
  })

  it('breaks addresses after a slash or before a dot, never after a dot or a hyphen', () => {
    const lines = run('pdftotext', ['-layout', finalPath, '-']).output.split('\n')
    const broken = lines.filter((line) => /https?:\/\/\S*[^\s/]$/u.test(line.trimEnd()))
    const urls = new Set(urlsOf(resolved.footnotes.flatMap((note) => note.content)))
    const ends: string[] = []
    for (const line of lines) {
      const address = /(https?:\/\/\S+)$/u.exec(line.trimEnd())?.[1]
      // An address that does not end its line's text here was broken at this line's end.
      if (address !== undefined && !urls.has(address)) ends.push(address)
    }
    // Some of the example's long addresses do break, each after a slash or before a dot.
    expect(ends.length).toBeGreaterThan(0)
    for (const end of ends) expect(end, 'where an address breaks').toMatch(/[/\p{L}\p{N}_]$/u)
    expect(broken.length).toBeGreaterThan(0)
  })
})
