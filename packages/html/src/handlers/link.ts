import { inlineText, type ResolvedInline } from '@rapporteur/core'
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import { safeUrl } from '../safe-url.js'
import type { State } from '../state.js'

/**
 * A link, only for http, https and mailto URLs; any other scheme shows its text
 * without a link. A link whose text is its URL is marked so print does not repeat it.
 */
export function link(
  node: Extract<ResolvedInline, { type: 'link' }>,
  state: State,
): Element | ElementContent[] {
  const children = state.inlines(node.children)
  const href = safeUrl(node.url)
  if (href === null) return children
  const showsUrl = inlineText(node.children).trim() === node.url.trim()
  return h('a', { href, className: showsUrl ? ['shows-url'] : undefined }, children)
}
