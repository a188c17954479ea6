import type { ReviewItemKind } from './review-item.js'
import { childElements, wordAttribute, wordNamespace } from './xml-part.js'

/** A paragraph of a returned copy, with its text before and after the reviewer's changes. */
export interface CopyParagraph {
  /** In document order across the part. */
  index: number
  /** The footnote's `w:id` for a paragraph of a note; null in the body. */
  footnoteId: string | null
  /** The names of the bookmarks that start in it. */
  bookmarks: string[]
  /** The text as it was sent: unchanged, deleted and moved-away text. */
  original: string
  /** The text as the reviewer left it: unchanged, inserted and moved-here text. */
  current: string
  /** The table and row it is in, counted from 0 in the part; null outside tables. */
  row: { table: number; row: number } | null
}

/** A tracked change, with the paragraph and the unchanged text just before it. */
export interface CopyChange {
  kind: Exclude<ReviewItemKind, 'comment'>
  author: string
  date: string | null
  text: string
  paragraph: CopyParagraph
  /** The paragraph's original text before the change: where an insertion goes. */
  before: string
  /** For a move, the name that pairs where it went from and where it went to. */
  moveName: string | null
  /** For a move: true where the text went to, false where it came from. */
  moveTo: boolean
}

/** Where a comment is anchored. */
export interface CommentAnchor {
  id: string
  /** The paragraph where its range starts, or its reference mark when it has no range. */
  paragraph: CopyParagraph
  /** The text of its range as the reviewer left it; empty without a range. */
  quoted: string
}

/** What a walk through a Word story (the body or the footnotes) gathers. */
export interface WalkedPart {
  paragraphs: CopyParagraph[]
  changes: CopyChange[]
  anchors: CommentAnchor[]
  /** The footnotes' `w:id`s in order of first reference (in the body). */
  footnoteReferences: string[]
}

interface ChangeContext {
  kind: 'insertion' | 'deletion' | 'moveFrom' | 'moveTo'
  author: string
  date: string | null
  moveName: string | null
}

interface WalkState {
  part: WalkedPart
  paragraph: CopyParagraph | null
  footnoteId: string | null
  /** The last change of the current paragraph, while no unchanged text has followed it. */
  lastChange: CopyChange | null
  openRanges: Map<string, { paragraph: CopyParagraph; text: string }>
  closedRanges: Map<string, { paragraph: CopyParagraph; text: string }>
  references: Map<string, CopyParagraph>
  moveNames: string[]
  tables: number
  row: { table: number; row: number } | null
}

// Formatting, field codes, drawings (text boxes repeat text elsewhere) and properties hold no text of the report.
const skipped = new Set([
  'rPr',
  'pPr',
  'sectPr',
  'tblPr',
  'tblGrid',
  'trPr',
  'tcPr',
  'instrText',
  'delInstrText',
  'drawing',
  'pict',
  'object',
  'footnotePr',
  'endnotePr',
])

const changeKinds = {
  ins: 'insertion',
  del: 'deletion',
  moveFrom: 'moveFrom',
  moveTo: 'moveTo',
} as const

function addText(state: WalkState, text: string, change: ChangeContext | null): void {
  const paragraph = state.paragraph
  if (paragraph === null || text === '') return
  const inOriginal = change === null || change.kind === 'deletion' || change.kind === 'moveFrom'
  const inCurrent = change === null || change.kind === 'insertion' || change.kind === 'moveTo'
  const before = paragraph.original
  if (inOriginal) paragraph.original += text
  if (inCurrent) {
    paragraph.current += text
    for (const range of state.openRanges.values()) range.text += text
  }
  if (change === null) {
    state.lastChange = null
    return
  }
  const kind = change.kind === 'moveFrom' || change.kind === 'moveTo' ? 'move' : change.kind
  const moveTo = change.kind === 'moveTo'
  const last = state.lastChange
  if (
    last !== null &&
    last.kind === kind &&
    last.author === change.author &&
    last.date === change.date &&
    last.moveTo === moveTo
  ) {
    last.text += text
    return
  }
  const item: CopyChange = {
    kind,
    author: change.author,
    date: change.date,
    text,
    paragraph,
    before,
    moveName: change.moveName,
    moveTo,
  }
  state.part.changes.push(item)
  state.lastChange = item
}

