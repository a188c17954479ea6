import type { ResolvedRecommendations } from '@rapporteur/core'
import type { Element } from 'hast'
import { h } from 'hastscript'
import { cleanText } from '../clean-text.js'
import type { State } from '../state.js'

/**
 * A speaker's lettered recommendations as `<ol type="A">`, named after the speaker;
 * letters HTML has no type for (Arabic, in abjadi order) are in the items' labels only.
 * The caption that shows who made them stands above the list, hidden from assistive
 * technology, which hears the list's name.
 */
export function recommendations(node: ResolvedRecommendations, state: State): Element[] {
  const items = node.items.map((item) =>
    h('li', [h('span.item-letter', cleanText(item.label)), ' ', ...state.inlines(item.content)]),
  )
  const { letterCase, letters } = state.report.language
  const list = h(
    'ol.recommendations',
    {
      ...(letters === 'latin' ? { type: letterCase === 'lower' ? 'a' : 'A' } : {}),
      ariaLabel: cleanText(node.label),
    },
    items,
  )
  return node.caption === null
    ? [list]
    : [h('p.recommendations-caption', { ariaHidden: 'true' }, cleanText(node.caption)), list]
}
