import type { ResolvedAgenda } from '@rapporteur/core'
import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import { cleanText } from '../clean-text.js'

/** The agenda as a table: each time slot a row header, its session and speakers beside it. */
export function agenda(node: ResolvedAgenda): Element {
  const rows = node.rows.map((row) => {
    const details: ElementContent[] = [
      h(row.note ? 'p.agenda-note' : 'p.agenda-session', cleanText(row.session)),
    ]
    if (row.speakers.length > 0) {
      details.push(
        h(
          'ul.agenda-speakers',
          row.speakers.map((speaker) => h('li', cleanText(speaker))),
        ),
      )
    }
    return h('tr', [h('th', { scope: 'row' }, cleanText(row.time)), h('td', details)])
  })
  return h('table.agenda', [
    h(
      'thead',
      h('tr', [
        h('th', { scope: 'col' }, cleanText(node.timeHeading)),
        h('th', { scope: 'col' }, cleanText(node.detailsHeading)),
      ]),
    ),
    h('tbody', rows),
  ])
}
