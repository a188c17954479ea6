/**
 * The one place that reads the `hyphen` package's pattern files: each is a list of
 * the levels table, a trie of the patterns (nested objects keyed by character; a
 * node is a child trie, a levels index, or both as `[child, index]`) and the
 * exception words with their points. The package's own hyphenator reads text a
 * character at a time through closures, strings and a `reduce` per character;
 * words of letters alone are looked up here in its trie by Liang's algorithm, as
 * its `hyphenateWord` does, and anything else goes to the package.
 * `hyphen.test.ts` checks that both give the same points, word for word.
 */
import { createRequire } from 'node:module'
import createHyphenator from 'hyphen'

type Patterns = Parameters<typeof createHyphenator>[0]

/** A trie node as the pattern files write it. */
type TrieNode = Trie | number | [Trie, number]
interface Trie {
  [character: string]: TrieNode | undefined
}

/** Finds the hyphenation points of words by one pattern file. */
export interface PatternHyphenator {
  /** UTF-16 offsets inside `text` before which a hyphen may go, as the `hyphen` package finds them. */
  points(text: string): number[]
}

// The characters the package reads as the end of a word (its `isNotLetter`).
const notLetter = /\s|(?!['])[!-@[-`{-~\u2013-\u203c]/
// The package marks points with this character (and skips the words that contain it).
const marker = '\u00ad'

/** Loads a file of `hyphen/patterns` (`en-us`, `fr`...) and makes its hyphenator. */
export function loadPatterns(file: string): PatternHyphenator {
  const patterns = createRequire(import.meta.url)(`hyphen/patterns/${file}.js`) as Patterns
  const levelsTable = patterns[0] as number[][]
  const trie = patterns[1] as Trie
  const exceptions = patterns[2] ?? {}
  // The package adds every word it sees to its exception table: it gets a copy, made when needed.
  let library: ((text: string) => string) | undefined
  const libraryPoints = (text: string): number[] => {
    library ??= createHyphenator([patterns[0], patterns[1], { ...exceptions }], {
      hyphenChar: marker,
      html: false,
      minWordLength: 1,
    })
    const hyphenated = library(text)
    const points: number[] = []
    let position = 0
    for (let index = 0; index < hyphenated.length; index++) {
      if (hyphenated[index] === marker) points.push(position)
      else position++
    }
    // Text the package changed otherwise has no points.
    return position === text.length ? points : []
  }
  const wordPoints = (word: string): number[] => {
    const lowered = word.toLocaleLowerCase()
    // Lowering that changes the length (a dotted capital I) is left to the package, as it is.
    if (lowered.length !== word.length) return libraryPoints(word)
    if (Object.hasOwn(exceptions, lowered)) return [...exceptions[lowered]!]
    return liangPoints(word.length, `.${lowered}.`, levelsTable, trie)
  }
  return {
    points: (text) =>
      text === '' || notLetter.test(text) || text.includes(marker)
        ? libraryPoints(text)
        : wordPoints(text),
  }
}

/**
 * Liang's algorithm as the package's `hyphenateWord` runs it: every pattern found
 * in the dotted, lowered word raises the levels it covers, and odd levels are
 * points, never in the first two or last two places of the `length` levels.
 */
function liangPoints(
  length: number,
  dotted: string,
  levelsTable: readonly number[][],
  trie: Trie,
): number[] {
  const levels = new Array<number>(length + 1).fill(0)
  // The package lines up the patterns that start at the dot and at the first letter alike.
  for (let start = 0; dotted.length - start >= 3; start++) {
    const entity = start === 0 ? 0 : start - 1
    let node: Trie | undefined = trie
    for (let index = start; index < dotted.length && node !== undefined; index++) {
      const found: TrieNode | undefined = node[dotted[index]!]
      if (found === undefined) break
      let levelsIndex = -1
      if (typeof found === 'number') {
        levelsIndex = found
        node = undefined
      } else if (Array.isArray(found)) {
        node = found[0]
        levelsIndex = found[1]
      } else node = found
      if (levelsIndex < 0) continue
      const pattern = levelsTable[levelsIndex]!
      for (let offset = 0; offset < pattern.length; offset++) {
        const at = entity + offset
        if (pattern[offset]! > levels[at]!) levels[at] = pattern[offset]!
      }
    }
  }
  const last = levels.length - 1
  levels[0] = 0
  levels[1] = 0
  levels[last] = 0
  levels[last - 1] = 0
  const points: number[] = []
  for (let index = 0; index <= last; index++) if ((levels[index]! & 1) === 1) points.push(index)
  return points
}
