import { fitRunningHead } from '@rapporteur/core'
import { Footer, Header, Paragraph, type ParagraphChild, SimpleField, TextRun } from 'docx'
import { TextWatermark } from 'docx/watermarks'
import type { RenderState } from './render-state.js'
import { styleIds } from './styles.js'
import { textWidth } from './text-width.js'
import { xmlSafe } from './xml-safe.js'

/** The header style's size, in points (see `createStyles`). */
const headerSize = 9
/** The least space between the running head's title and its status, in twentieths of a point. */
const runningHeadGap = 240

/**
 * The page header: short title and status on one line, the notice, and the watermark where the
 * marks ask.
 * The first page's header (`first`) leaves out the running head, as the masthead page of the
 * PDF does, and keeps the notice and the watermark.
 */
export function createHeader(state: RenderState, page: 'first' | 'default' = 'default'): Header {
  const { metadata, masthead, marks } = state.report
  // One line, never wrapped: the title (or also the status) shortened at a word to fit.
  const head = fitRunningHead({
    title: metadata.shortTitle,
    status: masthead.statusLine,
    width: state.geometry.textWidth,
    gap: runningHeadGap,
    measure: (text) => textWidth(text, headerSize),
    language: metadata.language,
  })
  const first: ParagraphChild[] =
    page === 'first'
      ? []
      : [
          new TextRun(xmlSafe(head.title)),
          new TextRun({ children: ['\t'] }),
          new TextRun(xmlSafe(head.status)),
        ]
  // Word puts its watermark in a header paragraph, so that it repeats on every page.
  if (marks.watermark !== null)
    first.push(new TextWatermark({ text: xmlSafe(marks.watermark), font: 'Times New Roman' }))
  const paragraphs = [new Paragraph({ style: styleIds.header, children: first })]
  if (marks.notice !== null) {
    paragraphs.push(
      new Paragraph({
        style: styleIds.header,
        children: [new TextRun({ text: xmlSafe(marks.notice), bold: true })],
      }),
    )
  }
  return new Header({ children: paragraphs })
}

/**
 * The page footer: the language's `Page X of Y`, X and Y from the PAGE and NUMPAGES
 * fields. Each field carries a result for viewers that do not update fields: the
 * first page's number on the first page's footer, the second's on the others', and
 * the estimated count of pages.
 */
export function createFooter(state: RenderState, page: 'first' | 'default', pages: number): Footer {
  const children = state.report.labels.pageNumber.map((part) =>
    part.type === 'page'
      ? new SimpleField('PAGE', page === 'first' ? '1' : '2')
      : part.type === 'pages'
        ? new SimpleField('NUMPAGES', String(pages))
        : new TextRun(xmlSafe(part.value)),
  )
  return new Footer({ children: [new Paragraph({ style: styleIds.footer, children })] })
}
