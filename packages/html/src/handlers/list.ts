import type { ResolvedList } from '@rapporteur/core'
import type { Element } from 'hast'
import { h } from 'hastscript'
import type { State } from '../state.js'

/** A bullet list as `<ul>`, or a numbered one as `<ol>` showing each item's number. */
export function list(node: ResolvedList, state: State): Element {
  const items = node.items.map((item) =>
    h(
      'li',
      { value: node.ordered && item.number !== null ? item.number : undefined },
      state.inlines(item.content),
    ),
  )
  return h(node.ordered ? 'ol' : 'ul', items)
}
