import { Buffer } from 'node:buffer'
import type { HarfBuzzSubsetter } from '../adapters/harfbuzz.js'
import type { PdfObjects, PdfReference } from '../adapters/pdfkit.js'
import { fontFactsOf } from './font-facts.js'

/** A font file embedded, as a subset, in one document. */
export interface DocumentFont {
  /** The font's resource name on a page (`F3`). */
  name: string
  /**
   * The code in this document of a glyph standing for `text` in the text layer and
   * as wide as `width` (thousandths of an em). A glyph that stands for other texts
   * too (the dotless base that Arabic fonts share between letters, a mark), or is
   * used at another width, gets a code of its own for each: codes are mapped to
   * glyphs, so one glyph may have several.
   */
  useGlyph(glyph: number, width: number, text: string): number
  /** Lists the font among the current page's resources. */
  addToPage(): void
  /** Writes the font's objects: its subset, its widths and its text map. Once, before the document ends. */
  embed(): void
}

/** A subset's tag, six capital letters that differ for each font of a document (`AAAAAB+Tinos`). */
function subsetTag(number: number): string {
  let tag = ''
  for (let rest = number, place = 0; place < 6; place++, rest = Math.floor(rest / 26))
    tag = String.fromCharCode(65 + (rest % 26)) + tag
  return tag
}

function toHex(unit: number): string {
  return unit.toString(16).padStart(4, '0')
}

/** The CMap that maps each code to its text, in ranges of 256 codes as Acrobat writes them. */
function toUnicodeCmap(texts: readonly string[]): string {
  const ranges: string[] = []
  for (let start = 1; start < texts.length; start += 256) {
    const end = Math.min(start + 256, texts.length)
    const entries = texts
      .slice(start, end)
      .map(
        (text) =>
          `<${Array.from({ length: text.length }, (_, at) => toHex(text.charCodeAt(at))).join('')}>`,
      )
    ranges.push(`<${toHex(start)}> <${toHex(end - 1)}> [${entries.join(' ')}]`)
  }
  return `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo <<
  /Registry (Adobe)
  /Ordering (UCS)
  /Supplement 0
>> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000><ffff>
endcodespacerange
${ranges.length} beginbfrange
${ranges.join('\n')}
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end`
}

/** The descriptor's flags: fixed pitch, serif, symbolic (every CID font is), script, italic. */
function descriptorFlags(facts: ReturnType<typeof fontFactsOf>): number {
  let flags = 1 << 2
  if (facts.fixedPitch) flags |= 1 << 0
  if (facts.familyClass >= 1 && facts.familyClass <= 7) flags |= 1 << 1
  if (facts.familyClass === 10) flags |= 1 << 3
  if (facts.italic) flags |= 1 << 6
  return flags
}

/**
 * Embeds a TrueType font file in a document as a CID font: glyph codes in the order
 * they are first used (code 0 is the missing glyph), each with its own width and
 * text, mapped to their glyphs by a `CIDToGIDMap`; the font program is HarfBuzz's
 * subset of the glyphs used, at their own glyph ids.
 *
 * @param number - The font's number in the document, from 1: its resource name and subset tag.
 */
export function createDocumentFont(
  objects: PdfObjects,
  number: number,
  data: Uint8Array,
  subsetter: HarfBuzzSubsetter,
  missingGlyphWidth: number,
): DocumentFont {
  const name = `F${number}`
  const dictionary: PdfReference = objects.ref()
  const codes = new Map<string, number>()
  const glyphs: number[] = [0]
  const widths: number[] = [missingGlyphWidth]
  const texts: string[] = ['']
  let embedded = false
  return {
    name,
    useGlyph: (glyph, width, text) => {
      const key = `${glyph} ${width} ${text}`
      let code = codes.get(key)
      if (code === undefined) {
        code = glyphs.length
        if (code > 0xffff) throw new RangeError('a font of a document has more than 65,535 codes')
        glyphs.push(glyph)
        widths.push(width)
        texts.push(text)
        codes.set(key, code)
      }
      return code
    },
    addToPage: () => objects.addFontToPage(name, dictionary),
    embed: () => {
      if (embedded) return
      embedded = true
      const facts = fontFactsOf(data)
      const scale = 1000 / facts.unitsPerEm
      const program = subsetter.subsetGlyphs(data, new Set(glyphs))
      const fontName = `${subsetTag(number)}+${facts.postscriptName.replaceAll(' ', '_')}`
      const fontFile = objects.ref({ Length1: program.length })
      fontFile.end(program)
      const [xMin, yMin, xMax, yMax] = facts.boundingBox
      const descriptor = objects.ref({
        Type: 'FontDescriptor',
        FontName: fontName,
        Flags: descriptorFlags(facts),
        FontBBox: [xMin * scale, yMin * scale, xMax * scale, yMax * scale],
        ItalicAngle: facts.italicAngle,
        Ascent: facts.ascent * scale,
        Descent: facts.descent * scale,
        CapHeight: (facts.capHeight || facts.ascent) * scale,
        XHeight: facts.xHeight * scale,
        StemV: 0,
        FontFile2: fontFile,
      })
      descriptor.end()
      const glyphMap = Buffer.alloc(glyphs.length * 2)
      glyphs.forEach((glyph, code) => {
        glyphMap.writeUInt16BE(glyph, code * 2)
      })
      const codeToGlyph = objects.ref()
      codeToGlyph.end(glyphMap)
      const descendant = objects.ref({
        Type: 'Font',
        Subtype: 'CIDFontType2',
        BaseFont: fontName,
        CIDSystemInfo: {
          Registry: new String('Adobe'),
          Ordering: new String('Identity'),
          Supplement: 0,
        },
        FontDescriptor: descriptor,
        W: [0, widths],
        CIDToGIDMap: codeToGlyph,
      })
      descendant.end()
      const toUnicode = objects.ref()
      toUnicode.end(toUnicodeCmap(texts))
      dictionary.data.Type = 'Font'
      dictionary.data.Subtype = 'Type0'
      dictionary.data.BaseFont = fontName
      dictionary.data.Encoding = 'Identity-H'
      dictionary.data.DescendantFonts = [descendant]
      dictionary.data.ToUnicode = toUnicode
      dictionary.end()
    },
  }
}
