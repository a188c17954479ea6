import type { ResolvedInline } from '@rapporteur/core'
import type { Text } from 'hast'
import { cleanText } from '../clean-text.js'

/** A person's mention, in the words core chose (full at first mention, short later). */
export function mention(node: Extract<ResolvedInline, { type: 'mention' }>): Text {
  return { type: 'text', value: cleanText(node.text) }
}
