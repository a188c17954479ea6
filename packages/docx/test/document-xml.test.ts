import {
  loadReport,
  type ResolvedInline,
  type ResolvedReport,
  resolveReport,
} from '@rapporteur/core'
import {
  adjacentNotesReport,
  arabicExamplePath,
  examplePath,
  hostileReport,
  normaliseText,
  originalFootnotes,
} from '@rapporteur/fixtures'
import { describe, expect, it } from 'vitest'
import { renderDocx } from '../src/index.js'
import {
  numIdOf,
  openPackage,
  relationshipNamespace,
  styleOf,
  textOf,
  wordAttribute,
  wordElements,
  zipEntryTimes,
} from './docx-package.js'

const report = await loadReport(examplePath)
const draft = resolveReport(report, { variant: 'draft' })
const final = resolveReport(report, { variant: 'final' })
const internal = resolveReport(report, { variant: 'internal' })
const draftPackage = openPackage(await renderDocx(draft))
const finalPackage = openPackage(await renderDocx(final))

function linksOf(inlines: readonly ResolvedInline[]): string[] {
  return inlines.flatMap((inline) =>
    inline.type === 'link'
      ? [inline.url, ...linksOf(inline.children)]
      : 'children' in inline
        ? linksOf(inline.children)
        : [],
  )
}

function sourceUrls(resolved: ResolvedReport): Set<string> {
  const urls: string[] = resolved.footnotes.flatMap((note) => linksOf(note.content))
  for (const part of [...resolved.sections, ...resolved.annexes]) {
    for (const block of part.blocks) {
      if (block.type === 'paragraph') urls.push(...linksOf(block.content))
      if (block.type === 'documentList') urls.push(...block.items.map((item) => item.url))
    }
  }
  return new Set(urls)
}

/** The abstract numbering definition behind a numId: its level 0 format and start, and the num's start override. */
function numberingOf(numbering: Document, numId: string) {
  const num = wordElements(numbering, 'num').find(
    (element) => wordAttribute(element, 'numId') === numId,
  )!
  const abstractId = wordAttribute(wordElements(num, 'abstractNumId')[0], 'val')
  const abstract = wordElements(numbering, 'abstractNum').find(
    (element) => wordAttribute(element, 'abstractNumId') === abstractId,
  )!
  const level = wordElements(abstract, 'lvl')[0]!
  return {
    format: wordAttribute(wordElements(level, 'numFmt')[0], 'val'),
    text: wordAttribute(wordElements(level, 'lvlText')[0], 'val'),
    start: Number(wordAttribute(wordElements(level, 'start')[0], 'val') ?? 1),
    startOverride: wordAttribute(wordElements(num, 'startOverride')[0], 'val'),
  }
}

/** The names of the bookmarks of a Word story. */
function bookmarkNames(story: Document): string[] {
  return wordElements(story, 'bookmarkStart').map((element) => wordAttribute(element, 'name')!)
}

