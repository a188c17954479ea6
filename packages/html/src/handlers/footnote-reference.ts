import type { ResolvedInline } from '@rapporteur/core'
import type { Element } from 'hast'
import { h } from 'hastscript'
import { cleanText } from '../clean-text.js'

/** A note marker: a superscript number linking to the note, which links back to it; after another marker, a comma first. */
export function footnoteReference(
  node: Extract<ResolvedInline, { type: 'footnoteReference' }>,
): Element {
  return h('sup.note-marker', [
    node.separator,
    h(
      'a',
      {
        href: `#${node.noteId}`,
        id: node.referenceId,
        role: 'doc-noteref',
        ariaLabel: cleanText(node.label),
      },
      String(node.number),
    ),
  ])
}
