import type { ResolvedInline } from '@rapporteur/core'
import type { Element } from 'hast'
import { h } from 'hastscript'
import type { State } from '../state.js'

/** Strong importance as `<strong>`. */
export function strong(node: Extract<ResolvedInline, { type: 'strong' }>, state: State): Element {
  return h('strong', state.inlines(node.children))
}