describe('the example as a Word package', () => {
  const document = finalPackage.xml('word/document.xml')
  const paragraphs = wordElements(document, 'p')
  const numbering = finalPackage.xml('word/numbering.xml')

  it('has 21 Word footnotes, besides the separators, with the original notes’ text in order', () => {
    const notes = wordElements(finalPackage.xml('word/footnotes.xml'), 'footnote').filter(
      (note) => wordAttribute(note, 'type') === null,
    )
    expect(notes).toHaveLength(21)
    expect(notes.map((note) => normaliseText(textOf(note)))).toEqual(originalFootnotes())
    const references = wordElements(document, 'footnoteReference').map((reference) =>
      Number(wordAttribute(reference, 'id')),
    )
    expect(references).toEqual(Array.from({ length: 21 }, (_, index) => index + 1))
  })

  it('numbers the 51 paragraphs from the Numbered Paragraph style’s own list, across sections', () => {
    const numbered = paragraphs.filter((paragraph) => styleOf(paragraph) === 'NumberedParagraph')
    expect(numbered).toHaveLength(51)
    // The numbers come from the style, as in a document numbered in Word: no paragraph has its own.
    expect(numbered.map(numIdOf).filter((numId) => numId !== null)).toEqual([])
    const style = wordElements(finalPackage.xml('word/styles.xml'), 'style').find(
      (element) => wordAttribute(element, 'styleId') === 'NumberedParagraph',
    )!
    const numId = wordAttribute(wordElements(style, 'numId')[0], 'val')
    expect(numId).not.toBeNull()
    expect(numberingOf(numbering, numId!)).toMatchObject({
      format: 'decimal',
      text: '%1.',
      start: 1,
    })
    // Every other paragraph in this list would shift the numbers: there is none.
    expect(paragraphs.filter((paragraph) => numIdOf(paragraph) === numId)).toHaveLength(0)
    expect(numbered.map((paragraph) => textOf(paragraph).slice(0, 12))[0]).toBe('In 2018, in ')
  })

  it('has a table of contents as Word makes it: a TOC field over the headings, its entries written, each a link to its heading', () => {
    const instructions = wordElements(document, 'instrText').map((element) => element.textContent)
    expect(instructions).toContain('TOC \\h \\o "1-1" \\u \\z')
    const entries = paragraphs.filter((paragraph) => styleOf(paragraph) === 'TOC1')
    expect(entries.map((entry) => normaliseText(textOf(entry)).trim())).toEqual([
      ...final.sections.map((section) => normaliseText(`${section.numeral}. ${section.title}`)),
      ...final.annexes.map((annex) => normaliseText(`Annex: ${annex.title}`)),
    ])
    const anchors = entries.map((entry) =>
      wordAttribute(wordElements(entry, 'hyperlink')[0], 'anchor'),
    )
    expect(anchors).toEqual([
      ...final.sections.map((section) => section.id),
      ...final.annexes.map((annex) => annex.id),
    ])
    for (const anchor of anchors) expect(bookmarkNames(document)).toContain(anchor)
    // Its heading is Word's own style for it, kept out of the navigation pane's outline.
    const heading = paragraphs[paragraphs.indexOf(entries[0]!) - 1]!
    expect(styleOf(heading)).toBe('TOCHeading')
    expect(textOf(heading)).toBe('Contents')
  })

  it('defines every style it uses, with no heading left in the library’s blue', () => {
    const styles = finalPackage.xml('word/styles.xml')
    const defined = new Set(
      wordElements(styles, 'style').map((element) => wordAttribute(element, 'styleId')),
    )
    const parts = finalPackage.names.filter((name) => /^word\/[^/]+\.xml$/.test(name))
    for (const part of parts) {
      for (const kind of ['pStyle', 'rStyle', 'tblStyle', 'basedOn', 'next', 'link']) {
        for (const element of wordElements(finalPackage.xml(part), kind))
          expect(defined, `${part}: ${kind}`).toContain(wordAttribute(element, 'val'))
      }
    }
    const defaults = wordElements(styles, 'style').filter((element) =>
      ['1', 'true'].includes(wordAttribute(element, 'default') ?? ''),
    )
    expect(defaults.map((element) => wordAttribute(element, 'type')).sort()).toEqual([
      'character',
      'paragraph',
      'table',
    ])
    for (const element of wordElements(styles, 'style')) {
      const id = wordAttribute(element, 'styleId') ?? ''
      if (!/^(Heading\d|Title)$/.test(id)) continue
      const colour = wordAttribute(wordElements(element, 'color')[0], 'val')
      expect([null, '000000', 'auto'], id).toContain(colour)
    }
  })

  it('sets the note text and the note text character style in the same size', () => {
    const styles = wordElements(finalPackage.xml('word/styles.xml'), 'style')
    const size = (id: string) =>
      wordAttribute(
        wordElements(styles.find((element) => wordAttribute(element, 'styleId') === id)!, 'sz')[0],
        'val',
      )
    expect(size('FootnoteTextChar')).toBe(size('FootnoteText'))
  })

  it('turns on automatic hyphenation for its justified text', () => {
    expect(wordElements(finalPackage.xml('word/settings.xml'), 'autoHyphenation')).toHaveLength(1)
  })

  it('keeps each paragraph that introduces a list on the page of its first item', () => {
    const keeps = paragraphs.filter((paragraph) => {
      const properties = wordElements(paragraph, 'pPr')[0]
      return properties !== undefined && wordElements(properties, 'keepNext').length > 0
    })
    const leadIns = keeps.filter((paragraph) => styleOf(paragraph) === 'NumberedParagraph')
    expect(leadIns.length).toBeGreaterThan(3)
    for (const paragraph of leadIns) expect(textOf(paragraph).trim()).toMatch(/:[\d\s]*$/)
    expect(leadIns.map(textOf).some((text) => text.includes('the following objectives'))).toBe(true)
  })

  it('leaves no level that a list uses marked tentative', () => {
    for (const element of wordElements(numbering, 'lvl')) {
      if (wordAttribute(element, 'ilvl') === '0')
        expect(wordAttribute(element, 'tentative')).toBeNull()
    }
  })

  it('fills the application properties Word shows: application, company and counts', () => {
    const properties = finalPackage.xml('docProps/app.xml')
    const value = (name: string) =>
      Array.from(properties.getElementsByTagName(name))[0]?.textContent ?? null
    expect(value('Application')).toBe('Rapporteur')
    expect(value('Company')).toBe(final.metadata.author)
    const words = paragraphs
      .map(textOf)
      .join(' ')
      .split(/\s+/)
      .filter((word) => word !== '')
    expect(Number(value('Words'))).toBe(words.length)
    expect(Number(value('Paragraphs'))).toBe(
      paragraphs.filter((paragraph) => textOf(paragraph).trim() !== '').length,
    )
  })

  it('sets the checklist’s ✓ in a face that has it', () => {
    const levels = wordElements(numbering, 'lvl').filter(
      (level) => wordAttribute(wordElements(level, 'lvlText')[0], 'val') === '✓',
    )
    expect(levels.length).toBeGreaterThan(0)
    for (const level of levels)
      expect(wordAttribute(wordElements(level, 'rFonts')[0], 'ascii')).toBe('Segoe UI Symbol')
  })

  it('types no number, numeral or letter at the start of any paragraph', () => {
    // The contents' entries carry their headings' numerals as text, as Word writes them.
    const typed = paragraphs
      .filter((paragraph) => styleOf(paragraph) !== 'TOC1')
      .map(textOf)
      .filter((text) => /^\s*(\d+|[IVXLC]+|[A-Z])[.)]\s/.test(text))
    expect(typed).toEqual([])
  })

  it('numbers the Heading 1 sections with upper-case roman numerals from one definition', () => {
    const headings = paragraphs.filter((paragraph) => styleOf(paragraph) === 'Heading1')
    expect(headings.map(textOf)).toEqual(final.sections.map((section) => section.title))
    const numIds = new Set(headings.map(numIdOf))
    expect(numIds.size).toBe(1)
    expect(numberingOf(numbering, [...numIds][0]!)).toMatchObject({
      format: 'upperRoman',
      start: 1,
    })
  })

  it('hangs the section titles far enough that the widest numeral, VIII., has room before them', () => {
    const headings = paragraphs.filter((paragraph) => styleOf(paragraph) === 'Heading1')
    const numId = numIdOf(headings[0]!)!
    const num = wordElements(numbering, 'num').find(
      (element) => wordAttribute(element, 'numId') === numId,
    )!
    const abstractId = wordAttribute(wordElements(num, 'abstractNumId')[0], 'val')
    const abstract = wordElements(numbering, 'abstractNum').find(
      (element) => wordAttribute(element, 'abstractNumId') === abstractId,
    )!
    const hanging = Number(wordAttribute(wordElements(abstract, 'ind')[0], 'hanging'))
    // "VIII." in Times New Roman Bold at 12 pt is 25.7 pt wide (V 722, I 389, . 250 thousandths).
    expect(final.sections.map((section) => section.label)).toContain('VIII.')
    expect(hanging).toBeGreaterThanOrEqual(Math.ceil(25.7 * 20) + 100)
  })

  it('letters each recommendation list from A, in a list of its own', () => {
    const byList = new Map<string, number>()
    const lettered = paragraphs.filter((paragraph) => {
      const numId = numIdOf(paragraph)
      return numId !== null && numberingOf(numbering, numId).format === 'upperLetter'
    })
    for (const paragraph of lettered)
      byList.set(numIdOf(paragraph)!, (byList.get(numIdOf(paragraph)!) ?? 0) + 1)
    expect([...byList.values()]).toEqual([6, 3, 5])
    for (const numId of byList.keys())
      expect(numberingOf(numbering, numId)).toMatchObject({ start: 1, startOverride: '1' })
  })

  it('keeps the checklist’s ✓ as a list marker and its lead-ins bold', () => {
    const checked = paragraphs.filter((paragraph) => {
      const numId = numIdOf(paragraph)
      return numId !== null && numberingOf(numbering, numId).text === '✓'
    })
    expect(checked.map((paragraph) => textOf(paragraph).split(':')[0])).toEqual([
      'Transparency',
      'Inclusivity',
      'Diversity',
      'Meaningful participation',
    ])
    for (const paragraph of checked) {
      const firstRun = wordElements(paragraph, 'r')[0]!
      expect(wordAttribute(wordElements(firstRun, 'rStyle')[0], 'val')).toBe('Strong')
    }
  })

  it('makes bullet lists real lists', () => {
    const bullets = paragraphs.filter((paragraph) => {
      const numId = numIdOf(paragraph)
      return (
        numId !== null &&
        numberingOf(numbering, numId).format === 'bullet' &&
        numberingOf(numbering, numId).text === '•'
      )
    })
    expect(bullets.length).toBeGreaterThanOrEqual(4 + 7)
    expect(bullets.every((paragraph) => styleOf(paragraph) === 'ListBullet')).toBe(true)
  })

  it('makes the agenda a table whose header row repeats on every page', () => {
    const tables = wordElements(document, 'tbl')
    expect(tables).toHaveLength(1)
    const rows = wordElements(tables[0]!, 'tr')
    expect(wordElements(rows[0]!, 'tblHeader')).toHaveLength(1)
    expect(rows.slice(1).every((row) => wordElements(row, 'tblHeader').length === 0)).toBe(true)
    expect(textOf(rows[0]!)).toBe('TimeDetails')
    expect(rows).toHaveLength(7)
  })

  it('rules the agenda as the PDF does: heavy rules around the header row, light ones under rows, none upright', () => {
    const table = wordElements(document, 'tbl')[0]!
    const borders = wordElements(wordElements(table, 'tblPr')[0]!, 'tblBorders')[0]!
    const border = (side: string) => {
      const element = wordElements(borders, side)[0]
      return { style: wordAttribute(element, 'val'), size: wordAttribute(element, 'sz') }
    }
    expect(border('top')).toEqual({ style: 'single', size: '8' })
    expect(border('insideH')).toEqual({ style: 'single', size: '4' })
    expect(border('bottom')).toEqual({ style: 'single', size: '4' })
    for (const side of ['left', 'right', 'insideV']) expect(border(side).style).toBe('none')
    const headerCells = wordElements(wordElements(table, 'tr')[0]!, 'tc')
    for (const headerCell of headerCells) {
      const bottom = wordElements(wordElements(headerCell, 'tcBorders')[0]!, 'bottom')[0]
      expect(wordAttribute(bottom, 'sz')).toBe('8')
    }
  })

  it('makes the agenda’s time column as wide as its times, not a fixed share', () => {
    const [grid] = wordElements(wordElements(document, 'tbl')[0]!, 'tblGrid')
    const [time, details] = wordElements(grid!, 'gridCol').map((column) =>
      Number(wordAttribute(column, 'w')),
    )
    // "10:30–11:00" in 10 pt Times is about 51 pt (1,012 twentieths); with the cell’s margins, 1,228.
    expect(time).toBeGreaterThanOrEqual(1228)
    expect(time).toBeLessThan(1228 * 1.2)
    expect(details! / time!).toBeGreaterThan(5)
  })

  it('links to the source URLs only, through external relationships', () => {
    const urls = sourceUrls(final)
    const targets = new Set<string>()
    for (const part of ['word/document.xml', 'word/footnotes.xml']) {
      const relationships = finalPackage.xml(part.replace('word/', 'word/_rels/').concat('.rels'))
      const byId = new Map(
        Array.from(relationships.getElementsByTagName('Relationship')).map((relationship) => [
          relationship.getAttribute('Id'),
          relationship,
        ]),
      )
      for (const hyperlink of wordElements(finalPackage.xml(part), 'hyperlink')) {
        // A link within the document (the contents' entries) goes to a bookmark of it.
        const anchor = wordAttribute(hyperlink, 'anchor')
        if (anchor !== null) {
          expect(bookmarkNames(finalPackage.xml('word/document.xml'))).toContain(anchor)
          continue
        }
        const relationship = byId.get(hyperlink.getAttributeNS(relationshipNamespace, 'id'))
        expect(relationship?.getAttribute('TargetMode')).toBe('External')
        expect(urls).toContain(relationship?.getAttribute('Target'))
        targets.add(relationship!.getAttribute('Target')!)
      }
    }
    expect(targets).toEqual(urls)
    // The background documents are links in the body; the notes' links are in the notes.
    expect(
      wordElements(finalPackage.xml('word/footnotes.xml'), 'hyperlink').length,
    ).toBeGreaterThanOrEqual(15)
  })

  it('defines each style once and uses Title, Heading 1, Normal, list and footnote styles', () => {
    const styles = finalPackage.xml('word/styles.xml')
    const ids = wordElements(styles, 'style').map((style) => wordAttribute(style, 'styleId'))
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual(
      expect.arrayContaining([
        'Normal',
        'Title',
        'Heading1',
        'Heading2',
        'ListBullet',
        'ListNumber',
        'FootnoteText',
      ]),
    )
    expect(styleOf(paragraphs[0]!)).toBe('Title')
    expect(textOf(paragraphs[0]!)).toBe(final.masthead.title)
    const noteParagraphs = wordElements(finalPackage.xml('word/footnotes.xml'), 'footnote')
      .filter((note) => wordAttribute(note, 'type') === null)
      .map((note) => styleOf(wordElements(note, 'p')[0]!))
    expect(new Set(noteParagraphs)).toEqual(new Set(['FootnoteText']))
    // Body paragraphs carry a style, not their own fonts, sizes or spacing.
    const direct = paragraphs.filter((paragraph) => {
      const properties = wordElements(paragraph, 'pPr')[0]
      return (
        properties !== undefined &&
        ['spacing', 'ind', 'jc'].some((name) => wordElements(properties, name).length > 0)
      )
    })
    expect(direct).toEqual([])
  })

  it('shows the masthead lines, with the status', () => {
    const texts = paragraphs.slice(0, 4).map(textOf)
    expect(texts).toEqual([
      final.masthead.title,
      final.masthead.facilitatorLine,
      final.masthead.dateLine,
      final.masthead.statusLine,
    ])
  })

  it('puts the short title and status in the header and Page X of Y fields in the footer', () => {
    const header = finalPackage.text('word/header1.xml')
    expect(header).toContain(final.metadata.shortTitle)
    expect(header).toContain(final.masthead.statusLine)
    const footer = finalPackage.text('word/footer1.xml')
    expect(footer).toMatch(/Page .*PAGE.* of .*NUMPAGES/s)
  })

  it('gives the PAGE and NUMPAGES fields results, for viewers that do not update fields', () => {
    const results = (part: string) =>
      wordElements(finalPackage.xml(part), 'fldSimple').map((field) => [
        wordAttribute(field, 'instr'),
        field.textContent,
      ])
    const document = finalPackage.text('word/document.xml')
    const footers = [...document.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"/g)]
    const relations = finalPackage.text('word/_rels/document.xml.rels')
    const partOf = (id: string) =>
      `word/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(relations)!.slice(1).find(Boolean)}`
    const byType = Object.fromEntries(footers.map(([, type, id]) => [type, results(partOf(id!))]))
    expect(byType.first?.[0]).toEqual(['PAGE', '1'])
    expect(byType.default?.[0]).toEqual(['PAGE', '2'])
    const pages = Number(byType.default?.[1]?.[1])
    expect(byType.default?.[1]?.[0]).toBe('NUMPAGES')
    expect(pages).toBeGreaterThan(5)
    expect(byType.first?.[1]).toEqual(['NUMPAGES', String(pages)])
  })

  it('sets the document properties from the metadata', () => {
    const core = finalPackage.text('docProps/core.xml')
    const { metadata } = final
    expect(core).toContain(`<dc:title>${metadata.title}</dc:title>`)
    expect(core).toContain(`<dc:subject>${metadata.subject}</dc:subject>`)
    expect(core).toContain(`<dc:creator>${metadata.author.replace(/&/g, '&amp;')}</dc:creator>`)
    expect(core).toContain(`<cp:keywords>${metadata.keywords.join(', ')}</cp:keywords>`)
    expect(core).toContain(`<dc:description>${metadata.description}</dc:description>`)
    expect(core).toContain(`<dc:language>${metadata.language}</dc:language>`)
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2022-02-08T00:00:00Z</dcterms:created>',
    )
    expect(core).toContain(
      '<dcterms:modified xsi:type="dcterms:W3CDTF">2022-02-08T00:00:00Z</dcterms:modified>',
    )
  })
})

