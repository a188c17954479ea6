import { fitRunningHead, type ResolvedReport } from '@rapporteur/core'
import type { FontKey } from '../fonts/font-catalogue.js'
import type { PageGeometry } from '../layout/page-geometry.js'
import type { FontFace, LaidOutPage, PlacedLine, Rule, Run, TagNode } from '../layout/types.js'
import type { TextEngine } from '../text/text-engine.js'
import { type ContentTarget, formatNumber, type PaintFont, showRun } from './show-text.js'

/** A structure element of pdfkit, as painting uses it. */
interface StructureElement {
  add(child: unknown): unknown
  dictionary: { data: Record<string, unknown> }
}

/** The part of pdfkit's document that painting calls. */
export interface PaintDocument extends ContentTarget {
  addPage(options: {
    size: [number, number]
    margins: { top: number; bottom: number; left: number; right: number }
  }): unknown
  struct(role: string, options?: { scope?: 'Column' | 'Row' }): StructureElement
  addStructure(element: StructureElement): unknown
  markStructureContent(role: string): unknown
  markContent(tag: string, options?: { type?: string }): unknown
  endMarkedContent(): unknown
  link(x: number, y: number, width: number, height: number, url: string, options: object): unknown
  goTo(x: number, y: number, width: number, height: number, name: string, options: object): unknown
  addNamedDestination(name: string, ...args: Array<string | number | null>): unknown
  outline: {
    addItem(title: string, options: { pageNumber: number; top: number; left: number }): unknown
  }
  save(): unknown
  restore(): unknown
  rotate(angle: number, options: { origin: [number, number] }): unknown
}

/** What painting needs besides the pages. */
export interface PaintContext {
  document: PaintDocument
  /** The document's font of a font file, embedded on first use. */
  fontFor(key: FontKey): PaintFont
  /** Sets the running head, foot and watermark, whose words depend on the page. */
  text: TextEngine
  geometry: PageGeometry
  report: ResolvedReport
  /** The root of the structure tree. */
  root: TagNode
}

interface PaintState {
  context: PaintContext
  elements: Map<TagNode, StructureElement>
  open: TagNode | null
  color: string
}

const black = '0 0 0'
const linkColor = '0.05 0.2 0.55'
const markColor = '0.3 0.3 0.3'
const watermarkColor = '0.9 0.9 0.9'
/** The least space between the running head's title and its status, in points. */
const runningHeadGap = 12

function elementFor(state: PaintState, tag: TagNode): StructureElement {
  let element = state.elements.get(tag)
  if (!element) {
    const { document } = state.context
    element = document.struct(tag.role, tag.scope ? { scope: tag.scope } : {})
    if (tag.id) element.dictionary.data.ID = new String(tag.id)
    if (tag.parent === null) document.addStructure(element)
    else elementFor(state, tag.parent).add(element)
    state.elements.set(tag, element)
  }
  return element
}

function closeTag(state: PaintState): void {
  if (state.open !== null) {
    state.context.document.endMarkedContent()
    state.open = null
  }
}

function openTag(state: PaintState, tag: TagNode): void {
  if (state.open === tag) return
  closeTag(state)
  const element = elementFor(state, tag)
  element.add(state.context.document.markStructureContent(tag.role))
  state.open = tag
}

function setColor(state: PaintState, color: string): void {
  if (state.color !== color) {
    state.context.document.addContent(`${color} rg`)
    state.color = color
  }
}

function artifact(state: PaintState, type: string, paint: () => void): void {
  closeTag(state)
  state.context.document.markContent('Artifact', { type })
  paint()
  state.context.document.endMarkedContent()
}

function strokeRule(state: PaintState, rule: Rule, top: number): void {
  const { document } = state.context
  document.addContent(
    `${formatNumber(rule.width)} w 0 0 0 RG ${formatNumber(rule.x1)} ${formatNumber(top + rule.y1)} m ${formatNumber(rule.x2)} ${formatNumber(top + rule.y2)} l S`,
  )
}

function paintRun(state: PaintState, run: Run, top: number, tagged: boolean): void {
  const { document } = state.context
  if (tagged) openTag(state, run.tag)
  setColor(state, run.link?.kind === 'uri' ? linkColor : black)
  const baseline = top + run.baseline
  showRun(document, state.context.fontFor(run.font), run, baseline)
  if (!tagged || run.link === null) return
  const box = [run.x, baseline - run.size * 0.95, run.width, run.size * 1.25] as const
  const structParent = elementFor(state, run.tag)
  if (run.link.kind === 'uri') {
    document.link(...box, run.link.url, { structParent, Contents: new String(run.link.url) })
  } else {
    document.goTo(...box, run.link.noteId, {
      structParent,
      Contents: new String(run.link.label),
    })
  }
}

function paintLine(state: PaintState, placed: PlacedLine, pageIndex: number): void {
  const { line, y } = placed
  const { document, geometry } = state.context
  if (line.anchor && !placed.artifact) {
    if (line.anchor.destination)
      document.addNamedDestination(line.anchor.destination, 'XYZ', geometry.marginLeft, y, null)
    if (line.anchor.bookmark)
      document.outline.addItem(line.anchor.bookmark, {
        pageNumber: pageIndex,
        top: y,
        left: geometry.width,
      })
  }
  if (placed.artifact) {
    artifact(state, 'Pagination', () => {
      for (const run of line.runs) paintRun(state, run, y, false)
    })
  } else {
    for (const run of line.runs) paintRun(state, run, y, true)
  }
  if (line.rules.length > 0) {
    artifact(state, 'Layout', () => {
      for (const rule of line.rules) strokeRule(state, rule, y)
    })
  }
}

