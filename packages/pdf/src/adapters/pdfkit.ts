/**
 * The one place that reaches into pdfkit's objects. pdfkit writes the PDF's objects,
 * its structure tree, links, outline and metadata; this project shapes and places
 * every glyph itself and embeds its own font subsets, so it needs four of pdfkit's
 * internals: the object maker (`ref`), the current page's font resources, the
 * named-destination tree's sort, and the hook that writes the XMP metadata.
 * `pdfkit.test.ts` fails loudly when an upgrade changes any of them.
 */
import PDFDocument from 'pdfkit'

interface PdfKitInternals {
  _root: { data: { Names: { data: { Dests: { _compareKeys: unknown } } } } }
  _addInfo: () => void
  info: Record<string, unknown>
  ref(data: Record<string, unknown>): PdfReference
  page: { fonts: Record<string, unknown> }
}

/** The document information pdfkit writes, and the options this project sets. */
export interface PdfDocumentOptions {
  language: string
  info: Record<string, string | Date>
}

// Characters XML 1.0 cannot hold at all, escaped or not: controls, lone surrogates, U+FFFE/F.
const notInXml =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

const escapeXml = (value: unknown): unknown =>
  typeof value === 'string'
    ? value
        .replace(notInXml, '')
        .replace(/[<>&"']/g, (character) => `&#${character.charCodeAt(0)};`)
    : value

/** pdfkit writes the title, author and subject into its XMP metadata as they are: escape them there. */
function escapeXmpMetadata(document: PdfKitInternals): void {
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

/**
 * Creates a tagged pdfkit document (PDF 1.7, PDF/UA identification, the language
 * in the catalog and in XMP) with named destinations sorted by the bytes of their
 * names, as PDF requires, where pdfkit would load ICU's collator.
 */
export function createPdfDocument(options: PdfDocumentOptions): PDFKit.PDFDocument {
  const document = new PDFDocument({
    autoFirstPage: false,
    // No default font: pdfkit would otherwise load Helvetica's metrics for every document.
    font: null,
    pdfVersion: '1.7',
    tagged: true,
    subset: 'PDF/UA',
    lang: options.language,
    displayTitle: true,
    compress: true,
    info: options.info,
  } as unknown as PDFKit.PDFDocumentOptions)
  const internals = document as unknown as PdfKitInternals
  escapeXmpMetadata(internals)
  internals._root.data.Names.data.Dests._compareKeys = (left: string, right: string) =>
    left < right ? -1 : left > right ? 1 : 0
  document.appendXML(
    `<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:language><rdf:Bag><rdf:li>${escapeXml(options.language)}</rdf:li></rdf:Bag></dc:language></rdf:Description>`,
  )
  return document
}

/** An object of the PDF being written: a dictionary, and a stream once written to. */
export interface PdfReference {
  data: Record<string, unknown>
  /** Writes the object, with `content` as its stream (compressed, as every stream is). */
  end(content?: Uint8Array | string): void
}

/** Where a document's own objects are made, for the fonts this project embeds itself. */
export interface PdfObjects {
  /**
   * A new object, written when it is ended; the document waits for every object it
   * made to end. In a dictionary, a `String` object is a PDF string and a string a name.
   */
  ref(data?: Record<string, unknown>): PdfReference
  /** Lists a font among the current page's resources, under `name`. */
  addFontToPage(name: string, font: PdfReference): void
}

/** The objects of a pdfkit document. */
export function pdfObjects(document: PDFKit.PDFDocument): PdfObjects {
  const internals = document as unknown as PdfKitInternals
  return {
    ref: (data) => internals.ref(data ?? {}),
    addFontToPage: (name, font) => {
      internals.page.fonts[name] ??= font
    },
  }
}

/** Collects a pdfkit document's output into one byte array. */
export function documentBytes(document: PDFKit.PDFDocument): Promise<Uint8Array> {
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
