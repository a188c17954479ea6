/**
 * One step of an alignment of two sequences: an item of each that are counterparts,
 * or an item of one sequence that has none in the other.
 */
export type AlignmentStep =
  | { left: number; right: number }
  | { left: number; right?: undefined }
  | { left?: undefined; right: number }

/** How alike the first sequence's item `left` and the second's item `right` are. */
export type Similarity = (left: number, right: number) => number

/**
 * How many cells (the items of one sequence and one, times the items of the other and
 * one) are aligned at once by default: 4 million, some 36 MB.
 */
export const largestAlignment = 4_000_000

/** How sequences too long to align at once are aligned. */
export interface AlignmentOptions {
  /**
   * Whether two items are surely counterparts: at both ends of sequences too long to
   * align at once, such items are paired first. Default: none is.
   */
  same?: (left: number, right: number) => boolean
  /** How many cells are aligned at once. Default: `largestAlignment`. */
  cells?: number
}

const paired = 0
const leftAlone = 1
const rightAlone = 2

/**
 * Aligns the first sequence's items from `leftStart` to before `leftEnd` with the
 * second's from `rightStart` to before `rightEnd`, each item of the first only with
 * those of the second at most `reach` places from where a proportional alignment
 * would put it: with `reach` as long as the second range, with every item of it.
 */
function alignRange(
  leftStart: number,
  leftEnd: number,
  rightStart: number,
  rightEnd: number,
  similarity: Similarity,
  reach = rightEnd - rightStart,
): AlignmentStep[] {
  const leftLength = leftEnd - leftStart
  const rightLength = rightEnd - rightStart
  // Row `left` holds the cells of the second's items from lows[left] to highs[left].
  const lows = new Int32Array(leftLength + 1)
  const highs = new Int32Array(leftLength + 1)
  for (let left = 0; left <= leftLength; left++) {
    const center = leftLength === 0 ? 0 : Math.round((left * rightLength) / leftLength)
    lows[left] = Math.max(0, center - reach)
    highs[left] = Math.min(rightLength, center + reach)
  }
  const width = Math.min(rightLength, 2 * reach) + 1
  // The greatest total over the first `left` and the first `right` items.
  const best = new Float64Array((leftLength + 1) * width)
  const choice = new Uint8Array((leftLength + 1) * width)
  const cellOf = (left: number, right: number) => left * width + right - lows[left]!
  const bestAt = (left: number, right: number) =>
    left < 0 || right < lows[left]! || right > highs[left]!
      ? Number.NEGATIVE_INFINITY
      : best[cellOf(left, right)]!
  for (let left = 0; left <= leftLength; left++) {
    for (let right = lows[left]!; right <= highs[left]!; right++) {
      if (left === 0 && right === 0) continue
      const cell = cellOf(left, right)
      const before = left > 0 && right > 0 ? bestAt(left - 1, right - 1) : Number.NEGATIVE_INFINITY
      const alike =
        before === Number.NEGATIVE_INFINITY
          ? 0
          : similarity(leftStart + left - 1, rightStart + right - 1)
      const withPair = alike > 0 ? before + alike : Number.NEGATIVE_INFINITY
      const withoutLeft = bestAt(left - 1, right)
      const withoutRight = right > 0 ? bestAt(left, right - 1) : Number.NEGATIVE_INFINITY
      if (
        withPair > Number.NEGATIVE_INFINITY &&
        withPair >= withoutLeft &&
        withPair >= withoutRight
      ) {
        best[cell] = withPair
        choice[cell] = paired
      } else if (withoutRight >= withoutLeft) {
        best[cell] = withoutRight
        choice[cell] = rightAlone
      } else {
        best[cell] = withoutLeft
        choice[cell] = leftAlone
      }
    }
  }
  const steps: AlignmentStep[] = []
  let left = leftLength
  let right = rightLength
  while (left > 0 || right > 0) {
    const step = choice[cellOf(left, right)]
    if (step === paired) steps.push({ left: leftStart + --left, right: rightStart + --right })
    else if (step === leftAlone) steps.push({ left: leftStart + --left })
    else steps.push({ right: rightStart + --right })
  }
  return steps.reverse()
}

/**
 * Aligns two sequences in order (Needleman–Wunsch): pairs their items so that the
 * pairs' total similarity is the greatest, each item in at most one pair and the pairs
 * in the order of both sequences; an item left out costs nothing. Of alignments as
 * good, the one that pairs the later items is chosen, and between two pairs the first
 * sequence's items come before the second's.
 *
 * Of sequences too long to align at once (see `options`), the items surely alike at
 * both ends are paired first; if what is between them is still too long, each of its
 * items is paired only with items near where a proportional alignment would put it,
 * as many as the cells allow, which finds the gaps of sequences of similar lengths.
 *
 * @param leftLength How many items the first sequence has.
 * @param rightLength How many items the second sequence has.
 * @param similarity How alike the first's item `left` and the second's item `right`
 *   are: above 0 for items that can be counterparts, 0 or less for items that cannot.
 * @returns Every item of both sequences once, in order: the pairs, and the items
 *   of one sequence between them.
 */
export function alignSequences(
  leftLength: number,
  rightLength: number,
  similarity: Similarity,
  options: AlignmentOptions = {},
): AlignmentStep[] {
  const cells = options.cells ?? largestAlignment
  if ((leftLength + 1) * (rightLength + 1) <= cells)
    return alignRange(0, leftLength, 0, rightLength, similarity)
  const same = options.same ?? (() => false)
  let start = 0
  while (start < leftLength && start < rightLength && same(start, start)) start++
  let end = 0
  while (
    start + end < leftLength &&
    start + end < rightLength &&
    same(leftLength - 1 - end, rightLength - 1 - end)
  )
    end++
  const steps: AlignmentStep[] = []
  for (let index = 0; index < start; index++) steps.push({ left: index, right: index })
  const leftMiddle = leftLength - start - end
  const rightMiddle = rightLength - start - end
  // Wide enough that each row of cells meets the one before it.
  const reach = Math.max(
    Math.floor((cells / (leftMiddle + 1) - 1) / 2),
    Math.ceil(rightMiddle / Math.max(leftMiddle, 1)) + 2,
  )
  const middle = alignRange(
    start,
    start + leftMiddle,
    start,
    start + rightMiddle,
    similarity,
    Math.min(reach, rightMiddle),
  )
  for (const step of middle) steps.push(step)
  for (let index = end; index > 0; index--)
    steps.push({ left: leftLength - index, right: rightLength - index })
  return steps
}
