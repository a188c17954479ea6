import type { ResolvedBlock, ResolvedInline, ResolvedReport } from '@rapporteur/core'
import type { ElementContent } from 'hast'

/** What the handlers share while one report renders; created anew for each call. */
export interface State {
  /** The report being rendered. */
  report: ResolvedReport
  /** Whether paragraphs carry `data-source-line` and `data-source-column`. */
  sourcePositions: boolean
  /** The hast nodes for a run of inline content. */
  inlines: (nodes: readonly ResolvedInline[]) => ElementContent[]
  /** The hast nodes for a run of blocks. */
  blocks: (nodes: readonly ResolvedBlock[]) => ElementContent[]
}

/** A handler turns one node of the resolved model into hast. */
export type Handler<Node> = (node: Node, state: State) => ElementContent | ElementContent[]

/** One handler per block type: a new block type in core fails the type-check here. */
export type BlockHandlers = {
  [Type in ResolvedBlock['type']]: Handler<Extract<ResolvedBlock, { type: Type }>>
}

/** One handler per inline type: a new inline type in core fails the type-check here. */
export type InlineHandlers = {
  [Type in ResolvedInline['type']]: Handler<Extract<ResolvedInline, { type: Type }>>
}
