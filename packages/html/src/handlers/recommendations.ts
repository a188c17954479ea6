import type { ResolvedRecommendations } from '@rapporteur/core'
import type { Element } from 'hast'
import { h } from 'hastscript'
import { cleanText } from '../clean-text.js'
import type { State } from '../state.js'

/** A speaker's lettered recommendations as `<ol type="A">`, named after the speaker. */
export function recommendations(node: ResolvedRecommendations, state: State): Element {
  const items = node.items.map((item) =>
    h('li', [h('span.item-letter', cleanText(item.label)), ' ', ...state.inlines(item.content)]),
  )
  return h(
    'ol.recommendations',
    {
      type: state.report.language.letterCase === 'lower' ? 'a' : 'A',
      ariaLabel: cleanText(node.label),
    },
    items,
  )
}
