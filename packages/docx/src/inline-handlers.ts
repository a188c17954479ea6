import { isAllowedUrl, type ResolvedInline } from '@rapporteur/core'
import { ExternalHyperlink, FootnoteReferenceRun, type ParagraphChild, TextRun } from 'docx'
import type { RenderState } from './render-state.js'
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

function textRun(text: string, marks: RunMarks): TextRun {
  const style = marks.link
    ? styleIds.hyperlink
    : marks.strong
      ? styleIds.strong
      : marks.emphasis
        ? styleIds.emphasis
        : undefined
  return new TextRun({
    text: xmlSafe(text),
    ...(style === undefined ? {} : { style }),
    // A character style carries one of the marks; the other, where both apply, is set on the run.
    ...(marks.link && marks.strong ? { bold: true } : {}),
    ...((marks.link || marks.strong) && marks.emphasis ? { italics: true } : {}),
  })
}

const inlineHandlers: InlineHandlers = {
  text: (node, _state, marks) => [textRun(node.value, marks)],
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
  mention: (node, _state, marks) => [textRun(node.text, marks)],
  participant: (node, _state, marks) => [textRun(node.text, marks)],
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