describe('the marks a variant asks for', () => {
  it('draws a DRAFT watermark in the header and numbers lines, restarting each page, only when asked', () => {
    expect(draft.marks.watermark).toBe('DRAFT')
    const header = draftPackage.text('word/header1.xml')
    expect(header).toMatch(/<v:shape [^>]*id="PowerPlusWaterMarkObject\d+"/)
    expect(header).toMatch(/<v:textpath [^>]*string="DRAFT"/)
    const lineNumbers = wordElements(draftPackage.xml('word/document.xml'), 'lnNumType')
    expect(lineNumbers).toHaveLength(1)
    expect(wordAttribute(lineNumbers[0], 'restart')).toBe('newPage')

    expect(finalPackage.text('word/header1.xml')).not.toContain('PowerPlusWaterMarkObject')
    expect(finalPackage.text('word/header1.xml')).not.toContain('v:textpath')
    expect(wordElements(finalPackage.xml('word/document.xml'), 'lnNumType')).toHaveLength(0)
  })

  it('puts the status line and the comment line under the masthead of the draft only', () => {
    const texts = (opened: typeof draftPackage) =>
      wordElements(opened.xml('word/document.xml'), 'p').map(textOf)
    expect(texts(draftPackage)).toContain(draft.marks.commentLine)
    expect(texts(draftPackage)).toContain('Summary report — draft for comment')
    expect(texts(draftPackage).filter((text) => /draft for comment/i.test(text))).toHaveLength(1)
    expect(texts(finalPackage).join('\n')).not.toContain('Comments on this draft')
  })

  it('puts the notice in the header of the internal record', async () => {
    const opened = openPackage(await renderDocx(internal))
    expect(opened.text('word/header1.xml')).toContain(internal.marks.notice!)
    expect(opened.text('word/header1.xml')).toContain(internal.masthead.statusLine)
  })

  it('gives the masthead page a header of its own: no running head, the notice and watermark kept', async () => {
    const headerOf = (opened: typeof draftPackage, type: string) => {
      const document = opened.xml('word/document.xml')
      expect(wordElements(document, 'titlePg')).toHaveLength(1)
      const reference = wordElements(document, 'headerReference').find(
        (element) => wordAttribute(element, 'type') === type,
      )!
      const id = reference.getAttributeNS(relationshipNamespace, 'id')
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(
        opened.text('word/_rels/document.xml.rels'),
      )![1]!
      return opened.text(`word/${target}`)
    }
    const internalPackage = openPackage(await renderDocx(internal))
    const first = headerOf(internalPackage, 'first')
    expect(first).not.toContain(internal.metadata.shortTitle)
    expect(first).not.toContain(internal.masthead.statusLine)
    expect(first).toContain(internal.marks.notice!)
    expect(headerOf(internalPackage, 'default')).toContain(internal.metadata.shortTitle)
    expect(headerOf(draftPackage, 'first')).toMatch(/<v:textpath [^>]*string="DRAFT"/)
  })

  it('lays the page out on A4 by default and on Letter when asked', async () => {
    const size = (opened: typeof draftPackage) =>
      wordElements(opened.xml('word/document.xml'), 'pgSz')[0]
    expect(wordAttribute(size(finalPackage), 'w')).toBe('11906')
    const letter = openPackage(await renderDocx(final, { pageSize: 'Letter' }))
    expect(wordAttribute(size(letter), 'w')).toBe('12240')
    expect(wordAttribute(size(letter), 'h')).toBe('15840')
  })
})

