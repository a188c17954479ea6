import type { ResolvedRecommendations } from '@rapporteur/core'
import type { Element } from 'hast'
import { h } from 'hastscript'
import { cleanText } from '../clean-text.js'
import type { State } from '../state.js'

/**
 * A speaker's lettered recommendations as `<ol type="A">`, named after the speaker;
 * letters HTML has no type for (Arabic, in abjadi order) are in the items' labels only.
 */
export function recommendations(node: ResolvedRecommendations, state: State): Element {
  const items = node.items.map((item) =>
    h('li', [h('span.item-letter', cleanText(item.label)), ' ', ...state.inlines(item.content)]),
  )
  const { letterCase, letters } = state.report.language
  return h(
    'ol.recommendations',
    {
      ...(letters === 'latin' ? { type: letterCase === 'lower' ? 'a' : 'A' } : {}),
      ariaLabel: cleanText(node.label),
    },
    items,
  )
}
