import { inlineText, type ResolvedBlock, type ResolvedReport } from '@rapporteur/core'
import type { PageGeometry } from './docx-options.js'
import { bodyIndent, listIndent } from './styles.js'
import { textWidth } from './text-width.js'

/** A kind of paragraph as the styles set it: size in points, indent, spacing and leading in twips. */
interface Setting {
  size: number
  indent: number
  before: number
  after: number
  /** Line spacing as Word's `w:line`, in 240ths of the font's single line. */
  line: number
  bold?: boolean
}

// Times New Roman's single line is 1.15 of its size (ascent, descent and line gap).
const singleLine = 1.15

const settings = {
  body: { size: 11, indent: bodyIndent, before: 0, after: 120, line: 259 },
  item: { size: 11, indent: listIndent, before: 0, after: 60, line: 259 },
  heading: { size: 12, indent: bodyIndent, before: 240, after: 120, line: 259, bold: true },
  subheading: { size: 11, indent: 0, before: 240, after: 120, line: 259, bold: true },
  title: { size: 14, indent: 0, before: 240, after: 240, line: 259, bold: true },
  masthead: { size: 11, indent: 0, before: 0, after: 120, line: 259 },
  table: { size: 10, indent: 0, before: 20, after: 40, line: 259 },
  note: { size: 9, indent: 284, before: 0, after: 40, line: 240 },
} as const satisfies Record<string, Setting>

/** The pages laid out so far, and the height used on the last. */
interface Flow {
  pages: number
  used: number
  height: number
  width: number
}

function lineHeight(setting: Setting): number {
  return Math.ceil(setting.size * 20 * singleLine * (setting.line / 240))
}

/** Sets a paragraph of `text` line by line, a line that does not fit starting the next page. */
function add(flow: Flow, text: string, setting: Setting): void {
  // A line is seldom full: the word that does not fit goes to the next, about a fifteenth of a line.
  const measure = Math.max(1, (flow.width - setting.indent) * 0.94)
  const lines = Math.max(1, Math.ceil(textWidth(text, setting.size, setting.bold) / measure))
  const line = lineHeight(setting)
  flow.used += flow.used === 0 ? 0 : setting.before
  for (let index = 0; index < lines; index++) {
    if (flow.used + line > flow.height) {
      flow.pages += 1
      flow.used = 0
    }
    flow.used += line
  }
  flow.used += setting.after
}

function newPage(flow: Flow): void {
  if (flow.used === 0) return
  flow.pages += 1
  flow.used = 0
}

function addBlock(flow: Flow, block: ResolvedBlock): void {
  switch (block.type) {
    case 'paragraph':
      add(flow, inlineText(block.content), settings.body)
      return
    case 'subheading':
      add(flow, block.text, settings.subheading)
      return
    case 'list':
      for (const item of block.items) add(flow, inlineText(item.content), settings.item)
      return
    case 'checklist':
      for (const item of block.items)
        add(flow, `${inlineText(item.leadIn)} ${inlineText(item.content)}`, settings.item)
      return
    case 'recommendations':
      if (block.caption !== null) add(flow, block.caption, settings.body)
      for (const item of block.items) add(flow, inlineText(item.content), settings.item)
      return
    case 'table':
      for (const row of [block.header, ...block.rows])
        add(flow, row.map((cell) => inlineText(cell)).join('  '), settings.table)
      return
    case 'documentList':
      for (const item of block.items) add(flow, `${item.title} ${item.url}`, settings.item)
      return
    case 'agenda': {
      // The details column is about three quarters of the table.
      const details = { ...settings.table, indent: Math.round(flow.width / 4) }
      add(flow, block.detailsHeading, details)
      for (const row of block.rows) add(flow, `${row.session} ${row.speakers.join(', ')}`, details)
      return
    }
    case 'attendance':
      for (const line of block.lines) add(flow, line, settings.body)
      return
  }
}

/**
 * About how many pages Word lays the document out on, from its text's widths in
 * Times New Roman and the styles' sizes and spacing: the cached result of the
 * NUMPAGES field, which viewers that do not update fields show. Word and
 * LibreOffice count the pages themselves when they lay the document out.
 */
export function estimatePageCount(report: ResolvedReport, geometry: PageGeometry): number {
  // The footer and the header take their distance from the page's edge, within its margins.
  const flow: Flow = {
    pages: 1,
    used: 0,
    height: geometry.height - 2 * geometry.margin,
    width: geometry.textWidth,
  }
  const { masthead, marks } = report
  add(flow, masthead.title, settings.title)
  for (const line of [
    masthead.facilitatorLine,
    masthead.dateLine,
    masthead.statusLine,
    masthead.symbol,
    masthead.distributionLine,
    masthead.originalLanguageLine,
    marks.banner,
    marks.commentLine,
  ])
    if (line) add(flow, line, settings.masthead)
  add(flow, report.labels.contents, settings.subheading)
  for (const section of report.sections) add(flow, section.entry, settings.masthead)
  for (const annex of report.annexes) add(flow, annex.entry, settings.masthead)
  for (const section of report.sections) {
    add(flow, section.entry, settings.heading)
    for (const block of section.blocks) addBlock(flow, block)
  }
  for (const annex of report.annexes) {
    newPage(flow)
    add(flow, annex.label, settings.title)
    add(flow, annex.title, settings.title)
    for (const block of annex.blocks) addBlock(flow, block)
  }
  for (const note of report.footnotes) add(flow, inlineText(note.content), settings.note)
  return flow.pages
}
