import { type Report, type ResolvedReport, toResolvedReport } from '@rapporteur/core'
import PDFDocument from 'pdfkit'
import { buildDocument } from './build/build-document.js'
import type { BuildState } from './build/build-state.js'
import { documentDate } from './document-date.js'
import { createFontSet } from './fonts/font-set.js'
import { pageGeometry } from './layout/page-geometry.js'
import { paginate } from './layout/paginate.js'
import type { TagNode } from './layout/types.js'
import { type PaintDocument, paintPages } from './paint/paint-pages.js'
import type { PdfOptions } from './pdf-options.js'

const separatorSpace = 12

function escapeXml(value: unknown): unknown {
  return typeof value === 'string'
    ? value.replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`)
    : value
}

/**
 * Sorts the named destinations as PDF requires, by the bytes of their names, where
 * pdfkit sorts them with `localeCompare`, whose first use loads ICU's collator.
 */
function sortDestinationsByBytes(document: {
  _root: { data: { Names: { data: { Dests: { _compareKeys: unknown } } } } }
}): void {
  document._root.data.Names.data.Dests._compareKeys = (left: string, right: string) =>
    left < right ? -1 : left > right ? 1 : 0
}

/** pdfkit writes the title, author and subject into its XMP metadata as they are: escape them there. */
function escapeXmpMetadata(document: {
  _addInfo: () => void
  info: Record<string, unknown>
}): void {
  const addInfo = document._addInfo.bind(document)
  document._addInfo = () => {
    const info = document.info
    document.info = Object.fromEntries(
      Object.entries(info).map(([key, value]) => [key, escapeXml(value)]),
    )
    addInfo()
    document.info = info
  }
}

function collect(document: NodeJS.ReadableStream): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = []
    document.on('data', (chunk: Uint8Array) => chunks.push(chunk))
    document.on('end', () => {
      const length = chunks.reduce((total, chunk) => total + chunk.length, 0)
      const bytes = new Uint8Array(length)
      let offset = 0
      for (const chunk of chunks) {
        bytes.set(chunk, offset)
        offset += chunk.length
      }
      resolve(bytes)
    })
    document.on('error', reject)
  })
}

/**
 * Renders a report as a typeset, tagged PDF (PDF/UA identification, PDF 1.7):
 * footnotes at the foot of the page that references them, numbered paragraphs,
 * running head, page X of Y, bookmarks, links and document metadata. The same
 * report and options give the same bytes.
 */
export async function renderPdf(
  report: Report | ResolvedReport,
  options: PdfOptions = {},
): Promise<Uint8Array> {
  const resolved = toResolvedReport(report)
  const geometry = pageGeometry(options.pageSize ?? 'A4')
  const date = documentDate(
    resolved.metadata.documentDate,
    typeof process === 'undefined' ? undefined : process.env.SOURCE_DATE_EPOCH,
  )
  const { metadata } = resolved
  const documentOptions = {
    autoFirstPage: false,
    // No default font: pdfkit would otherwise load Helvetica's metrics for every document.
    font: null,
    pdfVersion: '1.7',
    tagged: true,
    subset: 'PDF/UA',
    lang: metadata.language,
    displayTitle: true,
    compress: true,
    info: {
      Title: metadata.title,
      Author: metadata.author,
      Subject: metadata.subject,
      Keywords: metadata.keywords.join(', '),
      Creator: 'Rapporteur',
      CreationDate: date,
      ModDate: date,
    },
  }
  // pdfkit 0.20 supports PDF/UA identification; its type definitions predate it.
  const document = new PDFDocument(documentOptions as unknown as PDFKit.PDFDocumentOptions)
  escapeXmpMetadata(document as unknown as Parameters<typeof escapeXmpMetadata>[0])
  sortDestinationsByBytes(document as unknown as Parameters<typeof sortDestinationsByBytes>[0])
  document.appendXML(
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:language><rdf:Bag><rdf:li>${escapeXml(metadata.language)}</rdf:li></rdf:Bag></dc:language></rdf:Description>`,
  )
  const bytes = collect(document)
  const fonts = createFontSet(document as unknown as Parameters<typeof createFontSet>[0])
  const warned = new Set<string>()
  const state: BuildState = {
    geometry,
    measure: fonts.measure,
    faceFor: fonts.faceFor,
    warnMissing: (character) => {
      if (warned.has(character)) return
      warned.add(character)
      const code = character.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')
      options.onWarning?.(
        `No embedded font has the character "${character}" (U+${code}); it shows as an empty box.`,
      )
    },
    body: [],
    notes: new Map(),
    noteParents: new Map(),
  }
  const root: TagNode = { role: 'Document', parent: null }
  const flow = buildDocument(state, resolved, root)
  const pages = paginate(flow.body, flow.notes, {
    top: geometry.marginTop,
    height: geometry.contentHeight,
    separatorSpace,
    minimumNoteLines: 2,
  })
  paintPages(
    { document: document as unknown as PaintDocument, fonts, geometry, report: resolved, root },
    pages,
  )
  document.end()
  return bytes
}
