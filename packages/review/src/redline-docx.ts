import { readPackage, replaceParts } from './read-package.js'
import { alignTexts, type RedlineRun } from './redline.js'
import { elementsOf, parseXmlPart, serializeXmlPart, wordNamespace } from './xml-part.js'

/** Options of `redlineDocx`. */
export interface RedlineDocxOptions {
  /** Who the tracked changes are attributed to, such as the facilitating office. */
  author: string
  /** When they are dated, as ISO 8601 (`2024-05-02T00:00:00Z`); a fixed date keeps the bytes the same. */
  date: string
}

/** One character (or one object, such as a note reference) of a paragraph, and where it comes from. */
interface Piece {
  run: Element
  child: Element
  text: string
  start: number
}

interface RunSpan {
  run: Element
  pieces: Piece[]
  start: number
  end: number
}

// A run's content that is not text (a note reference, a drawing) counts as one character.
const objectCharacter = '\uFFFC'

function contentText(child: Element): string | null {
  switch (child.localName) {
    case 'rPr':
      return null
    case 't':
      return child.textContent ?? ''
    case 'tab':
      return '\t'
    case 'br':
    case 'cr':
      return '\n'
    default:
      return objectCharacter
  }
}

/** The runs of a paragraph that hold text, in order, with each piece's place in the paragraph's text. */
function runSpans(paragraph: Element): RunSpan[] {
  const spans: RunSpan[] = []
  let at = 0
  for (const run of elementsOf(paragraph, wordNamespace, 'r')) {
    const pieces: Piece[] = []
    const start = at
    for (let node = run.firstChild; node !== null; node = node.nextSibling) {
      if (node.nodeType !== 1) continue
      const text = contentText(node as Element)
      if (text === null || text === '') continue
      pieces.push({ run, child: node as Element, text, start: at })
      at += text.length
    }
    if (pieces.length > 0) spans.push({ run, pieces, start, end: at })
  }
  return spans
}

const paragraphText = (paragraph: Element) =>
  runSpans(paragraph)
    .flatMap((span) => span.pieces.map((piece) => piece.text))
    .join('')

/** Writes tracked-change marks into one part (the body or the notes), numbering them from `firstId`. */
class ChangeWriter {
  private nextId: number
  constructor(
    readonly document: Document,
    private readonly options: RedlineDocxOptions,
    firstId: number,
  ) {
    this.nextId = firstId
  }

  get usedId(): number {
    return this.nextId
  }

  element(name: string): Element {
    return this.document.createElementNS(wordNamespace, `w:${name}`)
  }

  mark(kind: 'ins' | 'del'): Element {
    const mark = this.element(kind)
    mark.setAttributeNS(wordNamespace, 'w:id', String(this.nextId++))
    mark.setAttributeNS(wordNamespace, 'w:author', this.options.author)
    mark.setAttributeNS(wordNamespace, 'w:date', this.options.date)
    return mark
  }

  /** The run's characters from `from` to `to` (paragraph offsets) as a run of their own. */
  slice(span: RunSpan, from: number, to: number, deleted: boolean): Element | null {
    const run = this.document.importNode(span.run, false) as Element
    for (let node = span.run.firstChild; node !== null; node = node.nextSibling)
      if (node.nodeType === 1 && (node as Element).localName === 'rPr')
        run.appendChild(this.document.importNode(node, true))
    let content = false
    for (const piece of span.pieces) {
      const end = piece.start + piece.text.length
      if (end <= from || piece.start >= to) continue
      const name = piece.child.localName
      if (name === 't') {
        const text = this.element(deleted ? 'delText' : 't')
        text.setAttribute('xml:space', 'preserve')
        text.appendChild(
          this.document.createTextNode(
            piece.text.slice(
              Math.max(0, from - piece.start),
              Math.min(piece.text.length, to - piece.start),
            ),
          ),
        )
        run.appendChild(text)
      } else if (deleted && (name === 'footnoteReference' || name === 'endnoteReference')) {
        // The note a struck-out reference points to is not in the new document.
        continue
      } else if (deleted && name === 'instrText') {
        const text = this.element('delInstrText')
        text.appendChild(this.document.createTextNode(piece.text))
        run.appendChild(text)
      } else run.appendChild(this.document.importNode(piece.child, true))
      content = true
    }
    return content ? run : null
  }

