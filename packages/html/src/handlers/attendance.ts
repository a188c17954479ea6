import type { ResolvedAttendance } from '@rapporteur/core'
import type { Element } from 'hast'
import { h } from 'hastscript'
import { cleanText } from '../clean-text.js'

/** Attendance in figures, one line each, as core worded them. */
export function attendance(node: ResolvedAttendance): Element {
  return h(
    'ul.attendance',
    node.lines.map((line) => h('li', cleanText(line))),
  )
}
