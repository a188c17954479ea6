import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { fontPath } from '../fonts/font-catalogue.js'
import { loadHarfBuzz, loadSubsetter } from './harfbuzz.js'
import { toWoff2 } from './wawoff2.js'

const decompress = createRequire(import.meta.url)('wawoff2/decompress.js') as (
  font: Uint8Array,
) => Promise<Uint8Array>

describe('the wawoff2 adapter', () => {
  it('writes a WOFF2 file that decodes to the font it was given', async () => {
    const subsetter = await loadSubsetter()
    const harfbuzz = await loadHarfBuzz()
    const codePoints = [...'Ďurovičová'].map((character) => character.codePointAt(0)!)
    const font = subsetter.subset(readFileSync(fontPath('serif')), codePoints)
    const woff2 = await toWoff2(font)
    const view = new DataView(woff2.buffer, woff2.byteOffset, woff2.byteLength)
    expect(new TextDecoder().decode(woff2.subarray(0, 4))).toBe('wOF2')
    // The flavour is TrueType's, the length field the file's own, and Brotli made it smaller.
    expect(view.getUint32(4)).toBe(0x00010000)
    expect(view.getUint32(8)).toBe(woff2.length)
    expect(woff2.length).toBeLessThan(font.length)
    const decoded = harfbuzz.openFont(new Uint8Array(await decompress(woff2)))
    for (const codePoint of codePoints) expect(decoded.covers(codePoint)).toBe(true)
    expect(decoded.covers('x'.codePointAt(0)!)).toBe(false)
    expect(await toWoff2(font)).toEqual(woff2)
  })
})