  /** A `w:del` holding the old paragraph's characters from `from` to `to`. */
  deletion(spans: readonly RunSpan[], from: number, to: number): Element {
    const mark = this.mark('del')
    for (const span of spans) {
      if (span.end <= from || span.start >= to) continue
      const run = this.slice(span, from, to, true)
      if (run) mark.appendChild(run)
    }
    return mark
  }

  /** Marks a paragraph's own mark as inserted or deleted, so that accepting or rejecting joins it away. */
  markParagraph(paragraph: Element, kind: 'ins' | 'del'): void {
    let properties = elementsOf(paragraph, wordNamespace, 'pPr')[0]
    if (!properties) {
      properties = this.element('pPr')
      paragraph.insertBefore(properties, paragraph.firstChild)
    }
    let runProperties = Array.from(properties.childNodes).find(
      (node) => node.nodeType === 1 && (node as Element).localName === 'rPr',
    ) as Element | undefined
    if (!runProperties) {
      runProperties = this.element('rPr')
      const after = Array.from(properties.childNodes).find(
        (node) =>
          node.nodeType === 1 && ['sectPr', 'pPrChange'].includes((node as Element).localName),
      )
      properties.insertBefore(runProperties, after ?? null)
    }
    runProperties.insertBefore(this.mark(kind), runProperties.firstChild)
  }

  /** A new paragraph, every run of it inserted. */
  inserted(paragraph: Element): void {
    for (const span of runSpans(paragraph)) {
      const mark = this.mark('ins')
      span.run.parentNode!.insertBefore(mark, span.run)
      mark.appendChild(span.run)
    }
    this.markParagraph(paragraph, 'ins')
  }

  /** An old paragraph as a paragraph of this document, every run of it struck out. */
  deleted(oldParagraph: Element): Element {
    const paragraph = this.document.importNode(oldParagraph, true) as Element
    for (const name of ['bookmarkStart', 'bookmarkEnd', 'commentRangeStart', 'commentRangeEnd'])
      for (const element of elementsOf(paragraph, wordNamespace, name))
        element.parentNode!.removeChild(element)
    for (const span of runSpans(paragraph)) {
      const mark = this.deletion([span], span.start, span.end)
      span.run.parentNode!.replaceChild(mark, span.run)
    }
    this.markParagraph(paragraph, 'del')
    return paragraph
  }

  /** A paragraph edited in place: inserted words in `w:ins`, the old words struck out in `w:del` where they were. */
  changed(paragraph: Element, oldParagraph: Element, runs: readonly RedlineRun[]): void {
    const oldSpans = runSpans(oldParagraph)
    const insertions: Array<[number, number]> = []
    const deletions: Array<{ at: number; from: number; to: number }> = []
    let oldAt = 0
    let newAt = 0
    for (const run of runs) {
      const length = run.text.length
      if (run.change === 'same') {
        oldAt += length
        newAt += length
      } else if (run.change === 'insertion') {
        insertions.push([newAt, newAt + length])
        newAt += length
      } else {
        deletions.push({ at: newAt, from: oldAt, to: oldAt + length })
        oldAt += length
      }
    }
    const spans = runSpans(paragraph)
    const placed = new Set<number>()
    const strikeAt = (position: number, before: Node | null, parent: Node) => {
      deletions.forEach((deletion, index) => {
        if (deletion.at !== position || placed.has(index)) return
        placed.add(index)
        parent.insertBefore(this.deletion(oldSpans, deletion.from, deletion.to), before)
      })
    }
    let last: { node: Node; parent: Node } | null = null
    for (const span of spans) {
      const cuts = new Set([span.start, span.end])
      for (const [from, to] of insertions) for (const cut of [from, to]) cuts.add(cut)
      for (const deletion of deletions) cuts.add(deletion.at)
      const points = [...cuts]
        .filter((cut) => cut >= span.start && cut <= span.end)
        .sort((left, right) => left - right)
      const parent = span.run.parentNode!
      for (let index = 0; index + 1 < points.length; index++) {
        const from = points[index]!
        const to = points[index + 1]!
        strikeAt(from, span.run, parent)
        const piece = this.slice(span, from, to, false)
        if (!piece) continue
        const inserted = insertions.some(([start, end]) => from >= start && to <= end)
        const node = inserted ? this.mark('ins') : piece
        if (inserted) node.appendChild(piece)
        parent.insertBefore(node, span.run)
      }
      last = { node: span.run.previousSibling!, parent }
      parent.removeChild(span.run)
    }
    const end = spans.at(-1)?.end ?? 0
    if (last) strikeAt(end, last.node.nextSibling, last.parent)
    else strikeAt(0, null, paragraph)
  }
}

