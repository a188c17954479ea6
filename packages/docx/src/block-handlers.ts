import { isAllowedUrl, type ResolvedBlock, type ResolvedInline } from '@rapporteur/core'
import {
  Bookmark,
  BorderStyle,
  ExternalHyperlink,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import { plainRun, renderInlines } from './inline-handlers.js'
import { type ListKind, type ListPlace, listKinds, newList, referenceFor } from './numbering.js'
import type { ContinuingList, RenderState } from './render-state.js'
import { styleIds } from './styles.js'
import { textWidth } from './text-width.js'
import { xmlSafe } from './xml-safe.js'

type BlockHandlers = {
  [K in ResolvedBlock['type']]: (
    node: Extract<ResolvedBlock, { type: K }>,
    state: RenderState,
  ) => void
}

/**
 * The list that shows `number`: the current one when `number` comes next in it,
 * else a new list starting at `number`, so the number Word shows is the number given.
 */
export function continueList(
  current: ContinuingList | null,
  state: RenderState,
  kind: ListKind,
  number: number,
): ContinuingList {
  if (current !== null && current.next === number) {
    current.next += 1
    return current
  }
  return {
    place: newList(state.numbering, referenceFor(state.numbering, kind, number)),
    next: number + 1,
  }
}

// Bullets do not count, so every bullet list of a marker shares one Word list.
function bulletPlace(state: RenderState, marker: string): ListPlace {
  return {
    reference: referenceFor(state.numbering, listKinds.bullets, 1, marker),
    instance: 0,
    level: 0,
  }
}

function numberingOf(place: ListPlace) {
  return { reference: place.reference, instance: place.instance, level: place.level, custom: true }
}

function cell(children: Paragraph[], width: number, header = false): TableCell {
  return new TableCell({
    children,
    width: { size: width, type: WidthType.PERCENTAGE },
    // The header row is ruled off from the body with the table's heavier rule.
    ...(header ? { borders: { bottom: heavyRule } } : {}),
  })
}

function tableParagraph(children: ParagraphChild[], heading: boolean): Paragraph {
  return new Paragraph({ style: heading ? styleIds.tableHeading : styleIds.tableText, children })
}

/** Word's default left and right margin of a table cell, in twentieths of a point. */
const cellMargin = 108

// A table is ruled as the PDF rules it: a 1 pt rule above and below the header row, a
// 0.5 pt rule under each row, and no vertical rules (sizes in eighths of a point).
const lightRule = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const heavyRule = { style: BorderStyle.SINGLE, size: 8, color: '000000' }
const noRule = { style: BorderStyle.NONE, size: 0, color: 'auto' }
const tableBorders = {
  top: heavyRule,
  bottom: lightRule,
  left: noRule,
  right: noRule,
  insideHorizontal: lightRule,
  insideVertical: noRule,
}

function table(
  header: Paragraph[][],
  rows: Paragraph[][][],
  widths: number[],
  rightToLeft: boolean,
): Table {
  const width = (index: number) => widths[index] ?? Math.floor(100 / Math.max(1, header.length))
  return new Table({
    // A right-to-left table reads from the right: its first column is the rightmost (w:bidiVisual).
    ...(rightToLeft ? { visuallyRightToLeft: true } : {}),
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    borders: tableBorders,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((content, index) => cell(content, width(index), true)),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((content, index) => cell(content, width(index))),
          }),
      ),
    ],
  })
}

function plainText(text: string, style?: string): TextRun {
  return new TextRun({ text: xmlSafe(text), ...(style === undefined ? {} : { style }) })
}

function link(url: string, children: ParagraphChild[]): ParagraphChild[] {
  return isAllowedUrl(url) ? [new ExternalHyperlink({ link: url, children })] : children
}

function withLeadIn(
  leadIn: ResolvedInline[],
  content: ResolvedInline[],
  state: RenderState,
): ParagraphChild[] {
  const lead = renderInlines(leadIn, state, { ...plainRun, strong: true })
  const startsWithSpace = content[0]?.type === 'text' && /^\s/.test(content[0].value)
  const gap = lead.length > 0 && content.length > 0 && !startsWithSpace ? [plainText(' ')] : []
  return [...lead, ...gap, ...renderInlines(content, state)]
}

/**
 * A paragraph's runs inside a bookmark named as the HTML's anchor (`para-12`, `section-3`,
 * `note-2`), so cross-references work in Word and the paragraph is found again in a returned copy.
 */
export function anchored(name: string, children: ParagraphChild[]): ParagraphChild[] {
  return [new Bookmark({ id: name, children })]
}

