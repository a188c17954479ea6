import {
  type Report,
  type ReportInput,
  type ResolvedReport,
  toResolvedReport,
} from '@rapporteur/core'
import { loadSubsetter } from './adapters/harfbuzz.js'
import { createPdfDocument, documentBytes, pdfObjects } from './adapters/pdfkit.js'
import { buildDocument } from './build/build-document.js'
import type { BuildState } from './build/build-state.js'
import { createDocumentFont } from './fonts/document-font.js'
import type { FontKey } from './fonts/font-catalogue.js'
import { loadFontLibrary } from './fonts/font-library.js'
import { pageGeometry } from './layout/page-geometry.js'
import { paginate } from './layout/paginate.js'
import type { TagNode } from './layout/types.js'
import { type PaintDocument, paintPages } from './paint/paint-pages.js'
import type { PaintFont } from './paint/show-text.js'
import type { PdfOptions } from './pdf-options.js'
import { setParagraphsOf } from './text/paragraph-store.js'
import { createTextEngine } from './text/text-engine.js'

const separatorSpace = 12

/**
 * Renders a report as a typeset, tagged PDF (PDF/UA identification, PDF 1.7):
 * footnotes at the foot of the page that references them, numbered paragraphs,
 * running head, page X of Y, bookmarks, links and document metadata. The same
 * report and options give the same bytes.
 *
 * @param report - The report, resolved or not: one not resolved is validated, then resolved with `options.variant`.
 * @param options - The variant, the page size and where warnings go.
 * @returns The bytes of the `.pdf` file.
 * @throws {ReportError} When the report is not valid, listing its problems, or was resolved for another variant.
 */
export async function renderPdf(
  report: ReportInput | Report | ResolvedReport,
  options: PdfOptions = {},
): Promise<Uint8Array> {
  const resolved = toResolvedReport(report, options)
  const geometry = pageGeometry(options.pageSize ?? 'A4')
  // Core decides the moment (see `resolveReport`'s `documentDate`); it is a valid date.
  const date = new Date(resolved.metadata.documentDate)
  const { metadata } = resolved
  const [fonts, subsetter] = await Promise.all([loadFontLibrary(), loadSubsetter()])
  const document = createPdfDocument({
    language: metadata.language,
    info: {
      Title: metadata.title,
      Author: metadata.author,
      Subject: metadata.subject,
      Keywords: metadata.keywords.join(', '),
      Creator: 'Rapporteur',
      CreationDate: date,
      ModDate: date,
    },
  })
  const bytes = documentBytes(document)
  const objects = pdfObjects(document)
  const embedded = new Map<FontKey, PaintFont>()
  const fontFor = (key: FontKey): PaintFont => {
    let font = embedded.get(key)
    if (!font) {
      const shaping = fonts.shaping(key)
      const perThousand = 1000 / shaping.unitsPerEm
      const nominalWidth = (glyph: number) => shaping.nominalAdvance(glyph) * perThousand
      font = {
        embedded: createDocumentFont(
          objects,
          embedded.size + 1,
          fonts.data(key),
          subsetter,
          nominalWidth(0),
        ),
        nominalWidth,
      }
      embedded.set(key, font)
    }
    return font
  }
  const warned = new Set<string>()
  const state: BuildState = {
    geometry,
    text: createTextEngine({
      fonts,
      language: metadata.language,
      direction: resolved.language.direction,
      paragraphs:
        options.paragraphCache === undefined
          ? fonts.paragraphs
          : setParagraphsOf(options.paragraphCache),
      onMissing: ({ character }) => {
        if (warned.has(character)) return
        warned.add(character)
        const code = character.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')
        const where = state.location === null ? '' : ` in ${state.location}`
        options.onWarning?.(
          `No embedded font has the character "${character}" (U+${code})${where}; it shows as an empty box.`,
        )
      },
    }),
    location: null,
    body: [],
    notes: new Map(),
    noteParents: new Map(),
    mirrored: resolved.language.direction === 'rtl',
  }
  const root: TagNode = { role: 'Document', parent: null }
  const flow = buildDocument(state, resolved, root)
  const pages = paginate(flow.body, flow.notes, {
    top: geometry.marginTop,
    height: geometry.contentHeight,
    separatorSpace,
    minimumNoteLines: 2,
  })
  // The pages hold the lines now; painting lets go of each page's once it is painted, so
  // that a long document does not keep every line's glyphs until its last page is done.
  state.body.length = 0
  state.notes.clear()
  paintPages(
    {
      document: document as unknown as PaintDocument,
      fontFor,
      text: state.text,
      geometry,
      report: resolved,
      root,
    },
    pages,
  )
  for (const font of embedded.values()) font.embedded.embed()
  document.end()
  return bytes
}
