import type { ResolvedBlock, ResolvedInline } from '@rapporteur/core'
import type { Piece, TagNode } from '../layout/types.js'
import { type BuildState, typeScale } from './build-state.js'
import { addText, piecesOf } from './inline-pieces.js'
import { tableLines, tableTags } from './table-rows.js'
import { textLines } from './text-lines.js'

/** Where blocks go: the structure element of their section or annex. */
export interface BlockContext {
  tag: TagNode
}

type BlockHandlers = {
  [K in ResolvedBlock['type']]: (
    node: Extract<ResolvedBlock, { type: K }>,
    state: BuildState,
    context: BlockContext,
  ) => void
}

const listTextIndent = 16
const letterTextIndent = 20

function bodyWidth(state: BuildState, left: number): number {
  return state.geometry.textRight - left
}

/** Sets a list: each item a label hanging at the text's left edge and its body indented. */
function addListItems(
  state: BuildState,
  context: BlockContext,
  items: ReadonlyArray<{
    label: string
    labelFace?: 'regular' | 'bold'
    content: (tag: TagNode) => Piece[]
  }>,
  indent: number,
  align: 'justify' | 'left' = 'justify',
): void {
  const list: TagNode = { role: 'L', parent: context.tag }
  const left = state.geometry.textLeft + indent
  items.forEach((item) => {
    const listItem: TagNode = { role: 'LI', parent: list }
    const label: TagNode = { role: 'Lbl', parent: listItem }
    const body: TagNode = { role: 'LBody', parent: listItem }
    state.body.push(
      ...textLines(state, {
        pieces: item.content(body),
        left,
        width: bodyWidth(state, left),
        size: typeScale.bodySize,
        leading: typeScale.bodyLeading,
        align,
        spaceBefore: typeScale.paragraphSpace * 0.6,
        keepWithNext: false,
        label: {
          text: item.label,
          face: item.labelFace ?? 'regular',
          x: state.geometry.textLeft,
          tag: label,
        },
      }),
    )
  })
}

function bodyPieces(state: BuildState, content: readonly ResolvedInline[], tag: TagNode): Piece[] {
  return piecesOf(content, { face: 'regular', size: typeScale.bodySize, link: null, tag }, state)
}

