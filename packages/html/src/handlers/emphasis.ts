import type { ResolvedInline } from '@rapporteur/core'
import type { Element } from 'hast'
import { h } from 'hastscript'
import type { State } from '../state.js'

/** Emphasis, such as *non-refoulement*, as `<em>`. */
export function emphasis(
  node: Extract<ResolvedInline, { type: 'emphasis' }>,
  state: State,
): Element {
  return h('em', state.inlines(node.children))
}
