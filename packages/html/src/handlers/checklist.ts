import type { ResolvedChecklist } from '@rapporteur/core'
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import { cleanText, textNode } from '../clean-text.js'
import type { State } from '../state.js'

/** A checklist: each item its check mark, a bold lead-in and its text. */
export function checklist(node: ResolvedChecklist, state: State): Element {
  const items = node.items.map((item) => {
    const children: ElementContent[] = [h('span.check-mark', cleanText(item.marker)), textNode(' ')]
    if (item.leadIn.length > 0)
      children.push(h('strong', state.inlines(item.leadIn)), textNode(' '))
    children.push(...state.inlines(item.content))
    return h('li', children)
  })
  return h('ul.checklist', items)
}
