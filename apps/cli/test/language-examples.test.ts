import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { arabicExamplePath, frenchExamplePath } from '@rapporteur/fixtures'
import { beforeAll, describe, expect, it } from 'vitest'
import { docxParts, pdfPages } from './read-output.js'
import { type CliRun, runCli } from './run-cli.js'

let run: CliRun
let out: string

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'rapporteur-language-examples-'))
  run = await runCli([
    'build',
    frenchExamplePath,
    arabicExamplePath,
    '--variant',
    'all',
    '--format',
    'pdf,docx,html',
    '--out',
    out,
  ])
}, 120_000)

const french = (file: string) => join(out, 'consultation-inddh-2023', file)
const arabic = (file: string) => join(out, 'consultation-workers-ar-2023', file)

/** A word poppler found, with its box in points from the page's top-left corner. */
interface Word {
  text: string
  xMin: number
  xMax: number
  yMin: number
  yMax: number
}

/** Each page's width and words, from `pdftotext -bbox`. */
function wordBoxes(path: string): Array<{ width: number; words: Word[] }> {
  const html = execFileSync('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], {
    encoding: 'utf8',
  })
  return [...html.matchAll(/<page width="([\d.]+)"[^>]*>([\s\S]*?)<\/page>/g)].map((page) => ({
    width: Number(page[1]),
    words: [
      ...page[2]!.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map((word) => ({
      xMin: Number(word[1]),
      yMin: Number(word[2]),
      xMax: Number(word[3]),
      yMax: Number(word[4]),
      text: word[5]!,
    })),
  }))
}

