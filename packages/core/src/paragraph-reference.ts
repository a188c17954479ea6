import { fillLabel } from './fill-label.js'
import type { Labels } from './labels.js'
import type { ResolvedInline } from './resolved-model.js'

// The punctuation that ends an item or a sentence, in the scripts of the built-in languages,
// with the space French sets before some of it.
const closingPunctuation = /\s*[.;:,!?\u3002\uff1b\uff0c\uff01\uff1f\u061b\u060c\u061f]+$/u

/**
 * Content with the reference of its paragraph (` (para. 30)`) set where a citation
 * goes: before the last punctuation, which keeps the note markers after it, so that
 * `…or donating.¹⁸` reads `…or donating (para. 46).¹⁸`; at the end of words without
 * punctuation. Content without a paragraph is returned as it is.
 */
export function withReference(
  content: ResolvedInline[],
  paragraph: number | null,
  labels: Pick<Labels, 'paragraphReference'>,
): ResolvedInline[] {
  if (paragraph === null) return content
  const reference: ResolvedInline = {
    type: 'text',
    value: fillLabel(labels.paragraphReference, { number: paragraph }),
  }
  let end = content.length
  while (end > 0 && content[end - 1]!.type === 'footnoteReference') end--
  const last = content[end - 1]
  if (last?.type !== 'text') return [...content, reference]
  const trimmed = last.value.replace(/\s+$/u, '')
  const closing = closingPunctuation.exec(trimmed)?.[0] ?? ''
  // Words that end without punctuation keep their note markers, the reference after them.
  if (closing === '') return [...content, reference]
  const words = trimmed.slice(0, trimmed.length - closing.length).replace(/\s+$/u, '')
  return [
    ...content.slice(0, end - 1),
    ...(words === '' ? [] : [{ type: 'text' as const, value: words }]),
    reference,
    { type: 'text' as const, value: closing },
    ...content.slice(end),
  ]
}
