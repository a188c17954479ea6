/**
 * How deep a report's Markdown may nest. Far beyond what any report writes, these
 * keep parsing fast and every later step within the call stack: the Markdown parser
 * takes time that grows with the square of the nesting, and every step after it
 * walks the tree by recursion.
 */
export const nestingLimits = {
  /** Emphasis, strong text, links and strikethrough inside one another. */
  inline: 100,
  /** Block quotes, lists and `:::` containers inside one another. */
  block: 50,
} as const

/** What nests too deep. */
export type NestingKind = 'inline' | 'quote' | 'list' | 'container'

const described: Record<NestingKind, string> = {
  inline: 'emphasis, strong text and links are',
  quote: 'block quotes are',
  list: 'lists are',
  container: '":::" containers are',
}

/** The problem's message when `kind` nests deeper than its limit. */
export function tooDeepMessage(kind: NestingKind): string {
  const limit = kind === 'inline' ? nestingLimits.inline : nestingLimits.block
  return `${described[kind]} nested more than ${limit} levels deep: write them flatter`
}
