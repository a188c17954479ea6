import { deflateRawSync } from 'node:zlib'
import { loadReport } from '@rapporteur/core'
import { examplePath } from '@rapporteur/fixtures'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { crc32 } from '../src/crc32.js'
import { renderDocx } from '../src/index.js'
import { portableDeflate, zipPackage } from '../src/zip-package.js'

const day = { year: 2022, month: 2, day: 8 }

const entries = [
  ['[Content_Types].xml', strToU8('<Types/>'.repeat(40))],
  ['word/document.xml', strToU8('<w:p>Le Président — Ωμέγα</w:p>'.repeat(500))],
  ['word/média/é.png', new Uint8Array([137, 80, 78, 71, 0, 255, 1, 2])],
  ['empty.xml', new Uint8Array(0)],
] as const

describe('zipPackage', () => {
  it('computes the CRC-32 that zip readers check', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926)
    expect(crc32(new Uint8Array(0))).toBe(0)
  })

  it('writes, byte for byte, the archive fflate writes from the same entries', () => {
    const files = Object.fromEntries(
      entries.map(([name, bytes]) => [
        name,
        [bytes, { level: 6, mtime: new Date(day.year, day.month - 1, day.day, 12) }] as const,
      ]),
    )
    const expected = zipSync(files as unknown as Parameters<typeof zipSync>[0])
    expect(
      Buffer.from(zipPackage(entries, day, portableDeflate)).equals(Buffer.from(expected)),
    ).toBe(true)
  })

  it('holds the same parts whichever DEFLATE compresses them', () => {
    const zipped = zipPackage(entries, day, (bytes) => deflateRawSync(bytes))
    const parts = unzipSync(zipped)
    expect(Object.keys(parts)).toEqual(entries.map(([name]) => name))
    for (const [name, bytes] of entries)
      expect(Buffer.from(parts[name]!).equals(Buffer.from(bytes)), name).toBe(true)
  })
})

describe('renderDocx with a deflate option', () => {
  it('gives a document with the same parts, compressed by the function given', async () => {
    const report = await loadReport(examplePath)
    let calls = 0
    const native = await renderDocx(report, {
      deflate: (bytes) => {
        calls += 1
        return deflateRawSync(bytes)
      },
    })
    const portable = await renderDocx(report)
    const nativeParts = unzipSync(native)
    const portableParts = unzipSync(portable)
    expect(calls).toBe(Object.keys(nativeParts).length)
    expect(Object.keys(nativeParts)).toEqual(Object.keys(portableParts))
    for (const [name, bytes] of Object.entries(portableParts))
      expect(Buffer.from(nativeParts[name]!).equals(Buffer.from(bytes)), name).toBe(true)
    expect(Buffer.from(native).equals(Buffer.from(portable))).toBe(false)
  })
})
