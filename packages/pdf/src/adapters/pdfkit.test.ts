import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { type FontKey, fontFiles, fontPath } from '../fonts/font-catalogue.js'
import { createPdfDocument, documentBytes, embedFont, postHeader } from './pdfkit.js'

// fontkit, as pdfkit loads it.
const fontkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as {
  create(data: Uint8Array): {
    post: Record<string, unknown>
    directory: { tables: Record<string, { offset: number }> }
  }
}

describe('the pdfkit adapter', () => {
  it('reaches the internals it relies on', () => {
    const document = createPdfDocument({ language: 'en', info: { Title: 'T' } }) as unknown as {
      _font: unknown
      _root: {
        data: { Names: { data: { Dests: { _compareKeys: (a: string, b: string) => number } } } }
      }
      _addInfo: unknown
    }
    // Named destinations sorted by bytes: "Z" (0x5A) before "a" (0x61), unlike a collator.
    expect(document._root.data.Names.data.Dests._compareKeys('Z', 'a')).toBe(-1)
    expect(typeof document._addInfo).toBe('function')
  })

  it('embeds a font whose glyph codes carry the text they were first used for', async () => {
    const document = createPdfDocument({ language: 'en', info: { Title: 'T' } })
    const font = embedFont(document, 'serif', readFileSync(fontPath('serif')))
    expect(font.name).toMatch(/^F\d+$/)
    const first = font.useGlyph(40, 600, 'D')
    expect(font.useGlyph(40, 600, 'D')).toBe(first)
    const other = font.useGlyph(40, 600, 'Ď')
    expect(other).not.toBe(first)
    const internals = document as unknown as {
      _font: { widths: number[]; unicode: number[][]; subset: { glyphs: number[] } }
    }
    expect(internals._font.subset.glyphs[first]).toBe(40)
    expect(internals._font.subset.glyphs[other]).toBe(40)
    expect(internals._font.widths[first]).toBe(600)
    expect(internals._font.unicode[first]).toEqual([0x44])
    expect(internals._font.unicode[other]).toEqual([0x10e])
    document.addPage({ size: [200, 200], margins: { top: 0, bottom: 0, left: 0, right: 0 } })
    font.addToPage()
    document.end()
    const bytes = Buffer.from(await documentBytes(document)).toString('latin1')
    expect(bytes).toContain('/ToUnicode')
    expect(bytes).toContain('/FontFile2')
  })

  it("reads every catalogue font's post header as fontkit decodes it", () => {
    for (const key of Object.keys(fontFiles) as FontKey[]) {
      const data = new Uint8Array(readFileSync(fontPath(key)))
      const parsed = fontkit.create(data)
      const header = postHeader(data, parsed.directory.tables.post!.offset)
      for (const [field, value] of Object.entries(header))
        expect([key, field, value]).toEqual([key, field, parsed.post[field]])
    }
  })

  it("gives fontkit's font the post header alone, before pdfkit embeds it", () => {
    const document = createPdfDocument({ language: 'en', info: { Title: 'T' } })
    const data = new Uint8Array(readFileSync(fontPath('serifItalic')))
    embedFont(document, 'serifItalic', data)
    const internals = document as unknown as {
      _font: { font: { _tables: Record<string, { italicAngle: number; names?: unknown }> } }
    }
    const post = internals._font.font._tables.post!
    expect(post.italicAngle).toBeLessThan(0)
    expect(post.names).toBeUndefined()
  })
})
