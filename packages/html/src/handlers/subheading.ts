import type { ResolvedSubheading } from '@rapporteur/core'
import type { Element } from 'hast'
import { h } from 'hastscript'
import { cleanText } from '../clean-text.js'

/** A subheading inside a section or annex, one level below the section's heading. */
export function subheading(node: ResolvedSubheading): Element {
  return h('h3', cleanText(node.text))
}
