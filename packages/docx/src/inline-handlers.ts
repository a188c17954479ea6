import { isAllowedUrl, type ResolvedInline } from '@rapporteur/core'
import { ExternalHyperlink, FootnoteReferenceRun, type ParagraphChild, TextRun } from 'docx'
import type { RenderState } from './render-state.js'
import { scriptParts } from './script-fonts.js'
import { styleIds } from './styles.js'
import { xmlSafe } from './xml-safe.js'

/** The character formatting in effect where an inline is rendered. */
export interface RunMarks {
  emphasis: boolean
  strong: boolean
  /** Inside a hyperlink: runs take the Hyperlink style and links do not nest. */
  link: boolean
}

/** No formatting: plain body text. */
export const plainRun: RunMarks = { emphasis: false, strong: false, link: false }

type InlineHandlers = {
  [K in ResolvedInline['type']]: (
    node: Extract<ResolvedInline, { type: K }>,
    state: RenderState,
    marks: RunMarks,
  ) => ParagraphChild[]
}

/** The runs of a text: one, or one per stretch of a script that needs a face of its own. */
function textRuns(text: string, marks: RunMarks, state: RenderState): TextRun[] {
  const style = marks.link
    ? styleIds.hyperlink
    : marks.strong
      ? styleIds.strong
      : marks.emphasis
        ? styleIds.emphasis
        : undefined
  const primary = state.report.language.tag.toLowerCase().split('-')[0] ?? ''
  return scriptParts(text, primary).map(
    (part) =>
      new TextRun({
        text: xmlSafe(part.text),
        ...(style === undefined ? {} : { style }),
        ...(part.font === null ? {} : { font: part.font }),
        // A character style carries one of the marks; the other, where both apply, is set on the run.
        ...(marks.link && marks.strong ? { bold: true } : {}),
        ...((marks.link || marks.strong) && marks.emphasis ? { italics: true } : {}),
      }),
  )
}

const inlineHandlers: InlineHandlers = {
  text: (node, state, marks) => textRuns(node.value, marks, state),
  emphasis: (node, state, marks) =>
    renderInlines(node.children, state, { ...marks, emphasis: true }),
  strong: (node, state, marks) => renderInlines(node.children, state, { ...marks, strong: true }),
  link: (node, state, marks) => {
    if (marks.link || !isAllowedUrl(node.url)) return renderInlines(node.children, state, marks)
    return [
      new ExternalHyperlink({
        link: node.url,
        children: renderInlines(node.children, state, { ...marks, link: true }),
      }),
    ]
  },
  footnoteReference: (node, state) => {
    const separator =
      node.separator === ''
        ? []
        : [new TextRun({ text: xmlSafe(node.separator), style: 'FootnoteReference' })]
    if (state.referencedNotes.has(node.number)) {
      // Word gives a note one reference; a later one repeats its number in the note reference style.
      return [...separator, new TextRun({ text: String(node.number), style: 'FootnoteReference' })]
    }
    state.referencedNotes.add(node.number)
    return [...separator, new FootnoteReferenceRun(node.number)]
  },
  mention: (node, state, marks) => textRuns(node.text, marks, state),
  participant: (node, state, marks) => textRuns(node.text, marks, state),
  break: () => [new TextRun({ break: 1 })],
}

/** Renders inline content as the runs of a Word paragraph. */
export function renderInlines(
  inlines: readonly ResolvedInline[],
  state: RenderState,
  marks: RunMarks = plainRun,
): ParagraphChild[] {
  const children: ParagraphChild[] = []
  for (const inline of inlines) {
    const handler = inlineHandlers[inline.type] as
      | ((node: ResolvedInline, state: RenderState, marks: RunMarks) => ParagraphChild[])
      | undefined
    if (handler === undefined)
      throw new Error(
        `Cannot render an inline of type "${(inline as { type: unknown }).type}" in DOCX.`,
      )
    children.push(...handler(inline, state, marks))
  }
  return children
}