/** The paragraphs of a part that hold its text: the body's, or the notes' (not the separators). */
function partParagraphs(document: Document): Element[] {
  if (document.documentElement.localName !== 'footnotes')
    return elementsOf(document, wordNamespace, 'p')
  return elementsOf(document, wordNamespace, 'footnote')
    .filter((note) => !note.getAttributeNS(wordNamespace, 'type') && !note.getAttribute('w:type'))
    .flatMap((note) => elementsOf(note, wordNamespace, 'p'))
}

/** Redlines one part of the new package against the same part of the old; gives the next free id. */
function redlinePart(
  oldDocument: Document,
  newDocument: Document,
  options: RedlineDocxOptions,
  firstId: number,
): number {
  const before = partParagraphs(oldDocument)
  const after = partParagraphs(newDocument)
  const writer = new ChangeWriter(newDocument, options, firstId)
  let cursor: Element | null = null
  for (const aligned of alignTexts(before.map(paragraphText), after.map(paragraphText))) {
    if (aligned.after === null) {
      const paragraph = writer.deleted(before[aligned.before!]!)
      const anchor = cursor ?? after[0]
      if (!anchor) continue
      anchor.parentNode!.insertBefore(paragraph, cursor ? cursor.nextSibling : anchor)
      cursor = paragraph
      continue
    }
    const paragraph = after[aligned.after]!
    if (aligned.change === 'insertion') writer.inserted(paragraph)
    if (aligned.change === 'changed')
      writer.changed(paragraph, before[aligned.before!]!, aligned.runs)
    cursor = paragraph
  }
  return writer.usedId
}

/**
 * The new version's DOCX with every change from the old version as a Word tracked change,
 * paragraph by paragraph and word by word, in the body and in the footnotes: words and
 * paragraphs added in `w:ins`, words and paragraphs struck out in `w:del` where they were,
 * each attributed to `author` and dated `date`. Both DOCX are as the Rapporteur renderer
 * writes them, so that the redline looks like the new version; accepting every change gives
 * the new version's text, rejecting every change the old one's.
 */
export function redlineDocx(
  oldDocx: Uint8Array,
  newDocx: Uint8Array,
  options: RedlineDocxOptions,
): Uint8Array {
  const moment = new Date(options.date)
  if (Number.isNaN(moment.getTime()))
    throw new RangeError(
      `the date of the tracked changes must be ISO 8601, found "${options.date}"`,
    )
  // Word writes its revision dates to the second.
  const marks = { author: options.author, date: moment.toISOString().replace(/\.\d{3}Z$/, 'Z') }
  const oldParts = readPackage(oldDocx, 'the old version')
  const newParts = readPackage(newDocx, 'the new version')
  const replaced = new Map<string, string>()
  // Ids of tracked changes are their own, apart from the bookmarks' ids the renderer gives.
  let nextId = 100_000
  for (const name of ['word/document.xml', 'word/footnotes.xml']) {
    const oldText = oldParts.get(name)
    const newText = newParts.get(name)
    if (oldText === undefined || newText === undefined) continue
    const document = parseXmlPart(newText)
    nextId = redlinePart(parseXmlPart(oldText), document, marks, nextId)
    replaced.set(name, serializeXmlPart(document))
  }
  return replaceParts(newDocx, replaced)
}
