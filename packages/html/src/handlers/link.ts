import { addressBreaks, inlineText, isAddress, type ResolvedInline } from '@rapporteur/core'
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import { cleanText } from '../clean-text.js'
import { safeUrl } from '../safe-url.js'
import type { State } from '../state.js'

/** The longest part of an address kept whole, in characters: what fits a phone's line. */
const longestWholePart = 30

/**
 * An address's text with a `<wbr>` at each place core lets it break (after a `/`, before
 * a `.`), so that a browser breaks it there rather than at any character.
 */
function breakableAddress(text: string): ElementContent[] {
  const parts: ElementContent[] = []
  // Each part between two breaks is kept whole (a browser would also break after a hyphen);
  // a part too long for a narrow screen may still break anywhere rather than overflow.
  const part = (value: string): ElementContent =>
    value.length <= longestWholePart
      ? h('span', { className: ['address-part'] }, value)
      : { type: 'text', value }
  let from = 0
  for (const index of addressBreaks(text)) {
    parts.push(part(text.slice(from, index)), h('wbr'))
    from = index
  }
  parts.push(part(text.slice(from)))
  return parts
}

/**
 * A link, only for http, https and mailto URLs; any other scheme shows its text
 * without a link. A link whose text is not its URL is followed by its address, which only
 * print shows; a link whose text is an address, and the printed address, may break only
 * where core lets an address break.
 */
export function link(
  node: Extract<ResolvedInline, { type: 'link' }>,
  state: State,
): Element | ElementContent[] {
  const only = node.children.length === 1 ? node.children[0] : undefined
  const children =
    only?.type === 'text' && isAddress(only.value)
      ? breakableAddress(cleanText(only.value))
      : state.inlines(node.children)
  const href = safeUrl(node.url)
  if (href === null) return children
  const showsUrl = inlineText(node.children).trim() === node.url.trim()
  const anchor = h('a', { href, className: showsUrl ? ['shows-url'] : undefined }, children)
  if (showsUrl) return anchor
  // Print shows the address after the link's words, broken where core lets an address break.
  return [
    anchor,
    h('span', { className: ['print-address'], ariaHidden: 'true' }, [
      ' <',
      ...breakableAddress(href),
      '>',
    ]),
  ]
}
