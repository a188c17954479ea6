import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { type FontKey, fontFiles, fontPath } from './font-catalogue.js'
import { fontFactsOf } from './font-facts.js'

// fontkit, as pdfkit loads it: an independent reading of the same tables.
const fontkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as {
  create(data: Uint8Array): {
    unitsPerEm: number
    bbox: { minX: number; minY: number; maxX: number; maxY: number }
    ascent: number
    descent: number
    capHeight: number
    xHeight: number
    italicAngle: number
    postscriptName: string
    post: { isFixedPitch: number }
    head: { macStyle: { italic: boolean } }
    'OS/2': { sFamilyClass: number }
  }
}

describe('the facts of a font file', () => {
  it('are those fontkit reads, for every font of the catalogue', () => {
    for (const key of Object.keys(fontFiles) as FontKey[]) {
      const data = new Uint8Array(readFileSync(fontPath(key)))
      const facts = fontFactsOf(data)
      const font = fontkit.create(data)
      expect([key, facts]).toEqual([
        key,
        {
          unitsPerEm: font.unitsPerEm,
          boundingBox: [font.bbox.minX, font.bbox.minY, font.bbox.maxX, font.bbox.maxY],
          ascent: font.ascent,
          descent: font.descent,
          // A version 1 OS/2 table (DejaVu's) has neither: fontkit reads nothing, the facts 0.
          capHeight: font.capHeight ?? 0,
          xHeight: font.xHeight ?? 0,
          italicAngle: font.italicAngle,
          fixedPitch: font.post.isFixedPitch !== 0,
          familyClass: font['OS/2'].sFamilyClass >> 8,
          italic: font.head.macStyle.italic,
          postscriptName: font.postscriptName,
        },
      ])
      expect(fontFactsOf(data)).toBe(facts)
    }
  })
})
