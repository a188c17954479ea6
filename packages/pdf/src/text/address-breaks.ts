import { addressBreaks, isAddress } from '@rapporteur/core'
import type { BreakOpportunity } from './break-opportunities.js'
import type { CollectedText } from './collect.js'

/**
 * A paragraph's break opportunities with those inside each address (the text of a link
 * to a URL or an e-mail address, when it reads as one) replaced by core's: after a `/`
 * and before a `.` or a `-`, so that a line never ends with a dot, which reads as a
 * sentence's end, or with a hyphen, which reads as a word broken by the layout.
 */
export function breakAddresses(
  collected: CollectedText,
  opportunities: readonly BreakOpportunity[],
): BreakOpportunity[] {
  const { text, pieceAt, pieces } = collected
  const ranges: Array<[number, number]> = []
  for (let start = 0; start < text.length; ) {
    const link = pieces[pieceAt[start]!]!.link
    let end = start + 1
    if (link?.kind === 'uri') {
      while (end < text.length && pieces[pieceAt[end]!]!.link === link) end++
      if (isAddress(text.slice(start, end))) ranges.push([start, end])
    }
    start = end
  }
  if (ranges.length === 0) return [...opportunities]
  const inside = (index: number) => ranges.some(([start, end]) => index > start && index < end)
  const added = ranges.flatMap(([start, end]) =>
    addressBreaks(text.slice(start, end)).map((index) => ({
      index: start + index,
      required: false,
    })),
  )
  return [...opportunities.filter((opportunity) => !inside(opportunity.index)), ...added].sort(
    (a, b) => a.index - b.index,
  )
}
