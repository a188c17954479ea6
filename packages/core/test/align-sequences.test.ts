import { describe, expect, it } from 'vitest'
import { alignSequences } from '../src/align-sequences.js'

/** Aligns two strings letter by letter, pairing equal letters. */
function alignLetters(left: string, right: string): string[] {
  return alignSequences(left.length, right.length, (leftIndex, rightIndex) =>
    left[leftIndex] === right[rightIndex] ? 1 : 0,
  ).map(({ left: leftIndex, right: rightIndex }) =>
    leftIndex === undefined
      ? `+${right[rightIndex!]}`
      : rightIndex === undefined
        ? `-${left[leftIndex]}`
        : left[leftIndex]!,
  )
}

describe('alignSequences', () => {
  it('aligns nothing with nothing, and a sequence with nothing', () => {
    expect(alignSequences(0, 0, () => 1)).toEqual([])
    expect(alignSequences(2, 0, () => 1)).toEqual([{ left: 0 }, { left: 1 }])
    expect(alignSequences(0, 1, () => 1)).toEqual([{ right: 0 }])
  })

  it('pairs every item of two sequences alike', () => {
    expect(alignLetters('abc', 'abc')).toEqual(['a', 'b', 'c'])
  })

  it('leaves out an item missing from one sequence, and shifts nothing after it', () => {
    expect(alignLetters('abcde', 'abde')).toEqual(['a', 'b', '-c', 'd', 'e'])
    expect(alignLetters('abde', 'abxde')).toEqual(['a', 'b', '+x', 'd', 'e'])
    expect(alignLetters('abc', 'bc')).toEqual(['-a', 'b', 'c'])
    expect(alignLetters('abc', 'ab')).toEqual(['a', 'b', '-c'])
  })

  it('pairs no items that cannot be counterparts', () => {
    expect(alignLetters('ab', 'xy')).toEqual(['-a', '-b', '+x', '+y'])
  })

  it('keeps the pairs in order: of two swapped items, one is paired', () => {
    expect(alignLetters('ab', 'ba')).toEqual(['-a', 'b', '+a'])
  })

  it('chooses the pairs of the greatest total similarity', () => {
    const scores = [
      [1, 3],
      [0, 1],
    ]
    // Pairing the first with the second (3) beats pairing both in place (1 + 1).
    expect(alignSequences(2, 2, (left, right) => scores[left]![right]!)).toEqual([
      { right: 0 },
      { left: 0, right: 1 },
      { left: 1 },
    ])
  })
})

describe('alignSequences of sequences too long to align at once', () => {
  const letters = (left: string, right: string) => ({
    similarity: (leftIndex: number, rightIndex: number) =>
      left[leftIndex] === right[rightIndex] ? 1 : 0,
    same: (leftIndex: number, rightIndex: number) => left[leftIndex] === right[rightIndex],
  })

  it('pairs the items alike at both ends, and aligns what is between them', () => {
    const left = 'abcdefgh'
    const right = 'abcxefgh'
    const { similarity, same } = letters(left, right)
    expect(alignSequences(left.length, right.length, similarity, { same, cells: 10 })).toEqual(
      alignSequences(left.length, right.length, similarity),
    )
  })

  it('aligns a long middle near the proportional alignment, each item once and in order', () => {
    const left = 'xabcdefghijklmnopqrstuvwxyz'
    const right = 'yabcdefghjklmnopqrstuvwxyz'
    const { similarity } = letters(left, right)
    const steps = alignSequences(left.length, right.length, similarity, { cells: 100 })
    const lefts = steps.flatMap((step) => (step.left === undefined ? [] : [step.left]))
    const rights = steps.flatMap((step) => (step.right === undefined ? [] : [step.right]))
    expect(lefts).toEqual([...left].map((_, index) => index))
    expect(rights).toEqual([...right].map((_, index) => index))
    // As many pairs as aligning them at once finds: every letter but x, y and i.
    expect(
      steps.filter((step) => step.right !== undefined && step.left !== undefined),
    ).toHaveLength(left.length - 2)
  })

  it('aligns a long pair of sequences with a gap near each end in bounded memory', () => {
    const length = 100_000
    // The second lacks the first's items 3 and 99,996: item n of the second is item
    // n, n + 1 or n + 2 of the first.
    const counterpart = (right: number) => right + (right >= 3 ? 1 : 0) + (right >= 99_995 ? 1 : 0)
    const steps = alignSequences(length, length - 2, (left, right) =>
      counterpart(right) === left ? 1 : 0,
    )
    expect(steps.filter((step) => step.right === undefined)).toEqual([
      { left: 3 },
      { left: 99_996 },
    ])
  })

  it('aligns a report-sized pair of sequences in bounded memory', () => {
    const length = 100_000
    const steps = alignSequences(
      length,
      length - 1,
      (left, right) => (left === right + 1 ? 1 : 0),
      {
        same: (left, right) => left === right + 1,
      },
    )
    expect(steps).toHaveLength(length)
    expect(steps[0]).toEqual({ left: 0 })
  })
})