describe('the same bytes for the same report', () => {
  it('renders the same report twice to identical bytes, with other renderings between', async () => {
    const first = await renderDocx(draft)
    await renderDocx(final, { pageSize: 'Letter' })
    const second = await renderDocx(draft)
    expect(second).toEqual(first)
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true)
  })

  it('renders an unresolved report as its status’s variant', async () => {
    const fromReport = openPackage(await renderDocx(report))
    expect(fromReport.text('word/document.xml')).toBe(
      openPackage(await renderDocx(resolveReport(report))).text('word/document.xml'),
    )
  })

  it('dates every zip entry to the document’s day, in a stable order', async () => {
    const entries = zipEntryTimes(await renderDocx(draft))
    expect(entries.length).toBe(draftPackage.names.length)
    expect(entries[0]!.name).toBe('[Content_Types].xml')
    // A DOS date: 2022-02-08 is ((2022 - 1980) << 9) | (2 << 5) | 8; the time is 12:00.
    expect(new Set(entries.map((entry) => entry.date))).toEqual(new Set([(42 << 9) | (2 << 5) | 8]))
    expect(new Set(entries.map((entry) => entry.time))).toEqual(new Set([12 << 11]))
    const rest = entries.slice(2).map((entry) => entry.name)
    expect(rest).toEqual([...rest].sort())
  })
})

