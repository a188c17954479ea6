import type { BlockHandlers } from '../state.js'
import { agenda } from './agenda.js'
import { attendance } from './attendance.js'
import { checklist } from './checklist.js'
import { documentList } from './document-list.js'
import { list } from './list.js'
import { paragraph } from './paragraph.js'
import { recommendations } from './recommendations.js'
import { subheading } from './subheading.js'
import { table } from './table.js'

/** The handler for each block type. */
export const blockHandlers: Readonly<BlockHandlers> = Object.freeze({
  paragraph,
  subheading,
  list,
  checklist,
  recommendations,
  table,
  documentList,
  agenda,
  attendance,
})
