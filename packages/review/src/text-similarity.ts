/** Text reduced to lowercase words of letters and digits, for comparing across writers. */
export function comparableWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u00b9\u00b2\u00b3\u2070-\u2079]/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
}

/** A text ready to compare: its words, word pairs and letter triples. */
export interface ComparableText {
  words: readonly string[]
  pairs: Map<string, number>
  triples: Map<string, number>
}

function count(shingles: Map<string, number>, shingle: string): void {
  shingles.set(shingle, (shingles.get(shingle) ?? 0) + 1)
}

/** Prepares a text for `similarity`. */
export function comparable(text: string): ComparableText {
  const words = comparableWords(text)
  const pairs = new Map<string, number>()
  for (let index = 0; index + 1 < words.length; index++)
    count(pairs, `${words[index]} ${words[index + 1]}`)
  const triples = new Map<string, number>()
  const letters = ` ${words.join(' ')} `
  if (words.length < 8)
    for (let index = 0; index + 2 < letters.length; index++)
      count(triples, letters.slice(index, index + 3))
  return { words, pairs, triples }
}

function dice(left: Map<string, number>, right: Map<string, number>): number {
  let total = 0
  for (const value of left.values()) total += value
  for (const value of right.values()) total += value
  if (total === 0) return 0
  let shared = 0
  for (const [shingle, value] of left) shared += Math.min(value, right.get(shingle) ?? 0)
  return (2 * shared) / total
}

/**
 * How alike two texts are, from 0 to 1: the Dice coefficient of their word pairs, or of
 * their letter triples when either has few words. A reviewer's few edits to a paragraph
 * leave it well above one half; two paragraphs on one subject stay well below.
 */
export function similarity(left: ComparableText, right: ComparableText): number {
  if (left.words.length === 0 || right.words.length === 0) return 0
  if (Math.min(left.words.length, right.words.length) >= 4) return dice(left.pairs, right.pairs)
  if (left.triples.size === 0 || right.triples.size === 0) return 0
  return dice(left.triples, right.triples)
}

/** Texts indexed by their shingles, to find the most alike without comparing every pair. */
export interface TextIndex {
  /** The indexed text most alike `text` above `threshold` among those `accept` lets through, or -1. */
  closest(text: ComparableText, threshold: number, accept: (index: number) => boolean): number
}

function total(shingles: Map<string, number>): number {
  let sum = 0
  for (const value of shingles.values()) sum += value
  return sum
}

/** Indexes texts for `closest`, which scores as `similarity` does. */
export function createTextIndex(texts: readonly ComparableText[]): TextIndex {
  const pairs = new Map<string, Array<[number, number]>>()
  const triples = new Map<string, Array<[number, number]>>()
  const pairTotals = texts.map((text) => total(text.pairs))
  const tripleTotals = texts.map((text) => total(text.triples))
  texts.forEach((text, index) => {
    for (const [shingle, value] of text.pairs) {
      const list = pairs.get(shingle) ?? []
      list.push([index, value])
      pairs.set(shingle, list)
    }
    for (const [shingle, value] of text.triples) {
      const list = triples.get(shingle) ?? []
      list.push([index, value])
      triples.set(shingle, list)
    }
  })
  const sums = new Float64Array(texts.length)
  const shared = (own: Map<string, number>, index: Map<string, Array<[number, number]>>) => {
    const touched: number[] = []
    for (const [shingle, value] of own)
      for (const [target, count] of index.get(shingle) ?? []) {
        if (sums[target] === 0) touched.push(target)
        sums[target]! += Math.min(value, count)
      }
    const counts = new Map<number, number>()
    for (const target of touched) {
      counts.set(target, sums[target]!)
      sums[target] = 0
    }
    return counts
  }
  return {
    closest(text, threshold, accept) {
      if (text.words.length === 0) return -1
      let best = -1
      let score = threshold
      const consider = (
        counts: Map<number, number>,
        ownTotal: number,
        totals: number[],
        long: boolean,
      ) => {
        for (const [target, count] of counts) {
          const words = texts[target]!.words.length
          if (Math.min(words, text.words.length) >= 4 !== long || !accept(target)) continue
          const value = (2 * count) / (ownTotal + totals[target]!)
          if (value > score || (value === score && best !== -1 && target < best)) {
            score = value
            best = target
          }
        }
      }
      if (text.words.length >= 4)
        consider(shared(text.pairs, pairs), total(text.pairs), pairTotals, true)
      if (text.triples.size > 0)
        consider(shared(text.triples, triples), total(text.triples), tripleTotals, false)
      return best
    },
  }
}