const blockHandlers: BlockHandlers = {
  paragraph: (node, state, context) => {
    const tag: TagNode = { role: 'P', parent: context.tag }
    const { textLeft, marginLeft } = state.geometry
    state.location = node.number === null ? null : `paragraph ${node.number}`
    state.body.push(
      ...textLines(state, {
        pieces: bodyPieces(state, node.content, tag),
        left: textLeft,
        width: bodyWidth(state, textLeft),
        size: typeScale.bodySize,
        leading: typeScale.bodyLeading,
        align: 'justify',
        spaceBefore: typeScale.paragraphSpace,
        // A paragraph that introduces a list stays on the page of the list's first item.
        keepWithNext: node.leadsIn,
        ...(node.marker === null
          ? {}
          : { label: { text: node.marker, face: 'regular' as const, x: marginLeft, tag } }),
        ...(node.id === null ? {} : { anchor: { bookmark: null, destination: node.id } }),
      }),
    )
  },
  subheading: (node, state, context) => {
    const tag: TagNode = { role: 'H3', parent: context.tag }
    const pieces: Piece[] = []
    // Bold italic, as the DOCX's Heading 2 and the HTML's subheadings are.
    addText(
      node.text,
      { face: 'boldItalic', size: typeScale.bodySize, link: null, tag },
      state,
      pieces,
    )
    state.body.push(
      ...textLines(state, {
        pieces,
        left: state.geometry.textLeft,
        width: bodyWidth(state, state.geometry.textLeft),
        size: typeScale.bodySize,
        leading: typeScale.bodyLeading,
        align: 'left',
        spaceBefore: typeScale.headingSpace * 0.75,
        keepWithNext: true,
      }),
    )
  },
  list: (node, state, context) => {
    addListItems(
      state,
      context,
      node.items.map((item) => ({
        label: item.marker ?? '•',
        content: (tag: TagNode) => bodyPieces(state, item.content, tag),
      })),
      listTextIndent,
    )
  },
  checklist: (node, state, context) => {
    addListItems(
      state,
      context,
      node.items.map((item) => ({
        label: item.marker,
        labelFace: 'bold' as const,
        content: (tag: TagNode) => {
          const pieces = piecesOf(
            item.leadIn,
            { face: 'bold', size: typeScale.bodySize, link: null, tag },
            state,
          )
          addText(
            ' ',
            { face: 'regular', size: typeScale.bodySize, link: null, tag },
            state,
            pieces,
          )
          return [...pieces, ...bodyPieces(state, item.content, tag)]
        },
      })),
      listTextIndent,
    )
  },
  recommendations: (node, state, context) => {
    if (node.caption !== null) {
      const tag: TagNode = { role: 'P', parent: context.tag }
      const pieces: Piece[] = []
      addText(
        node.caption,
        { face: 'italic', size: typeScale.bodySize, link: null, tag },
        state,
        pieces,
      )
      state.body.push(
        ...textLines(state, {
          pieces,
          left: state.geometry.textLeft,
          width: bodyWidth(state, state.geometry.textLeft),
          size: typeScale.bodySize,
          leading: typeScale.bodyLeading,
          align: 'left',
          spaceBefore: typeScale.paragraphSpace * 0.6,
          // The caption stays on the page of the list's first item.
          keepWithNext: true,
        }),
      )
    }
    addListItems(
      state,
      context,
      node.items.map((item) => ({
        label: item.label,
        content: (tag: TagNode) => bodyPieces(state, item.content, tag),
      })),
      letterTextIndent,
    )
  },
  documentList: (node, state, context) => {
    addListItems(
      state,
      context,
      node.items.map((item) => ({
        label: item.marker,
        content: (tag: TagNode) => {
          const pieces: Piece[] = []
          addText(
            item.title,
            { face: 'regular', size: typeScale.bodySize, link: null, tag },
            state,
            pieces,
          )
          pieces.push({
            text: '',
            face: 'regular',
            size: typeScale.bodySize,
            rise: 0,
            link: null,
            tag,
            lineBreak: true,
          })
          const safe = /^https?:/i.test(item.url)
          const linkTag: TagNode = safe ? { role: 'Link', parent: tag } : tag
          addText(
            item.url,
            {
              face: 'regular',
              size: typeScale.bodySize,
              link: safe ? { kind: 'uri', url: item.url } : null,
              tag: linkTag,
            },
            state,
            pieces,
          )
          return pieces
        },
      })),
      letterTextIndent,
      'left',
    )
  },
  table: (node, state, context) => {
    const columns = Math.max(node.header.length, ...node.rows.map((row) => row.length))
    const tags = tableTags(context.tag, columns, node.rows.length)
    const cellPieces = (
      content: readonly ResolvedInline[],
      tag: TagNode,
      face: 'regular' | 'bold',
    ) => piecesOf(content, { face, size: typeScale.bodySize * 0.95, link: null, tag }, state)
    state.body.push(
      ...tableLines(state, {
        header: node.header.map((cell, column) => [cellPieces(cell, tags.header[column]!, 'bold')]),
        rows: node.rows.map((row, rowIndex) =>
          row.map((cell, column) => [cellPieces(cell, tags.rows[rowIndex]![column]!, 'regular')]),
        ),
        left: state.geometry.textLeft,
        width: bodyWidth(state, state.geometry.textLeft),
        spaceBefore: typeScale.paragraphSpace * 1.5,
      }),
    )
  },
  agenda: (node, state, context) => {
    const tags = tableTags(context.tag, 2, node.rows.length)
    const size = typeScale.bodySize * 0.95
    const text = (value: string, tag: TagNode, face: 'regular' | 'bold' | 'italic') => {
      const pieces: Piece[] = []
      addText(value, { face, size, link: null, tag }, state, pieces)
      return pieces
    }
    state.body.push(
      ...tableLines(state, {
        header: [
          [text(node.timeHeading, tags.header[0]!, 'bold')],
          [text(node.detailsHeading, tags.header[1]!, 'bold')],
        ],
        rows: node.rows.map((row, index) => {
          const [timeTag, detailsTag] = tags.rows[index]!
          return [
            [text(row.time, timeTag!, 'regular')],
            [
              text(row.session, detailsTag!, row.note ? 'italic' : 'bold'),
              ...row.speakers.map((speaker) => text(speaker, detailsTag!, 'regular')),
            ],
          ]
        }),
        left: state.geometry.textLeft,
        width: bodyWidth(state, state.geometry.textLeft),
        spaceBefore: typeScale.paragraphSpace * 1.5,
        // The time column is as wide as its times.
        fitted: [0],
      }),
    )
  },
  attendance: (node, state, context) => {
    const list: TagNode = { role: 'L', parent: context.tag }
    for (const line of node.lines) {
      const item: TagNode = { role: 'LI', parent: list }
      const body: TagNode = { role: 'LBody', parent: item }
      const pieces: Piece[] = []
      addText(
        line,
        { face: 'regular', size: typeScale.bodySize, link: null, tag: body },
        state,
        pieces,
      )
      state.body.push(
        ...textLines(state, {
          pieces,
          left: state.geometry.textLeft,
          width: bodyWidth(state, state.geometry.textLeft),
          size: typeScale.bodySize,
          leading: typeScale.bodyLeading,
          align: 'left',
          spaceBefore: 2,
          keepWithNext: false,
        }),
      )
    }
  },
}

/** Lays out one block of a section or annex, with the handler for its type. */
export function addBlock(block: ResolvedBlock, state: BuildState, context: BlockContext): void {
  const handler = blockHandlers[block.type] as
    | ((node: ResolvedBlock, state: BuildState, context: BlockContext) => void)
    | undefined
  if (!handler)
    throw new Error(`Cannot render a block of type "${(block as { type: string }).type}"`)
  handler(block, state, context)
}
