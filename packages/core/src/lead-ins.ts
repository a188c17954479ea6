import { inlineText } from './plain-text.js'
import type { ResolvedBlock } from './resolved-model.js'

const listTypes = new Set<ResolvedBlock['type']>([
  'list',
  'checklist',
  'recommendations',
  'documentList',
])

// A paragraph's last visible character, after white space and note markers.
const trailing = /[\s\u00b9\u00b2\u00b3\u2070-\u2079]+$/u

/**
 * Marks each paragraph that introduces the list after it (it ends with a colon) as a
 * lead-in, which every format keeps on the page of the list's first item.
 */
export function markLeadIns(blocks: ResolvedBlock[]): ResolvedBlock[] {
  blocks.forEach((block, index) => {
    if (block.type !== 'paragraph') return
    const next = blocks[index + 1]
    block.leadsIn =
      next !== undefined &&
      listTypes.has(next.type) &&
      inlineText(block.content).replace(trailing, '').endsWith(':')
  })
  return blocks
}
