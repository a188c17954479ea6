import type { ResolvedBlock, ResolvedInline, ResolvedReport } from '@rapporteur/core'
import type { ElementContent } from 'hast'
import { blockHandlers } from './handlers/block-handlers.js'
import { inlineHandlers } from './handlers/inline-handlers.js'
import type { HtmlOptions } from './html-options.js'
import type { Handler, State } from './state.js'

function dispatch<Node extends { type: string }>(
  handlers: Readonly<Record<string, Handler<never>>>,
  kind: string,
  node: Node,
  state: State,
): ElementContent[] {
  const type = (node as { type?: unknown }).type
  if (typeof type !== 'string' || !Object.hasOwn(handlers, type)) {
    throw new TypeError(`Cannot render ${kind} of type ${JSON.stringify(type)}: no handler for it`)
  }
  const result = (handlers[type] as Handler<Node>)(node, state)
  return Array.isArray(result) ? result : [result]
}

/** A fresh state for one rendering: the report, its options and the dispatch to handlers. */
export function createState(
  report: ResolvedReport,
  options: Pick<HtmlOptions, 'sourcePositions'> = {},
): State {
  const state: State = {
    report,
    sourcePositions: options.sourcePositions === true,
    inlines: (nodes: readonly ResolvedInline[]) =>
      nodes.flatMap((node) => dispatch(inlineHandlers, 'inline content', node, state)),
    blocks: (nodes: readonly ResolvedBlock[]) =>
      nodes.flatMap((node) => dispatch(blockHandlers, 'a block', node, state)),
  }
  return state
}
