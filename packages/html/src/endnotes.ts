import type { ResolvedFootnote } from '@rapporteur/core'
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import { cleanText, textNode } from './clean-text.js'
import type { State } from './state.js'

function backLinks(note: ResolvedFootnote): ElementContent[] {
  const many = note.referenceIds.length > 1
  return note.referenceIds.flatMap((referenceId, index) => [
    textNode(' '),
    h(
      'a.back-link',
      {
        href: `#${referenceId}`,
        role: 'doc-backlink',
        ariaLabel: cleanText(note.backLabels[index] ?? ''),
      },
      many ? ['↩\uFE0E', h('sup', String(index + 1))] : '↩\uFE0E',
    ),
  ])
}

/**
 * The notes, in order, as an endnotes section: each note shows its number, its
 * text and a link back to every place that references it.
 */
export function endnotes(state: State): Element | null {
  const { footnotes } = state.report
  if (footnotes.length === 0) return null
  const items = footnotes.map((note) =>
    h('li', { id: note.id, value: note.number }, [
      h('span.note-number', `${note.number}.`),
      ' ',
      ...state.inlines(note.content),
      ...backLinks(note),
    ]),
  )
  return h(
    'section.endnotes',
    { id: 'notes', role: 'doc-endnotes', ariaLabelledBy: 'notes-heading' },
    [h('h2#notes-heading', cleanText(state.report.labels.notes)), h('ol', items)],
  )
}
