import type { ResolvedParagraph } from '@rapporteur/core'
import type { Element } from 'hast'
import { h } from 'hastscript'
import { cleanText } from '../clean-text.js'
import type { State } from '../state.js'

/**
 * A paragraph. A numbered one carries its stable id (`para-12`) and shows its number
 * as a link to itself, so a reader can copy the address to cite it. One that introduces
 * a list is marked `leads-in`, so print keeps it with the list's first item.
 */
export function paragraph(node: ResolvedParagraph, state: State): Element {
  const content = state.inlines(node.content)
  const className = node.leadsIn ? ['leads-in'] : undefined
  const source =
    state.sourcePositions && node.source
      ? { dataSourceLine: node.source.line, dataSourceColumn: node.source.column }
      : {}
  if (node.number === null || node.id === null) return h('p', { className, ...source }, content)
  const self = h(
    'a.paragraph-number',
    { href: `#${node.id}`, ariaLabel: cleanText(node.label ?? '') },
    cleanText(node.marker ?? ''),
  )
  return h('p.numbered', { id: node.id, className, ...source }, [self, ' ', ...content])
}