const blockHandlers: BlockHandlers = {
  paragraph: (node, state) => {
    const children = renderInlines(node.content, state)
    // A paragraph that introduces a list stays on the page of the list's first item.
    const keepNext = node.leadsIn ? { keepNext: true } : {}
    if (node.number === null) {
      state.children.push(new Paragraph({ style: styleIds.bodyText, children, ...keepNext }))
      return
    }
    state.paragraphNumbers = continueList(
      state.paragraphNumbers,
      state,
      listKinds.paragraphNumbers,
      node.number,
    )
    // The first list of paragraph numbers is the Numbered Paragraph style's own: its
    // paragraphs take their numbers from the style, as paragraphs numbered in Word do.
    const { place } = state.paragraphNumbers
    state.styleNumbering ??= place
    const fromStyle = state.styleNumbering === place
    state.children.push(
      new Paragraph({
        style: styleIds.numberedParagraph,
        ...keepNext,
        ...(fromStyle ? {} : { numbering: numberingOf(place) }),
        children: anchored(node.id ?? `para-${node.number}`, children),
      }),
    )
  },
  subheading: (node, state) => {
    state.children.push(
      new Paragraph({ style: styleIds.heading2, children: [plainText(node.text)] }),
    )
  },
  list: (node, state) => {
    let ordered: ContinuingList | null = null
    const bullets = node.ordered ? null : bulletPlace(state, '•')
    for (const item of node.items) {
      let place: ListPlace
      if (bullets === null || item.number !== null) {
        ordered = continueList(
          ordered,
          state,
          listKinds.orderedList,
          item.number ?? ordered?.next ?? 1,
        )
        place = ordered.place
      } else {
        place = bullets
      }
      const style = bullets === null ? styleIds.listNumber : styleIds.listBullet
      state.children.push(
        new Paragraph({
          style,
          numbering: numberingOf(place),
          children: renderInlines(item.content, state),
        }),
      )
    }
  },
  checklist: (node, state) => {
    for (const item of node.items) {
      const place = bulletPlace(state, item.marker)
      state.children.push(
        new Paragraph({
          style: styleIds.listBullet,
          numbering: numberingOf(place),
          children: withLeadIn(item.leadIn, item.content, state),
        }),
      )
    }
  },
  recommendations: (node, state) => {
    if (node.caption !== null)
      state.children.push(
        new Paragraph({
          style: styleIds.recommendationsCaption,
          children: [plainText(node.caption)],
        }),
      )
    let letters: ContinuingList | null = null
    // Core letters the items from the first letter on: Word counts them the same way.
    for (const [index, item] of node.items.entries()) {
      letters = continueList(letters, state, listKinds.recommendationLetters, index + 1)
      state.children.push(
        new Paragraph({
          style: styleIds.listNumber,
          numbering: numberingOf(letters.place),
          children: renderInlines(item.content, state),
        }),
      )
    }
  },
  table: (node, state) => {
    const header = node.header.map((content) => [
      tableParagraph(renderInlines(content, state), true),
    ])
    const rows = node.rows.map((row) =>
      row.map((content) => [tableParagraph(renderInlines(content, state), false)]),
    )
    state.children.push(table(header, rows, [], state.report.language.direction === 'rtl'))
    state.children.push(new Paragraph({ style: styleIds.bodyText, children: [] }))
  },
  documentList: (node, state) => {
    let numbers: ContinuingList | null = null
    for (const item of node.items) {
      numbers = continueList(numbers, state, listKinds.documentList, item.number)
      const title = link(item.url, [plainText(item.title, styleIds.hyperlink)])
      const address = link(item.url, [plainText(item.url, styleIds.hyperlink)])
      state.children.push(
        new Paragraph({
          style: styleIds.documentListItem,
          numbering: numberingOf(numbers.place),
          children: [...title, new TextRun({ break: 1 }), ...address],
        }),
      )
    }
  },
  agenda: (node, state) => {
    const header = [
      [tableParagraph([plainText(node.timeHeading)], true)],
      [tableParagraph([plainText(node.detailsHeading)], true)],
    ]
    const rows = node.rows.map((row) => [
      [tableParagraph([plainText(row.time)], false)],
      [
        tableParagraph(
          [plainText(row.session, row.note ? styleIds.emphasis : styleIds.strong)],
          false,
        ),
        ...row.speakers.map((speaker) => tableParagraph([plainText(speaker)], false)),
      ],
    ])
    // The time column is as wide as its widest time (or heading), with Word's cell margins.
    const time = Math.max(
      textWidth(node.timeHeading, 10, true),
      ...node.rows.map((row) => textWidth(row.time, 10)),
    )
    const share = Math.min(
      50,
      Math.ceil(((time + 2 * cellMargin + 60) / state.geometry.textWidth) * 100),
    )
    state.children.push(
      table(header, rows, [share, 100 - share], state.report.language.direction === 'rtl'),
    )
    state.children.push(new Paragraph({ style: styleIds.bodyText, children: [] }))
  },
  attendance: (node, state) => {
    for (const line of node.lines)
      state.children.push(new Paragraph({ style: styleIds.bodyText, children: [plainText(line)] }))
  },
}

/** Renders a block into the state's body. */
export function renderBlock(block: ResolvedBlock, state: RenderState): void {
  const handler = blockHandlers[block.type] as
    | ((node: ResolvedBlock, state: RenderState) => void)
    | undefined
  if (handler === undefined)
    throw new Error(`Cannot render a block of type "${(block as { type: unknown }).type}" in DOCX.`)
  handler(block, state)
}
