/**
 * The one place that reaches into pdfkit's objects. pdfkit writes the PDF's objects,
 * its structure tree, links, outline and metadata; this project shapes and places
 * every glyph itself, so it needs four of pdfkit's internals: the embedded font a
 * document makes for a registered file (its fontkit subset, widths and text-layer
 * map), fontkit's table cache of that font (to give it the `post` table's header
 * alone), the named-destination tree's sort, and the hook that writes the XMP
 * metadata. `pdfkit.test.ts` fails loudly when an upgrade changes any of them.
 */
import PDFDocument from 'pdfkit'

/** fontkit's parsed font, as far as this file uses it. */
interface FontkitFont {
  directory: { tables: Record<string, { offset: number; length: number } | undefined> }
  /** The tables decoded so far, by tag: fontkit decodes a table on first use and keeps it here. */
  _tables: Record<string, unknown>
}

/** pdfkit's embedded font, as far as this file uses it. */
interface PdfKitEmbeddedFont {
  id: string
  font: FontkitFont
  subset: { includeGlyph(glyph: number): number; glyphs: number[] }
  widths: number[]
  unicode: number[][]
  ref(): unknown
}

interface PdfKitInternals {
  _font: PdfKitEmbeddedFont
  _root: { data: { Names: { data: { Dests: { _compareKeys: unknown } } } } }
  _addInfo: () => void
  info: Record<string, unknown>
  registerFont(name: string, source: Uint8Array): unknown
  font(name: string): unknown
  page: { fonts: Record<string, unknown> }
}

/** A font file embedded (as a subset) in one document. */
export interface DocumentFont {
  /** The font's resource name on a page (`F3`). */
  name: string
  /**
   * The code in this document's subset of a glyph standing for `text` in the text
   * layer. A glyph that stands for other texts too (the dotless base that Arabic
   * fonts share between letters, a mark) gets a code of its own for each: the
   * subset holds a copy of the glyph under each code. So does a glyph used at
   * another `width` (thousandths of an em) than its first.
   */
  useGlyph(glyph: number, width: number, text: string): number
  /** Lists the font among the current page's resources. */
  addToPage(): void
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

/** The fixed header of a font's `post` table, decoded as fontkit decodes it. */
export interface PostHeader {
  version: number
  italicAngle: number
  underlinePosition: number
  underlineThickness: number
  isFixedPitch: number
  minMemType42: number
  maxMemType42: number
  minMemType1: number
  maxMemType1: number
}

const postHeaderLength = 32

/**
 * Reads the header of the `post` table at `offset` of a font file: the only part of
 * the table that embedding a font reads (its italic angle and whether it is fixed
 * pitch). The rest of the table names every glyph, which fontkit would otherwise
 * decode in full for each document.
 */
export function postHeader(data: Uint8Array, offset: number): PostHeader {
  const view = new DataView(data.buffer, data.byteOffset + offset, postHeaderLength)
  const fixed = (at: number) => view.getInt32(at) / 65536
  return {
    version: fixed(0),
    italicAngle: fixed(4),
    underlinePosition: view.getInt16(8),
    underlineThickness: view.getInt16(10),
    isFixedPitch: view.getUint32(12),
    minMemType42: view.getUint32(16),
    maxMemType42: view.getUint32(20),
    minMemType1: view.getUint32(24),
    maxMemType1: view.getUint32(28),
  }
}

/** Gives fontkit's font the header of its `post` table, so that it never decodes the glyph names. */
function presetPostHeader(font: FontkitFont, data: Uint8Array): void {
  const table = font.directory.tables.post
  if (table === undefined || table.length < postHeaderLength || 'post' in font._tables) return
  font._tables.post = postHeader(data, table.offset)
}

const codePointsOf = (text: string): number[] =>
  Array.from(text, (character) => character.codePointAt(0)!)

/**
 * Embeds a font file in a document: pdfkit parses it and subsets it to the glyphs
 * used when the document ends. Widths are given in thousandths of an em.
 */
export function embedFont(
  document: PDFKit.PDFDocument,
  name: string,
  data: Uint8Array,
): DocumentFont {
  const internals = document as unknown as PdfKitInternals
  internals.registerFont(name, data)
  internals.font(name)
  const font = internals._font
  presetPostHeader(font.font, data)
  const codes = new Map<string, number>()
  // The codes of glyphs that stand for one UTF-16 unit (nearly all), by glyph and unit as a number.
  const unitCodes = new Map<number, number>()
  const otherWidths = new Map<string, number>()
  const used = new Set<number>()
  return {
    name: font.id,
    useGlyph: (glyph, width, text) => {
      const unitKey = text.length === 1 ? glyph * 0x10000 + text.charCodeAt(0) : -1
      const known = unitKey < 0 ? codes.get(`${glyph} ${text}`) : unitCodes.get(unitKey)
      if (known !== undefined && font.widths[known] === width) return known
      // The same glyph and text at another width (a shaped advance): a code of its own.
      const widthKey = `${glyph} ${width} ${text}`
      if (known !== undefined) {
        const other = otherWidths.get(widthKey)
        if (other !== undefined) return other
      }
      let code = font.subset.includeGlyph(glyph)
      if (used.has(code)) {
        // fontkit's subset copies each entry of its glyph list, duplicates included.
        font.subset.glyphs.push(glyph)
        code = font.subset.glyphs.length - 1
      }
      used.add(code)
      if (known !== undefined) otherWidths.set(widthKey, code)
      else if (unitKey < 0) codes.set(`${glyph} ${text}`, code)
      else unitCodes.set(unitKey, code)
      font.widths[code] = width
      font.unicode[code] = codePointsOf(text)
      return code
    },
    addToPage: () => {
      internals.page.fonts[font.id] ??= font.ref()
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
