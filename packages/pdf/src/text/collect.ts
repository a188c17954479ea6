import type { Piece } from '../layout/types.js'

/** A paragraph's text in reading order, with the piece each stretch of it comes from. */
export interface CollectedText {
  text: string
  /** For every UTF-16 unit, the index of its piece in `pieces`. */
  pieceAt: Uint32Array
  pieces: readonly Piece[]
}

/** The character that stands for a forced line break in collected text. */
export const lineSeparator = '\n'

// Control characters and the explicit direction embeddings and overrides must not hide or
// reorder text; joiners, the direction marks and soft hyphens stay, for shaping, bidi and breaking.
const removed =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufeff\ufff9-\ufffb]/g
const whitespace = /[\t\n\r]/g

/** The text of a piece as it is set: controls removed, tabs and newlines as spaces. */
function cleanText(text: string): string {
  return text.replace(removed, '').replace(whitespace, ' ')
}

/** Joins a paragraph's pieces into one text, the first step of setting it. */
export function collectText(pieces: readonly Piece[]): CollectedText {
  const parts: string[] = []
  const owners: Array<[number, number]> = []
  let length = 0
  pieces.forEach((piece, index) => {
    const text = piece.lineBreak ? lineSeparator : cleanText(piece.text)
    if (text === '') return
    parts.push(text)
    owners.push([index, text.length])
    length += text.length
  })
  const pieceAt = new Uint32Array(length)
  let offset = 0
  for (const [index, count] of owners) {
    pieceAt.fill(index, offset, offset + count)
    offset += count
  }
  return { text: parts.join(''), pieceAt, pieces }
}
