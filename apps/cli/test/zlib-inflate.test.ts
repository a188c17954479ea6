import { randomBytes } from 'node:crypto'
import { createRequire } from 'node:module'
import { deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

type Inflate = (source: Uint8Array, dest: Uint8Array) => Uint8Array
const require = createRequire(import.meta.url)
const zlibInflate = require('../src/zlib-inflate.cjs') as Inflate
// tiny-inflate, found as linebreak's Unicode tables find it.
const linebreak = createRequire(require.resolve('@rapporteur/pdf/package.json')).resolve(
  'linebreak',
)
const unicodeTrie = createRequire(linebreak).resolve('unicode-trie')
const tinyInflate = createRequire(unicodeTrie)('tiny-inflate') as Inflate

describe('the zlib stand-in for tiny-inflate', () => {
  const samples = [
    new Uint8Array(0),
    new Uint8Array(randomBytes(5000)),
    new TextEncoder().encode('the line breaking classes of Unicode '.repeat(400)),
  ]

  it('inflates as tiny-inflate does, into a buffer of the exact size or a larger one', () => {
    for (const sample of samples)
      for (const level of [0, 1, 9]) {
        const compressed = new Uint8Array(deflateRawSync(sample, { level }))
        for (const spare of [0, 7]) {
          const expected = tinyInflate(compressed, new Uint8Array(sample.length + spare))
          const actual = zlibInflate(compressed, new Uint8Array(sample.length + spare))
          expect(actual).toEqual(expected)
          expect(actual.length).toBe(sample.length)
        }
      }
  })

  it('refuses a buffer too small for the data', () => {
    const compressed = new Uint8Array(deflateRawSync(samples[2]!))
    expect(() => zlibInflate(compressed, new Uint8Array(10))).toThrow('Data error')
  })
})
