import type { Element, ElementContent } from 'hast'
import { h } from 'hastscript'
import { cleanText } from './clean-text.js'
import type { State } from './state.js'

// The date line begins with the meeting's day as core wrote it: that part becomes a
// <time> with the machine-readable date; the whole line if the wording differs.
function dateLine(state: State): Element {
  const { masthead, metadata } = state.report
  const line = cleanText(masthead.dateLine)
  const day = cleanText(masthead.date)
  if (day !== '' && line.startsWith(day)) {
    return h('p.masthead-date', [
      h('time', { dateTime: metadata.date }, day),
      line.slice(day.length),
    ])
  }
  return h('p.masthead-date', h('time', { dateTime: metadata.date }, line))
}

/**
 * The masthead: the variant's banner and distribution notice, symbol and distribution,
 * title, facilitating office, date line and status line as the original
 * report orders them, then the comment line.
 */
export function masthead(state: State): Element {
  const { masthead, marks } = state.report
  const children: ElementContent[] = []
  if (marks.banner !== null) children.push(h('p.banner', cleanText(marks.banner)))
  if (marks.notice !== null) children.push(h('p.notice', cleanText(marks.notice)))
  const references: ElementContent[] = []
  if (masthead.symbol !== null) references.push(h('p.masthead-symbol', cleanText(masthead.symbol)))
  if (masthead.distributionLine !== null) {
    references.push(h('p.masthead-distribution', cleanText(masthead.distributionLine)))
  }
  if (masthead.originalLanguageLine !== null) {
    references.push(h('p.masthead-language', cleanText(masthead.originalLanguageLine)))
  }
  if (references.length > 0) children.push(h('div.masthead-references', references))
  children.push(
    h('h1', cleanText(masthead.title)),
    h('p.masthead-facilitator', cleanText(masthead.facilitatorLine)),
    dateLine(state),
    h('p.masthead-status', cleanText(masthead.statusLine)),
  )
  if (marks.commentLine !== null) children.push(h('p.comment-line', cleanText(marks.commentLine)))
  return h('header.masthead', children)
}
