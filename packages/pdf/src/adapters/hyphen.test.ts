import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { examplePath } from '@rapporteur/fixtures'
import fc from 'fast-check'
import createHyphenator from 'hyphen'
import { describe, expect, it } from 'vitest'
import { loadPatterns } from './hyphen.js'

const require = createRequire(import.meta.url)
const patternFolder = join(dirname(require.resolve('hyphen/patterns/en-us.js')))
const files = readdirSync(patternFolder)
  .filter((name) => name.endsWith('.js'))
  .map((name) => name.slice(0, -'.js'.length))
  // The package's Church Slavonic file is not valid JavaScript: hyphenation leaves it out.
  .filter((name) => name !== 'cu')
  .sort()

type Patterns = Parameters<typeof createHyphenator>[0]

/** The points the package itself finds, read from its output. */
function packagePoints(file: string): (text: string) => number[] {
  const patterns = require(`hyphen/patterns/${file}.js`) as Patterns
  const hyphenate = createHyphenator([patterns[0], patterns[1], { ...patterns[2] }], {
    hyphenChar: '\u00ad',
    html: false,
    minWordLength: 1,
  })
  return (text) => {
    const points: number[] = []
    let position = 0
    for (const character of hyphenate(text)) {
      if (character === '\u00ad') points.push(position)
      else position += character.length
    }
    return position === text.length ? points : []
  }
}

/** The characters a pattern file's trie starts with: its alphabet, the word-boundary dot aside. */
function alphabet(file: string): string[] {
  const patterns = require(`hyphen/patterns/${file}.js`) as Patterns
  return Object.keys(patterns[1] as object).filter((character) => character !== '.')
}

const exampleWords = [
  ...new Set(
    ['gcm-parliamentarians-2022', 'consultation-inddh-2023']
      .map((name) => readFileSync(join(dirname(examplePath), '..', name, 'report.md'), 'utf8'))
      .join(' ')
      .match(/[\p{L}\p{M}]+/gu) ?? [],
  ),
]

describe('the hyphen adapter', () => {
  it('reads every pattern file of the package', () => {
    expect(files.length).toBeGreaterThan(60)
    expect(files).toContain('en-us')
    for (const file of files) expect(alphabet(file).length, file).toBeGreaterThan(0)
  })

  it('finds the package’s points for every word of the examples, in English and French', () => {
    expect(exampleWords.length).toBeGreaterThan(1000)
    for (const file of ['en-us', 'en-gb', 'fr']) {
      const expected = packagePoints(file)
      const adapter = loadPatterns(file)
      for (const word of exampleWords)
        expect(adapter.points(word), `${file}: ${word}`).toEqual(expected(word))
    }
  })

  it('finds the package’s points for words made of each pattern file’s letters', () => {
    for (const file of files) {
      const letters = alphabet(file)
      const expected = packagePoints(file)
      const adapter = loadPatterns(file)
      const word = fc
        .array(fc.constantFrom(...letters), { minLength: 1, maxLength: 16 })
        .chain((characters) =>
          fc.boolean().map((capital) => {
            const text = characters.join('')
            return capital ? text.charAt(0).toLocaleUpperCase() + text.slice(1) : text
          }),
        )
      fc.assert(
        fc.property(word, (text) => {
          expect(adapter.points(text), `${file}: ${text}`).toEqual(expected(text))
        }),
        { numRuns: 150, seed: 12 },
      )
    }
  })

  it('gives text that is not one word of letters to the package, with the same result', () => {
    const expected = packagePoints('en-us')
    const adapter = loadPatterns('en-us')
    for (const text of [
      '',
      'consultation-based',
      'parliamentarians’ recommendations',
      'İstanbul',
      'representatives, governments',
      'hyphen\u00adated',
      '12345 consultations',
    ])
      expect(adapter.points(text), text).toEqual(expected(text))
    // The exceptions of the patterns apply, in any case.
    expect(adapter.points('present')).toEqual([])
    expect(adapter.points('Table')).toEqual([2])
    expect(adapter.points('consultation')).toEqual([3, 6, 8])
  })
})