describe('hostile text', () => {
  const hostile = hostileReport()

  it('is written as text, never as markup or a link with a dangerous scheme', async () => {
    const opened = openPackage(await renderDocx(hostile))
    const document = opened.xml('word/document.xml')
    const text = wordElements(document, 'p').map(textOf).join('\n')
    expect(text).toContain('<script>alert("title")</script>')
    expect(text).toContain('control characters')
    const relationships =
      opened.text('word/_rels/document.xml.rels') + opened.text('word/_rels/footnotes.xml.rels')
    expect(relationships).not.toMatch(/Target="(javascript|data):/i)
    expect(opened.text('word/document.xml')).not.toContain('<script>')
    const controls = [...text].filter(
      (character) => character.codePointAt(0)! < 0x20 && character !== '\n',
    )
    expect(controls).toEqual([])
  })
})

describe('note markers in a row', () => {
  it('read as "1,2": a comma in the note reference style between the two references', async () => {
    const opened = openPackage(await renderDocx(adjacentNotesReport()))
    const runs = wordElements(opened.xml('word/document.xml'), 'r')
    const marks = runs
      .map((run) =>
        wordElements(run, 'footnoteReference').length > 0
          ? `[${wordAttribute(wordElements(run, 'footnoteReference')[0], 'id')}]`
          : wordElements(run, 'rStyle').some(
                (style) => wordAttribute(style, 'val') === 'FootnoteReference',
              )
            ? textOf(run)
            : null,
      )
      .filter((mark) => mark !== null)
    expect(marks).toEqual(['[1]', ',', '[2]', '[3]'])
  })
})

describe('recommendations in the DOCX', () => {
  it('shows above each recommendations list who made it, kept with its first item', () => {
    const paragraphs = wordElements(finalPackage.xml('word/document.xml'), 'p')
    const captions = paragraphs.filter(
      (paragraph) => styleOf(paragraph) === 'RecommendationsCaption',
    )
    expect(captions.map(textOf)).toEqual([
      'Recommendations of Ms.\u00a0Omidvar',
      'Recommendations of Ms.\u00a0Krairiksh',
      'Recommendations of Mr.\u00a0Santiago',
    ])
    for (const caption of captions) {
      const next = paragraphs[paragraphs.indexOf(caption) + 1]!
      expect(styleOf(next)).toBe('ListNumber')
    }
    const style = wordElements(finalPackage.xml('word/styles.xml'), 'style').find(
      (element) => wordAttribute(element, 'styleId') === 'RecommendationsCaption',
    )!
    expect(wordElements(style, 'keepNext')).toHaveLength(1)
  })

  it('gathers the digest’s recommendations by speaker, each with its paragraph, and no notes of its own', async () => {
    const digest = openPackage(await renderDocx(resolveReport(report, { variant: 'digest' })))
    const document = digest.xml('word/document.xml')
    const texts = wordElements(document, 'p').map((paragraph) => normaliseText(textOf(paragraph)))
    expect(texts.filter((text) => text.includes('held under the Chatham House Rule'))).toHaveLength(
      1,
    )
    expect(texts).toContain(normaliseText('Participants'))
    expect(texts).toContain(
      normaliseText(
        'One participant called for increased cooperation among MPs and trade unions in the region (para.\u00a030).',
      ),
    )
    const notes = wordElements(digest.xml('word/footnotes.xml'), 'footnote').filter(
      (note) => wordAttribute(note, 'type') === null,
    )
    expect(notes).toEqual([])
    expect(wordElements(document, 'footnoteReference')).toEqual([])
    expect(texts.join(' ')).toContain(
      normaliseText('such as the Caribbean Community (CARICOM), who have devised protocols'),
    )
    expect(
      wordElements(document, 'p').filter(
        (paragraph) => styleOf(paragraph) === 'RecommendationsCaption',
      ),
    ).toEqual([])
  })
})

describe('an Arabic report as a Word package', async () => {
  const arabic = resolveReport(await loadReport(arabicExamplePath), { variant: 'final' })
  const wordPackage = openPackage(await renderDocx(arabic))
  const paragraphs = wordElements(wordPackage.xml('word/document.xml'), 'p')
  const numbering = wordPackage.xml('word/numbering.xml')

  it('heads each section with its Arabic ordinal, a tab, then its title', () => {
    const headings = paragraphs.filter((paragraph) => styleOf(paragraph) === 'Heading1')
    expect(headings.map(textOf)).toEqual(
      arabic.sections.map((section) => `${section.label}${section.title}`),
    )
    expect(headings.map(textOf).slice(0, 2)).toEqual([
      'أولاً\u00a0-الخلفية',
      'ثانياً\u00a0-الأهداف والحضور',
    ])
    for (const heading of headings) {
      expect(wordElements(heading, 'tab')).toHaveLength(1)
      expect(numIdOf(heading)).toBeNull()
    }
  })

  it('numbers paragraphs 1 -, 2 -, … from the Numbered Paragraph style’s list', () => {
    const numbered = paragraphs.filter((paragraph) => styleOf(paragraph) === 'NumberedParagraph')
    expect(numbered.length).toBeGreaterThan(5)
    const styles = wordPackage.xml('word/styles.xml')
    const style = wordElements(styles, 'style').find(
      (element) => wordAttribute(element, 'styleId') === 'NumberedParagraph',
    )!
    const numId = wordAttribute(wordElements(style, 'numId')[0], 'val')!
    expect(numberingOf(numbering, numId)).toMatchObject({ format: 'decimal', text: '%1\u00a0-' })
  })

  it('lists the sections in the contents as the headings read', () => {
    const entries = paragraphs.filter((paragraph) => styleOf(paragraph) === 'TOC1').map(textOf)
    expect(entries.slice(0, 2)).toEqual([
      'أولاً\u00a0-\u00a0الخلفية',
      'ثانياً\u00a0-\u00a0الأهداف والحضور',
    ])
  })
})
