import type { InlineHandlers } from '../state.js'
import { emphasis } from './emphasis.js'
import { footnoteReference } from './footnote-reference.js'
import { lineBreak } from './line-break.js'
import { link } from './link.js'
import { mention } from './mention.js'
import { participant } from './participant.js'
import { strong } from './strong.js'
import { text } from './text.js'

/** The handler for each inline type. */
export const inlineHandlers: Readonly<InlineHandlers> = Object.freeze({
  text,
  emphasis,
  strong,
  link,
  footnoteReference,
  mention,
  participant,
  break: lineBreak,
})
