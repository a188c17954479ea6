import type { ResolvedInline } from '@rapporteur/core'
import type { FontFace, LinkTarget, Piece, TagNode } from '../layout/types.js'
import { type BuildState, typeScale } from './build-state.js'

/** The style inline content inherits from its parents. */
export interface InlineStyle {
  face: FontFace
  size: number
  link: LinkTarget | null
  tag: TagNode
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
  sans: 'sans',
  sansBold: 'sansBold',
  thai: 'thai',
  thaiBold: 'thaiBold',
  bengali: 'bengali',
  bengaliBold: 'bengaliBold',
}
const strengthened: Record<FontFace, FontFace> = {
  regular: 'bold',
  italic: 'boldItalic',
  bold: 'bold',
  boldItalic: 'boldItalic',
  sans: 'sansBold',
  sansBold: 'sansBold',
  thai: 'thaiBold',
  thaiBold: 'thaiBold',
  bengali: 'bengaliBold',
  bengaliBold: 'bengaliBold',
}
// Control and direction-override characters have no glyph and must not reorder or hide text.
const invisible =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g
const safeScheme = /^(https?:|mailto:)/i
const rightToLeftWords = /[\u0590-\u08ff\ufb1d-\ufefc]+(?: [\u0590-\u08ff\ufb1d-\ufefc]+)+/g

/**
 * Puts the words of a right-to-left phrase (a name in Arabic or Hebrew script) in
 * the order they are seen, left to right; the font shapes each word right to left.
 */
function orderRightToLeftWords(text: string): string {
  return text.replace(rightToLeftWords, (phrase) => phrase.split(' ').reverse().join(' '))
}

/** Adds text as pieces, each character in a face that has it; reports characters no font has. */
export function addText(
  text: string,
  style: InlineStyle,
  state: BuildState,
  pieces: Piece[],
  rise = 0,
): void {
  const clean = orderRightToLeftWords(text.replace(invisible, '').replace(/[\t\n\r]/g, ' '))
  let start = 0
  let face: FontFace | null = null
  const push = (end: number) => {
    if (end > start && face !== null)
      pieces.push({
        text: clean.slice(start, end),
        face,
        size: style.size,
        rise,
        link: style.link,
        tag: style.tag,
      })
    start = end
  }
  let index = 0
  for (const character of clean) {
    let chosen = state.faceFor(character, style.face)
    if (chosen === null) {
      state.warnMissing(character)
      chosen = style.face
    }
    if (chosen !== face) {
      push(index)
      face = chosen
    }
    index += character.length
  }
  push(clean.length)
}

const inlineHandlers: InlineHandlers = {
  text: (node, style, state, pieces) => addText(node.value, style, state, pieces),
  mention: (node, style, state, pieces) => addText(node.text, style, state, pieces),
  participant: (node, style, state, pieces) => addText(node.text, style, state, pieces),
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
      { ...style, link: { kind: 'uri', url: node.url }, tag },
      state,
      pieces,
    )
  },
  footnoteReference: (node, style, state, pieces) => {
    const tag: TagNode = { role: 'Link', parent: style.tag }
    if (!state.noteParents.has(node.number)) state.noteParents.set(node.number, style.tag)
    const size = style.size * typeScale.markerScale
    addText(
      String(node.number),
      {
        face: 'regular',
        size,
        link: { kind: 'note', noteId: node.noteId, number: node.number },
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
