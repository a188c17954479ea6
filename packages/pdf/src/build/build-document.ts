import type { ResolvedReport } from '@rapporteur/core'
import type { FlowLine, FontFace, Piece, TagNode } from '../layout/types.js'
import { addBlock } from './block-handlers.js'
import { type BuildState, typeScale } from './build-state.js'
import { addText, piecesOf } from './inline-pieces.js'
import { type TextBlock, textLines } from './text-lines.js'

/** The document laid out as flow: body lines in reading order and each note's lines by number. */
export interface DocumentFlow {
  body: FlowLine[]
  notes: Map<number, FlowLine[]>
}

function plain(
  state: BuildState,
  text: string,
  face: FontFace,
  size: number,
  tag: TagNode,
): Piece[] {
  const pieces: Piece[] = []
  addText(text, { face, size, link: null, tag }, state, pieces)
  return pieces
}

function centred(
  state: BuildState,
  pieces: Piece[],
  size: number,
  leading: number,
  spaceBefore: number,
): TextBlock {
  const { marginLeft, textRight } = state.geometry
  return {
    pieces,
    left: marginLeft,
    width: textRight - marginLeft,
    size,
    leading,
    align: 'center',
    spaceBefore,
    keepWithNext: true,
  }
}

function addMasthead(state: BuildState, report: ResolvedReport, root: TagNode): void {
  const { masthead, marks } = report
  // As on UN documents: symbol, distribution and original language at the top right.
  const corner = [
    masthead.symbol === null ? null : ([masthead.symbol, 'bold'] as const),
    masthead.distributionLine === null ? null : ([masthead.distributionLine, 'regular'] as const),
    masthead.originalLanguageLine === null
      ? null
      : ([masthead.originalLanguageLine, 'regular'] as const),
  ].filter((line) => line !== null)
  for (const [text, face] of corner) {
    const tag: TagNode = { role: 'P', parent: root }
    const pieces = plain(state, text, face, typeScale.bodySize, tag)
    const block = centred(state, pieces, typeScale.bodySize, typeScale.bodyLeading, 0)
    // The end of the line: the right in a left-to-right document, the left mirrored.
    const width = state.mirrored
      ? Math.min(block.width, state.text.naturalWidth(pieces) + 1)
      : block.width
    state.body.push(
      ...textLines(state, {
        ...block,
        left: state.mirrored ? block.left + block.width - width : block.left,
        width,
        align: state.mirrored ? 'left' : 'right',
        spaceBefore: 0,
        keepWithNext: true,
      }),
    )
  }
  const title: TagNode = { role: 'H1', parent: root }
  state.body.push(
    ...textLines(state, {
      ...centred(
        state,
        plain(state, masthead.title, 'bold', typeScale.titleSize, title),
        typeScale.titleSize,
        typeScale.titleLeading,
        0,
      ),
      anchor: { bookmark: masthead.title, destination: 'masthead' },
    }),
  )
  const line = (text: string, face: FontFace, spaceBefore: number) => {
    const tag: TagNode = { role: 'P', parent: root }
    state.body.push(
      ...textLines(
        state,
        centred(
          state,
          plain(state, text, face, typeScale.bodySize, tag),
          typeScale.bodySize,
          typeScale.bodyLeading,
          spaceBefore,
        ),
      ),
    )
  }
  line(masthead.facilitatorLine, 'regular', 10)
  line(masthead.dateLine, 'regular', 6)
  line(masthead.statusLine, 'bold', 10)
  // The banner in bold italic and the comment line in italic, as the DOCX's and the HTML's.
  if (marks.banner) line(marks.banner, 'boldItalic', 6)
  if (marks.commentLine) line(marks.commentLine, 'italic', 6)
  const last = state.body[state.body.length - 1]!
  last.rules.push({
    x1: state.geometry.marginLeft,
    y1: last.height + 9,
    x2: state.geometry.textRight,
    y2: last.height + 9,
    width: 0.6,
  })
  last.keepWithNext = false
}

function addHeading(
  state: BuildState,
  tag: TagNode,
  label: string,
  text: string,
  bookmark: string,
  destination: string,
): void {
  state.body.push(
    ...textLines(state, {
      pieces: plain(state, text, 'bold', typeScale.headingSize, tag),
      left: state.geometry.textLeft,
      width: state.geometry.textRight - state.geometry.textLeft,
      size: typeScale.headingSize,
      leading: typeScale.headingLeading,
      align: 'left',
      spaceBefore: typeScale.headingSpace,
      keepWithNext: true,
      label: { text: label, face: 'bold', x: state.geometry.marginLeft, tag },
      anchor: { bookmark, destination },
    }),
  )
}

function addNotes(state: BuildState, report: ResolvedReport, root: TagNode): void {
  const { marginLeft, textRight } = state.geometry
  const textLeft = marginLeft + 16
  for (const note of report.footnotes) {
    const tag: TagNode = {
      role: 'Note',
      parent: state.noteParents.get(note.number) ?? root,
      id: note.id,
    }
    state.location = `note ${note.number}`
    const lines = textLines(state, {
      pieces: piecesOf(
        note.content,
        { face: 'regular', size: typeScale.noteSize, link: null, tag },
        state,
      ),
      left: textLeft,
      width: textRight - textLeft,
      size: typeScale.noteSize,
      leading: typeScale.noteLeading,
      align: 'justify',
      spaceBefore: typeScale.noteSpace,
      keepWithNext: false,
      label: { text: String(note.number), face: 'regular', x: marginLeft, tag },
      anchor: { bookmark: null, destination: note.id },
    })
    state.notes.set(note.number, lines)
  }
}

/**
 * Lays out the whole report as flow: the masthead, each section with its heading,
 * the annexes, then each note's lines, ready for pagination.
 */
export function buildDocument(
  state: BuildState,
  report: ResolvedReport,
  root: TagNode,
): DocumentFlow {
  addMasthead(state, report, root)
  for (const section of report.sections) {
    const tag: TagNode = { role: 'Sect', parent: root }
    const heading: TagNode = { role: 'H2', parent: tag }
    addHeading(state, heading, section.label, section.title, section.entry, section.id)
    for (const block of section.blocks) addBlock(block, state, { tag })
  }
  for (const annex of report.annexes) {
    const tag: TagNode = { role: 'Sect', parent: root }
    const heading: TagNode = { role: 'H2', parent: tag }
    const label = textLines(state, {
      ...centred(
        state,
        plain(state, annex.label, 'bold', typeScale.headingSize, heading),
        typeScale.headingSize,
        typeScale.headingLeading,
        typeScale.headingSpace * 1.5,
      ),
      anchor: { bookmark: annex.entry, destination: annex.id },
    })
    label[0]!.pageBreakBefore = true
    const title = textLines(
      state,
      centred(
        state,
        plain(state, annex.title, 'bold', typeScale.headingSize, heading),
        typeScale.headingSize,
        typeScale.headingLeading,
        4,
      ),
    )
    state.body.push(...label, ...title)
    for (const block of annex.blocks) addBlock(block, state, { tag })
  }
  addNotes(state, report, root)
  return { body: state.body, notes: state.notes }
}
