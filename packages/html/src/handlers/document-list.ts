import type { ResolvedDocumentList } from '@rapporteur/core'
import type { Element } from 'hast'
import { h } from 'hastscript'
import { cleanText } from '../clean-text.js'
import { safeUrl } from '../safe-url.js'

/** The background documents: a numbered list of titled links, numbered as the language writes it. */
export function documentList(node: ResolvedDocumentList): Element {
  const items = node.items.map((item) => {
    const href = safeUrl(item.url)
    const title = cleanText(item.title)
    return h(
      'li',
      { value: item.number, dataMarker: cleanText(item.marker) },
      href === null ? title : h('a', { href }, title),
    )
  })
  return h('ol.document-list', items)
}
