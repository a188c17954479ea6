import type { ResolvedInline } from '@rapporteur/core'
import type { FontFace, LinkTarget, Piece, TagNode } from '../layout/types.js'
import { type BuildState, typeScale } from './build-state.js'

/** The style inline content inherits from its parents. */
export interface InlineStyle {
  face: FontFace
  size: number
  link: LinkTarget | null
  tag: TagNode
  /** Names and addresses are never hyphenated. */
  noHyphenation?: boolean
}

type InlineHandlers = {
  [K in ResolvedInline['type']]: (
    node: Extract<ResolvedInline, { type: K }>,
    style: InlineStyle,
    state: BuildState,
    pieces: Piece[],
  ) => void
}

const emphasised: Record<FontFace, FontFace> = {
  regular: 'italic',
  bold: 'boldItalic',
  italic: 'regular',
  boldItalic: 'bold',
}
const strengthened: Record<FontFace, FontFace> = {
  regular: 'bold',
  italic: 'boldItalic',
  bold: 'bold',
  boldItalic: 'boldItalic',
}
const safeScheme = /^(https?:|mailto:)/i

/**
 * Adds text as a piece in the style given. Which font sets each character, its
 * direction and its shaping are the text engine's to decide, when lines are set.
 */
export function addText(
  text: string,
  style: InlineStyle,
  _state: BuildState,
  pieces: Piece[],
  rise = 0,
): void {
  if (text === '') return
  pieces.push({
    text,
    face: style.face,
    size: style.size,
    rise,
    link: style.link,
    tag: style.tag,
    ...(style.noHyphenation ? { noHyphenation: true } : {}),
  })
}

const inlineHandlers: InlineHandlers = {
  text: (node, style, state, pieces) => addText(node.value, style, state, pieces),
  mention: (node, style, state, pieces) =>
    addText(node.text, { ...style, noHyphenation: true }, state, pieces),
  participant: (node, style, state, pieces) =>
    addText(node.text, { ...style, noHyphenation: true }, state, pieces),
  emphasis: (node, style, state, pieces) =>
    addInlines(node.children, { ...style, face: emphasised[style.face] }, state, pieces),
  strong: (node, style, state, pieces) =>
    addInlines(node.children, { ...style, face: strengthened[style.face] }, state, pieces),
  link: (node, style, state, pieces) => {
    // Only addresses a reader can safely follow become links; anything else stays plain text.
    if (!safeScheme.test(node.url) || style.link !== null) {
      addInlines(node.children, style, state, pieces)
      return
    }
    const tag: TagNode = { role: 'Link', parent: style.tag }
    addInlines(
      node.children,
      { ...style, link: { kind: 'uri', url: node.url }, tag, noHyphenation: true },
      state,
      pieces,
    )
  },
  footnoteReference: (node, style, state, pieces) => {
    const tag: TagNode = { role: 'Link', parent: style.tag }
    if (!state.noteParents.has(node.number)) state.noteParents.set(node.number, style.tag)
    const size = style.size * typeScale.markerScale
    if (node.separator !== '')
      addText(
        node.separator,
        { face: 'regular', size, link: null, tag: style.tag },
        state,
        pieces,
        style.size * typeScale.markerRise,
      )
    addText(
      String(node.number),
      {
        face: 'regular',
        size,
        link: { kind: 'note', noteId: node.noteId, number: node.number, label: node.label },
        tag,
      },
      state,
      pieces,
      style.size * typeScale.markerRise,
    )
  },
  break: (_node, style, _state, pieces) => {
    pieces.push({
      text: '',
      face: style.face,
      size: style.size,
      rise: 0,
      link: null,
      tag: style.tag,
      lineBreak: true,
    })
  },
}

/** Turns inline content into styled pieces of text, one handler per inline type. */
export function addInlines(
  inlines: readonly ResolvedInline[],
  style: InlineStyle,
  state: BuildState,
  pieces: Piece[],
): void {
  for (const inline of inlines) {
    const handler = inlineHandlers[inline.type] as
      | ((node: ResolvedInline, style: InlineStyle, state: BuildState, pieces: Piece[]) => void)
      | undefined
    if (!handler)
      throw new Error(`Cannot render inline content of type "${(inline as { type: string }).type}"`)
    handler(inline, style, state, pieces)
  }
}

/** Styled pieces for inline content. */
export function piecesOf(
  inlines: readonly ResolvedInline[],
  style: InlineStyle,
  state: BuildState,
): Piece[] {
  const pieces: Piece[] = []
  addInlines(inlines, style, state, pieces)
  return pieces
}