describe('the bundled examples in French and Arabic', () => {
  it('build in every variant and format', () => {
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    // The French report's English translation beside it is built too.
    expect(run.stdout).toMatch(/built 36 files into/)
  })

  it("build the French report's English translation into en/, with the same paragraph numbers", () => {
    const english = (file: string) => french(join('en', file))
    const numbers = (html: string) => [...html.matchAll(/ id="para-(\d+)"/g)].map((m) => m[1])
    for (const variant of ['internal', 'draft', 'final', 'digest']) {
      const original = readFileSync(french(`${variant}.html`), 'utf8')
      const translation = readFileSync(english(`${variant}.html`), 'utf8')
      expect(translation).toMatch(/<html lang="en"/)
      expect(numbers(translation)).toEqual(numbers(original))
      const bookmarks = (path: string) =>
        [...(docxParts(path).get('word/document.xml') ?? '').matchAll(/w:name="(para-\d+)"/g)].map(
          (m) => m[1],
        )
      expect(bookmarks(english(`${variant}.docx`))).toEqual(bookmarks(french(`${variant}.docx`)))
      const pages = pdfPages(english(`${variant}.pdf`))
      expect(pages[0]).toMatch(new RegExp(`Page 1 of ${pages.length}`))
      expect(pages.join('\n')).not.toMatch(/\bPage \d+ sur\b|Documents de référence/)
    }
    expect(numbers(readFileSync(french('final.html'), 'utf8'))).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
    ])
    // The paragraph the French numbers 6 is the same one in English.
    const paragraph = (html: string, number: number) =>
      new RegExp(`id="para-${number}"[\\s\\S]*?</p>`).exec(html)?.[0] ?? ''
    expect(paragraph(readFileSync(english('final.html'), 'utf8'), 6)).toContain('free legal aid')
    // English puts the note marker after the comma, French before it.
    expect(readFileSync(english('final.html'), 'utf8')).toMatch(
      /December\u00a02018,<sup class="note-marker">.*?<\/sup> recognizes/,
    )
    expect(paragraph(readFileSync(french('final.html'), 'utf8'), 6)).toContain(
      'assistance juridique',
    )
  })

  it('write the French report in French words, spacing and note placement', () => {
    const pages = pdfPages(french('draft.pdf'))
    expect(pages[0]).toContain(`Page 1 sur ${pages.length}`)
    expect(pages[0]).toContain('Rapport de synthèse — projet soumis pour observations')
    expect(pages.join('\n')).not.toMatch(/\bPage \d+ of\b|Summary report|Background documents/)
    const html = readFileSync(french('final.html'), 'utf8')
    // A no-break space before ":" and inside « », a narrow one before ";" and "?".
    expect(html).toContain('consultation\u00a0:')
    expect(html).toContain('«\u00a0la présence régulière')
    expect(html).toContain('pratiques\u00a0»')
    expect(html).toContain('taille\u202f;')
    expect(html).toContain('transit\u202f?')
    // The marker goes before the comma: "2018¹," rather than "2018,¹".
    expect(html).toMatch(/décembre\u00a02018<sup class="note-marker">.*?<\/sup>, reconnaît/)
    // Recommendations are lettered a), b), c).
    const numbering = docxParts(french('final.docx')).get('word/numbering.xml') ?? ''
    expect(numbering).toMatch(
      /<w:numFmt w:val="lowerLetter"\/>(<w:suff [^>]*>)?<w:lvlText w:val="%1\)"\/>/,
    )
  })

  it('lay the Arabic PDF out right to left: numbers hang at the right, lines end at the right edge', () => {
    const [first] = wordBoxes(arabic('final.pdf'))
    const width = first!.width
    const margin = 72
    // Numbers in the body's size (the notes' are smaller), in the right half of the page.
    const numbers = first!.words.filter(
      (word) => /^\.?\d+\.?$/.test(word.text) && word.xMin > width / 2 && word.yMax - word.yMin > 9,
    )
    const paragraphNumbers = numbers.filter((word) => Math.abs(word.xMax - (width - margin)) < 0.6)
    expect(paragraphNumbers.length).toBeGreaterThanOrEqual(3)
    // A paragraph's lines start at the right edge of the text column, the gutter beside
    // them holding its number; in right-to-left text even the last line keeps to the right.
    const columnRight = width - margin - 34
    for (const number of paragraphNumbers) {
      // Fonts differ in their boxes' heights: a word is on the line when its middle is.
      const middle = (word: Word) => (word.yMin + word.yMax) / 2
      // The line's words, but for the number and the dash after it (`12 -`), in the gutter.
      const line = first!.words.filter(
        (word) =>
          Math.abs(middle(word) - middle(number)) < 3 &&
          word !== number &&
          word.xMax < columnRight + 1,
      )
      expect(line.length).toBeGreaterThan(0)
      expect(Math.max(...line.map((word) => word.xMax))).toBeCloseTo(columnRight, 0)
      // An Arabic glyph's ink may reach a point or two past its advance.
      expect(Math.min(...line.map((word) => word.xMin))).toBeGreaterThanOrEqual(margin - 2)
    }
  })

  it('number the Arabic PDF’s chapters and paragraphs as Arabic documents do: أولاً -, 1 -, the dash on the left', () => {
    const pages = wordBoxes(arabic('final.pdf'))
    const width = pages[0]!.width
    // The labels hang from the right margin, their dash to their left, in the body's size
    // (the notes' numbers, smaller, hang there too, without a dash).
    const middle = (word: Word) => (word.yMin + word.yMax) / 2
    const hanging = pages.flatMap((page) =>
      page.words
        // Below the running head, which ends at the right margin too.
        .filter(
          (word) =>
            Math.abs(word.xMax - (width - 72)) < 0.6 && word.yMax - word.yMin > 9 && word.yMin > 50,
        )
        .map((word) => ({
          word,
          dash: page.words.find(
            (other) =>
              other.text === '-' &&
              Math.abs(middle(other) - middle(word)) < 3 &&
              other.xMax <= word.xMin &&
              word.xMin - other.xMax < 6,
          ),
        })),
    )
    const chapters = hanging.filter(({ word }) => /\p{Script=Arabic}/u.test(word.text))
    const paragraphs = hanging.filter(({ word }) => /^\d+$/.test(word.text))
    // poppler gives a word's letters from left to right as they stand on the page.
    const reversed = (text: string) => [...text].reverse().join('')
    expect(chapters.map(({ word }) => reversed(word.text).replace(/\p{M}/gu, ''))).toEqual([
      'أولا',
      'ثانيا',
      'ثالثا',
      'رابعا',
      'خامسا',
      'سادسا',
    ])
    expect(paragraphs.map(({ word }) => Number(word.text))).toEqual([1, 2, 3, 4, 5, 6, 7])
    for (const label of [...chapters, ...paragraphs]) expect(label.dash).toBeDefined()
    expect(hanging.filter(({ word }) => /[IVX.]/.test(word.text))).toEqual([])
  })

  it('give back every Arabic word of the PDF whole, even a letter drawn as two glyphs', () => {
    const arabicWord = /[\u0621-\u064a\u064b-\u065f\u0670-\u06d3]+/gu
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', arabic('final.pdf'), '-'], {
      encoding: 'utf8',
    })
    // The web page and the Word document have the same words, the product's own among them
    // ("الصفحة" of the page numbers in the Word document's footer), each as written.
    const written = new Set([
      ...(readFileSync(arabic('final.html'), 'utf8').match(arabicWord) ?? []),
      ...[...docxParts(arabic('final.docx')).values()].join(' ').match(arabicWord)!,
    ])
    const read = text.match(arabicWord) ?? []
    expect(read.length).toBeGreaterThan(400)
    // Amiri draws the خ of الخبرات and the ك of الكفالة in two glyphs.
    expect(read).toContain('الخبرات')
    expect(read).toContain('الكفالة')
    expect(read.filter((word) => !written.has(word))).toEqual([])
  })

  it('mark the Arabic DOCX right to left: sections, paragraphs, runs, tables, fonts and languages', () => {
    const parts = docxParts(arabic('final.docx'))
    const document = parts.get('word/document.xml') ?? ''
    const styles = parts.get('word/styles.xml') ?? ''
    expect(document).toMatch(/<w:sectPr\b[\s\S]*?<w:bidi\/>[\s\S]*?<\/w:sectPr>/)
    expect(document).toContain('<w:bidiVisual/>')
    const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(styles)?.[1] ?? ''
    expect(defaults).toMatch(/<w:pPrDefault>[\s\S]*<w:bidi\/>/)
    expect(defaults).toMatch(/<w:rPrDefault>[\s\S]*<w:rtl\/>/)
    expect(defaults).toMatch(/<w:rFonts [^>]*w:cs="[^"]+"/)
    expect(defaults).toMatch(/<w:szCs w:val="22"\/>/)
    expect(defaults).toMatch(/<w:lang w:val="ar" w:bidi="ar"\/>/)
  })

  it('letter the Arabic recommendations in the abjadi order in every format', () => {
    const html = readFileSync(arabic('final.html'), 'utf8')
    const list = /<ol class="recommendations"[^>]*>/.exec(html)?.[0] ?? ''
    // HTML has no list type for these letters: the labels carry them.
    expect(list).not.toMatch(/ type=/)
    expect(
      [...html.matchAll(/<span class="item-letter">([^<]*)<\/span>/g)].map((m) => m[1]),
    ).toEqual(['(أ)', '(ب)', '(ج)'])
    const text = pdfPages(arabic('final.pdf')).join('\n')
    for (const label of ['(أ)', '(ب)', '(ج)']) expect(text).toContain(label)
    expect(text).not.toMatch(/\([abc]\)/)
    const numbering = docxParts(arabic('final.docx')).get('word/numbering.xml') ?? ''
    expect(numbering).toMatch(
      /<w:start w:val="1"\/><w:numFmt w:val="arabicAbjad"\/>(<w:suff [^>]*>)?<w:lvlText w:val="\(%1\)"\/>/,
    )
  })

  it('mark the Arabic HTML right to left', () => {
    const html = readFileSync(arabic('final.html'), 'utf8')
    expect(html).toMatch(/<html lang="ar" dir="rtl">/)
    // A person's title and affiliation follow the name after Arabic commas.
    expect(html).toContain('ليلى حداد، ممثلة إقليمية، مفوضية')
    expect(html.slice(html.indexOf('<main'))).not.toMatch(/\p{Script=Arabic}, \p{Script=Arabic}/u)
    expect(html).not.toMatch(/padding-left|margin-left|text-align:left/)
  })
})
