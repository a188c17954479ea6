import type { ResolvedInline } from '@rapporteur/core'
import type { Text } from 'hast'
import { cleanText } from '../clean-text.js'

/** Plain text, escaped when the page is serialised. */
export function text(node: Extract<ResolvedInline, { type: 'text' }>): Text {
  return { type: 'text', value: cleanText(node.value) }
}
