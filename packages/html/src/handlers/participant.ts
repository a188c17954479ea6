import type { ResolvedInline } from '@rapporteur/core'
import type { Text } from 'hast'
import { cleanText } from '../clean-text.js'

/** An intervention's speaker, in the words core chose (anonymous where the rule applies). */
export function participant(node: Extract<ResolvedInline, { type: 'participant' }>): Text {
  return { type: 'text', value: cleanText(node.text) }
}
