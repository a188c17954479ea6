import type { Element } from 'hast'
import { h } from 'hastscript'
import { cleanText } from './clean-text.js'
import type { State } from './state.js'

/** The table of contents: every section, annex and the notes, as links. */
export function tableOfContents(state: State): Element {
  const { report } = state
  const { labels } = report
  const entries: Element[] = [
    ...report.sections.map((section) =>
      h(
        'li',
        h('a', { href: `#${section.id}` }, [
          h('span.toc-numeral', cleanText(section.label)),
          ' ',
          cleanText(section.title),
        ]),
      ),
    ),
    ...report.annexes.map((annex) =>
      h(
        'li',
        h('a', { href: `#${annex.id}` }, [
          h('span.toc-numeral', cleanText(annex.label)),
          ' ',
          cleanText(annex.title),
        ]),
      ),
    ),
  ]
  if (report.footnotes.length > 0)
    entries.push(h('li', h('a', { href: '#notes' }, cleanText(labels.notes))))
  return h('nav.contents', { ariaLabelledBy: 'contents-heading' }, [
    h('h2#contents-heading', cleanText(labels.contents)),
    h('ol', entries),
  ])
}
