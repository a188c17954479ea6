import type { Element } from 'hast'
import { h } from 'hastscript'

/** A hard line break as `<br>`. */
export function lineBreak(): Element {
  return h('br')
}