function visit(element: Element, state: WalkState, change: ChangeContext | null): void {
  if (element.namespaceURI !== wordNamespace) {
    // Markup compatibility: read the choice a Word reader would, never its fallback.
    if (element.localName === 'Fallback') return
    for (const child of childElements(element)) visit(child, state, change)
    return
  }
  const name = element.localName
  if (skipped.has(name)) return
  switch (name) {
    case 'p': {
      const outer = state.paragraph
      if (outer !== null) return
      const paragraph: CopyParagraph = {
        index: state.part.paragraphs.length,
        footnoteId: state.footnoteId,
        bookmarks: [],
        original: '',
        current: '',
        row: state.row,
      }
      state.part.paragraphs.push(paragraph)
      state.paragraph = paragraph
      state.lastChange = null
      for (const child of childElements(element)) visit(child, state, change)
      state.paragraph = null
      state.lastChange = null
      return
    }
    case 'tbl': {
      const table = state.tables++
      const outerRow = state.row
      let row = 0
      for (const child of childElements(element)) {
        if (child.namespaceURI === wordNamespace && child.localName === 'tr') {
          state.row = { table, row: row++ }
          visit(child, state, change)
        } else visit(child, state, change)
      }
      state.row = outerRow
      return
    }
    case 'ins':
    case 'del':
    case 'moveFrom':
    case 'moveTo': {
      const context: ChangeContext = {
        kind: changeKinds[name],
        author: wordAttribute(element, 'author') ?? '',
        date: wordAttribute(element, 'date'),
        moveName: state.moveNames.at(-1) ?? null,
      }
      for (const child of childElements(element)) visit(child, state, context)
      return
    }
    case 'moveFromRangeStart':
    case 'moveToRangeStart':
      state.moveNames.push(wordAttribute(element, 'name') ?? '')
      return
    case 'moveFromRangeEnd':
    case 'moveToRangeEnd':
      state.moveNames.pop()
      return
    case 't':
    case 'delText':
      addText(state, element.textContent ?? '', change)
      return
    case 'tab':
    case 'br':
    case 'cr':
      addText(state, ' ', change)
      return
    case 'noBreakHyphen':
      addText(state, '-', change)
      return
    case 'bookmarkStart':
      state.paragraph?.bookmarks.push(wordAttribute(element, 'name') ?? '')
      return
    case 'commentRangeStart': {
      const id = wordAttribute(element, 'id')
      if (id !== null && state.paragraph !== null)
        state.openRanges.set(id, { paragraph: state.paragraph, text: '' })
      return
    }
    case 'commentRangeEnd': {
      const id = wordAttribute(element, 'id')
      const range = id === null ? undefined : state.openRanges.get(id)
      if (id !== null && range !== undefined) {
        state.openRanges.delete(id)
        state.closedRanges.set(id, range)
      }
      return
    }
    case 'commentReference': {
      const id = wordAttribute(element, 'id')
      if (id !== null && state.paragraph !== null && !state.references.has(id))
        state.references.set(id, state.paragraph)
      return
    }
    case 'footnoteReference': {
      const id = wordAttribute(element, 'id')
      if (id !== null && !state.part.footnoteReferences.includes(id))
        state.part.footnoteReferences.push(id)
      return
    }
    case 'footnote': {
      const type = wordAttribute(element, 'type')
      if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice')
        return
      state.footnoteId = wordAttribute(element, 'id')
      for (const child of childElements(element)) visit(child, state, change)
      state.footnoteId = null
      return
    }
    default:
      for (const child of childElements(element)) visit(child, state, change)
  }
}

/** Walks a Word story (`document.xml` or `footnotes.xml`) into paragraphs, changes and comment anchors. */
export function walkWordPart(document: Document): WalkedPart {
  const part: WalkedPart = { paragraphs: [], changes: [], anchors: [], footnoteReferences: [] }
  const state: WalkState = {
    part,
    paragraph: null,
    footnoteId: null,
    lastChange: null,
    openRanges: new Map(),
    closedRanges: new Map(),
    references: new Map(),
    moveNames: [],
    tables: 0,
    row: null,
  }
  visit(document.documentElement, state, null)
  const ids = new Set([
    ...state.closedRanges.keys(),
    ...state.openRanges.keys(),
    ...state.references.keys(),
  ])
  for (const id of ids) {
    const range = state.closedRanges.get(id) ?? state.openRanges.get(id)
    const paragraph = range?.paragraph ?? state.references.get(id)
    if (paragraph !== undefined) part.anchors.push({ id, paragraph, quoted: range?.text ?? '' })
  }
  return part
}
