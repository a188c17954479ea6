import { describe, expect, it } from 'vitest'
import { createPdfDocument, documentBytes, pdfObjects } from './pdfkit.js'

describe('the pdfkit adapter', () => {
  it('reaches the internals it relies on', async () => {
    const document = createPdfDocument({ language: 'en', info: { Title: 'T' } })
    const internals = document as unknown as {
      _root: {
        data: { Names: { data: { Dests: { _compareKeys: (a: string, b: string) => number } } } }
      }
      _addInfo: unknown
      page: { fonts: Record<string, unknown> }
    }
    // Named destinations sorted by bytes: "Z" (0x5A) before "a" (0x61), unlike a collator.
    expect(internals._root.data.Names.data.Dests._compareKeys('Z', 'a')).toBe(-1)
    expect(typeof internals._addInfo).toBe('function')
    const objects = pdfObjects(document)
    document.addPage({ size: [200, 200], margins: { top: 0, bottom: 0, left: 0, right: 0 } })
    const font = objects.ref({ Type: 'Font', Name: new String('a string') })
    objects.addFontToPage('F9', font)
    expect(internals.page.fonts.F9).toBe(font)
    const stream = objects.ref({ Length1: 5 })
    stream.end(new Uint8Array([1, 2, 3, 4, 5]))
    font.end()
    document.end()
    const bytes = Buffer.from(await documentBytes(document)).toString('latin1')
    // A string object is a PDF string, a string a name; a stream is compressed.
    expect(bytes).toMatch(/\/Type \/Font\s*\/Name \(a string\)/)
    expect(bytes).toMatch(/\/Length1 5\s*\/Length \d+\s*\/Filter \/FlateDecode/)
    expect(bytes).toMatch(/\/Font <<\s*\/F9 \d+ 0 R/)
  })
})