/**
 * Shows one line of text in a face and size: starting at `left`, centred on the page,
 * ending at the text column's right edge (`end`), or ending at a given `endAt`.
 */
function paintText(
  state: PaintState,
  text: string,
  face: FontFace,
  size: number,
  left: number | 'centre' | 'end' | { endAt: number },
  y: number,
): void {
  const { geometry } = state.context
  const tag: TagNode = { role: 'Artifact', parent: null }
  const piece = { text, face, size, rise: 0, link: null, tag }
  const line = state.context.text.setLine([piece], 0, 0)
  const x =
    left === 'centre'
      ? (geometry.width - line.width) / 2
      : left === 'end'
        ? geometry.textRight - line.width
        : typeof left === 'number'
          ? left
          : left.endAt - line.width
  for (const run of line.runs)
    showRun(state.context.document, state.context.fontFor(run.font), { ...run, x: run.x + x }, y)
}

function paintWatermark(state: PaintState, text: string): void {
  const { document, geometry } = state.context
  const size = 110
  artifact(state, 'Background', () => {
    document.save()
    document.rotate(-50, { origin: [geometry.width / 2, geometry.height / 2] })
    setColor(state, watermarkColor)
    paintText(state, text, 'bold', size, 'centre', geometry.height / 2 + size * 0.35)
    document.restore()
    state.color = ''
  })
}

function paintRunningHeadAndFoot(state: PaintState, pageIndex: number, pageCount: number): void {
  const { report, geometry } = state.context
  artifact(state, 'Pagination', () => {
    setColor(state, markColor)
    const size = 8
    if (report.marks.notice)
      paintText(state, report.marks.notice, 'bold', size, 'centre', geometry.marginTop - 44)
    if (pageIndex > 0) {
      const top = geometry.marginTop - 28
      // The short title at the start of the line, the status at its end: mirrored right to left.
      const rightToLeft = report.language.direction === 'rtl'
      const piece = (text: string, face: FontFace) => ({
        text,
        face,
        size,
        rise: 0,
        link: null,
        tag: { role: 'Artifact', parent: null },
      })
      // Both parts on one line, the title (or also the status) shortened at a word to fit.
      const head = fitRunningHead({
        title: report.metadata.shortTitle,
        status: report.masthead.statusLine,
        width: geometry.textRight - geometry.marginLeft,
        gap: runningHeadGap,
        measure: (text, part) =>
          state.context.text.naturalWidth([piece(text, part === 'title' ? 'italic' : 'regular')]),
        language: report.metadata.language,
      })
      paintText(state, head.title, 'italic', size, rightToLeft ? 'end' : geometry.marginLeft, top)
      paintText(state, head.status, 'regular', size, rightToLeft ? geometry.marginLeft : 'end', top)
      strokeRule(
        state,
        { x1: geometry.marginLeft, y1: 0, x2: geometry.textRight, y2: 0, width: 0.4 },
        top + 5,
      )
    }
    const pageNumber = report.labels.pageNumber
      .map((part) =>
        part.type === 'page'
          ? String(pageIndex + 1)
          : part.type === 'pages'
            ? String(pageCount)
            : part.value,
      )
      .join('')
    paintText(
      state,
      pageNumber,
      'regular',
      size,
      'centre',
      geometry.height - geometry.marginBottom + 34,
    )
  })
}

/** How far the draft's line numbers end to the left of the paragraph numbers. */
const lineNumberGap = 10

/**
 * Numbers the page's lines of body text from 1, in the margin, as the draft DOCX
 * numbers them: notes, table rows and repeated headers are not counted.
 */
function paintLineNumbers(state: PaintState, page: LaidOutPage): void {
  const { geometry } = state.context
  artifact(state, 'Layout', () => {
    setColor(state, markColor)
    let count = 0
    for (const placed of page.body) {
      if (placed.artifact || !placed.line.numbered) continue
      count++
      const baseline = placed.y + (placed.line.runs[0]?.baseline ?? placed.line.height)
      paintText(
        state,
        String(count),
        'regular',
        7,
        state.context.report.language.direction === 'rtl'
          ? geometry.textRight + lineNumberGap
          : { endAt: geometry.marginLeft - lineNumberGap },
        baseline,
      )
    }
  })
}

/**
 * Paints laid-out pages into a pdfkit document: body text and notes as tagged
 * content, links as annotations inside Link elements, bookmarks and named
 * destinations at anchors; watermark, running head, foot and rules as artifacts.
 * Each page lets go of its lines once it is painted (its `body` and `notes` are
 * emptied), since what is painted is in the document by then.
 */
export function paintPages(context: PaintContext, pages: readonly LaidOutPage[]): void {
  const state: PaintState = {
    context,
    elements: new Map(),
    open: null,
    color: black,
  }
  const { document, geometry, report } = context
  pages.forEach((page, pageIndex) => {
    document.addPage({
      size: [geometry.width, geometry.height],
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
    })
    state.color = black
    if (report.marks.watermark) paintWatermark(state, report.marks.watermark)
    for (const placed of page.body) paintLine(state, placed, pageIndex)
    for (const top of page.separators) {
      artifact(state, 'Layout', () =>
        strokeRule(
          state,
          report.language.direction === 'rtl'
            ? { x1: geometry.textRight - 110, y1: 0, x2: geometry.textRight, y2: 0, width: 0.5 }
            : { x1: geometry.marginLeft, y1: 0, x2: geometry.marginLeft + 110, y2: 0, width: 0.5 },
          top + 5,
        ),
      )
    }
    for (const placed of page.notes) paintLine(state, placed, pageIndex)
    if (report.marks.lineNumbers) paintLineNumbers(state, page)
    paintRunningHeadAndFoot(state, pageIndex, pages.length)
    closeTag(state)
    page.body = []
    page.notes = []
  })
}
