import type { ResolvedAnnex, ResolvedSection } from '@rapporteur/core'
import type { Element } from 'hast'
import { h } from 'hastscript'
import { cleanText } from './clean-text.js'
import type { State } from './state.js'

/** A numbered section as `<section>`, headed by its label and title ("I. Background"). */
export function bodySection(section: ResolvedSection, state: State): Element {
  const headingId = `${section.id}-heading`
  return h('section', { id: section.id, ariaLabelledBy: headingId }, [
    h('h2', { id: headingId }, [
      h('span.section-numeral', cleanText(section.label)),
      ' ',
      cleanText(section.title),
    ]),
    ...state.blocks(section.blocks),
  ])
}

/** An annex as `<section role="doc-appendix">`, its label above its title. */
export function annexSection(annex: ResolvedAnnex, state: State): Element {
  const headingId = `${annex.id}-heading`
  return h('section.annex', { id: annex.id, role: 'doc-appendix', ariaLabelledBy: headingId }, [
    h('h2', { id: headingId }, [
      h('span.annex-label', cleanText(annex.label)),
      ' ',
      h('span.annex-title', cleanText(annex.title)),
    ]),
    ...state.blocks(annex.blocks),
  ])
}
