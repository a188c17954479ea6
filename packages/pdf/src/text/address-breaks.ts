import type { BreakOpportunity } from './break-opportunities.js'
import type { CollectedText } from './collect.js'

/**
 * Moves the breaks that follow a hyphen inside a link's address to before the
 * hyphen, as style manuals ask: a line that ends with a hyphen would read as a word
 * hyphenated by the layout, and a reader would leave the hyphen out of the address.
 */
export function breakAddressesBeforeHyphens(
  collected: CollectedText,
  opportunities: readonly BreakOpportunity[],
): BreakOpportunity[] {
  const { text, pieceAt, pieces } = collected
  let previous = 0
  return opportunities.map((opportunity) => {
    const { index } = opportunity
    const hyphen = index - 1
    const moved =
      text[hyphen] === '-' &&
      hyphen > previous &&
      pieces[pieceAt[hyphen]!]!.link?.kind === 'uri' &&
      /[^\s-]/.test(text[hyphen - 1] ?? ' ')
    previous = moved ? hyphen : index
    return moved ? { index: hyphen, required: opportunity.required } : opportunity
  })
}
