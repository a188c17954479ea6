import type { ResolvedTable } from '@rapporteur/core'
import type { Element } from 'hast'
import { h } from 'hastscript'
import type { State } from '../state.js'

/** A table with a header row of column headers. */
export function table(node: ResolvedTable, state: State): Element {
  return h('table', [
    h(
      'thead',
      h(
        'tr',
        node.header.map((cell) => h('th', { scope: 'col' }, state.inlines(cell))),
      ),
    ),
    h(
      'tbody',
      node.rows.map((row) =>
        h(
          'tr',
          row.map((cell) => h('td', state.inlines(cell))),
        ),
      ),
    ),
  ])
}
