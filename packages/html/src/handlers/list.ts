import type { ResolvedList } from '@rapporteur/core'
import type { Element } from 'hast'
import { h } from 'hastscript'
import { cleanText } from '../clean-text.js'
import type { State } from '../state.js'

/**
 * A bullet list as `<ul>`, or a numbered one as `<ol>` showing each item's number as the
 * language writes it (`data-marker`, such as `3 -` in Arabic).
 */
export function list(node: ResolvedList, state: State): Element {
  const items = node.items.map((item) =>
    h(
      'li',
      {
        value: node.ordered && item.number !== null ? item.number : undefined,
        dataMarker: item.marker === null ? undefined : cleanText(item.marker),
      },
      state.inlines(item.content),
    ),
  )
  return h(node.ordered ? 'ol' : 'ul', items)
}
