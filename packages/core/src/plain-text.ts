import type { Report } from './report-schema.js'
import type { ResolvedBlock, ResolvedInline, ResolvedReport } from './resolved-model.js'
import { toResolvedReport } from './to-resolved-report.js'

const superscriptDigits = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹']

/** Writes a number in superscript digits, as a footnote marker reads: 12 → `¹²`. */
export function toSuperscript(value: number): string {
  return String(value)
    .split('')
    .map((digit) => superscriptDigits[Number(digit)])
    .join('')
}

/** The text of inline content as a reader reads it; footnote markers as superscript digits. */
export function inlineText(inlines: readonly ResolvedInline[]): string {
  let text = ''
  for (const inline of inlines) {
    switch (inline.type) {
      case 'text':
        text += inline.value
        break
      case 'emphasis':
      case 'strong':
      case 'link':
        text += inlineText(inline.children)
        break
      case 'footnoteReference':
        text += inline.separator + toSuperscript(inline.number)
        break
      case 'mention':
      case 'participant':
        text += inline.text
        break
      case 'break':
        text += '\n'
        break
    }
  }
  return text
}

function blockText(block: ResolvedBlock): string[] {
  switch (block.type) {
    case 'paragraph':
      return [`${block.number === null ? '' : `${block.number}. `}${inlineText(block.content)}`]
    case 'subheading':
      return [block.text]
    case 'list':
      return block.items.map(
        (item) => `${item.number === null ? '•' : `${item.number}.`} ${inlineText(item.content)}`,
      )
    case 'checklist':
      return block.items.map((item) =>
        `${item.marker} ${inlineText(item.leadIn)} ${inlineText(item.content)}`.replace(
          / {2,}/g,
          ' ',
        ),
      )
    case 'recommendations':
      return [
        ...(block.caption === null ? [] : [block.caption]),
        ...block.items.map((item) => `${item.label} ${inlineText(item.content)}`),
      ]
    case 'table':
      return [block.header, ...block.rows].map((row) => row.map(inlineText).join(' | '))
    case 'documentList':
      return block.items.map((item) => `${item.number}. ${item.title} ${item.url}`)
    case 'agenda':
      return [
        `${block.timeHeading} | ${block.detailsHeading}`,
        ...block.rows.map((row) => [row.time, row.session, ...row.speakers].join(' | ')),
      ]
    case 'attendance':
      return block.lines
  }
}

/**
 * The document's text as a reader reads it: masthead, section numerals, paragraph
 * numbers, list letters and the notes, one block per paragraph.
 */
export function toPlainText(report: Report | ResolvedReport): string {
  const resolved = toResolvedReport(report)
  const lines: string[] = []
  const { masthead, marks } = resolved
  if (marks.notice) lines.push(marks.notice)
  lines.push(masthead.title, masthead.facilitatorLine, masthead.dateLine, masthead.statusLine)
  if (marks.banner) lines.push(marks.banner)
  if (marks.commentLine) lines.push(marks.commentLine)
  for (const section of resolved.sections) {
    lines.push('', `${section.numeral}. ${section.title}`)
    for (const block of section.blocks) lines.push('', ...blockText(block))
  }
  for (const annex of resolved.annexes) {
    lines.push('', `${annex.label}: ${annex.title}`)
    for (const block of annex.blocks) lines.push('', ...blockText(block))
  }
  if (resolved.footnotes.length > 0) {
    lines.push('', resolved.labels.notes)
    for (const note of resolved.footnotes)
      lines.push('', `${toSuperscript(note.number)} ${inlineText(note.content)}`)
  }
  return `${lines.join('\n')}\n`
}
