import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { examplePath } from '@rapporteur/fixtures'
import fc from 'fast-check'
import LineBreaker from 'linebreak'
import { describe, expect, it } from 'vitest'
import { latinBreakClass, latinBreaks } from './latin-breaks.js'

const require = createRequire(import.meta.url)
const linebreakFolder = join(dirname(require.resolve('linebreak')), '..')

/**
 * linebreak's own class of a code point, read from the table it ships (its UnicodeTrie
 * data, inline in its build), mapped as its `nextCharClass` maps them.
 */
function linebreakClasses(): (codePoint: number) => number {
  const fromLinebreak = createRequire(join(linebreakFolder, 'package.json'))
  const UnicodeTrie = fromLinebreak('unicode-trie') as new (
    data: Uint8Array,
  ) => {
    get(codePoint: number): number
  }
  const base64 = fromLinebreak('base64-js') as { toByteArray(text: string): Uint8Array }
  const build = readFileSync(join(linebreakFolder, 'dist/main.cjs'), 'utf8')
  const data = /toByteArray\("([^"]+)"\)/.exec(build)
  if (data === null) throw new Error('linebreak no longer ships its class table inline')
  const trie = new UnicodeTrie(base64.toByteArray(data[1]!))
  // AI, SA, SG and XX are read as AL (12), CJ as NS (5).
  return (codePoint) => {
    const value = trie.get(codePoint)
    return value === 33 || value === 39 || value === 40 || value === 42
      ? 12
      : value === 35
        ? 5
        : value
  }
}

// linebreak's classes, by number, and the order of latin-breaks' own.
const linebreakNames =
  'OP CL CP QU GL NS EX SY IS PR PO NU AL HL ID IN HY BA BB B2 ZW CM WJ H2 H3 JL JV JT RI EB EM ZWJ CB AI BK CJ CR LF NL SA SG SP XX'.split(
    ' ',
  )
const ownNames =
  'OP CL CP QU GL NS EX SY IS PR PO NU AL IN HY BA BB B2 ZW CM WJ BK CR LF NL SP'.split(' ')

const handled: number[] = []
for (let code = 0; code <= 0x36f; code++) handled.push(code)
for (let code = 0x2000; code <= 0x206f; code++) if (code !== 0x200d) handled.push(code)

function linebreakBreaks(text: string): Array<{ position: number; required: boolean }> {
  const breaker = new LineBreaker(text)
  const found: Array<{ position: number; required: boolean }> = []
  for (let next = breaker.nextBreak(); next !== null; next = breaker.nextBreak())
    found.push({ position: next.position, required: next.required })
  return found
}

describe('latin line breaks', () => {
  it('gives every character handled linebreak’s class, and leaves the zero width joiner and the rest to it', () => {
    const classOf = linebreakClasses()
    for (const code of handled)
      expect(ownNames[latinBreakClass(code)], code.toString(16)).toBe(linebreakNames[classOf(code)])
    expect(latinBreakClass(0x200d)).toBe(-1)
    for (const code of [0x370, 0x5d0, 0x1fff, 0x2070, 0x4e00, 0xd800, 0xfeff])
      expect(latinBreakClass(code)).toBe(-1)
    expect(latinBreaks('café\u200dbar')).toBeNull()
    expect(latinBreaks('Ελλάδα and Greece')).toBeNull()
  })

  it('breaks every sequence of up to four classes as linebreak does', () => {
    const classOf = linebreakClasses()
    // One character of each class (the first), so that every class meets every other.
    const representatives = ownNames.map((name) => {
      const code = handled.find((candidate) => linebreakNames[classOf(candidate)] === name)
      if (code === undefined) throw new Error(`no character of class ${name}`)
      return String.fromCharCode(code)
    })
    let texts = ['']
    let compared = 0
    for (let length = 1; length <= 4; length++) {
      texts = texts.flatMap((text) => representatives.map((character) => text + character))
      for (const text of texts) {
        const own = latinBreaks(text)
        const expected = linebreakBreaks(text)
        if (JSON.stringify(own) !== JSON.stringify(expected))
          expect(own, JSON.stringify([...text].map((c) => c.charCodeAt(0).toString(16)))).toEqual(
            expected,
          )
        compared++
      }
    }
    expect(compared).toBe(26 + 26 ** 2 + 26 ** 3 + 26 ** 4)
  })

  it('breaks random text of the characters handled, and the example’s paragraphs, as linebreak does', () => {
    const character = fc.constantFrom(...handled.map((code) => String.fromCharCode(code)))
    fc.assert(
      fc.property(fc.array(character, { maxLength: 40 }), (characters) => {
        const text = characters.join('')
        if (text === '') return
        expect(latinBreaks(text)).toEqual(linebreakBreaks(text))
      }),
      { numRuns: 3000, seed: 14 },
    )
    const paragraphs = readFileSync(examplePath, 'utf8').split(/\n\n+/)
    let latin = 0
    for (const paragraph of paragraphs) {
      const own = latinBreaks(paragraph)
      if (own === null) continue
      latin++
      expect(own).toEqual(linebreakBreaks(paragraph))
    }
    expect(latin).toBeGreaterThan(paragraphs.length * 0.9)
  })
})
