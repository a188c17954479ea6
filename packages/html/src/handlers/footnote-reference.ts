import type { ResolvedInline } from '@rapporteur/core'
import type { Element } from 'hast'
import { h } from 'hastscript'
import { fillLabel } from '../fill-label.js'
import type { State } from '../state.js'

/** A note marker: a superscript number linking to the note, which links back to it. */
export function footnoteReference(
  node: Extract<ResolvedInline, { type: 'footnoteReference' }>,
  state: State,
): Element {
  return h(
    'sup.note-marker',
    h(
      'a',
      {
        href: `#${node.noteId}`,
        id: node.referenceId,
        role: 'doc-noteref',
        ariaLabel: fillLabel(state.labels.note, { number: node.number }),
      },
      String(node.number),
    ),
  )
}
