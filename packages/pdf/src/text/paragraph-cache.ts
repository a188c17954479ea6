import type { LinkTarget, Piece, Run, TagNode } from '../layout/types.js'
import type { MissingCharacter } from './itemize.js'
import type { SetLine } from './set-lines.js'

/**
 * A paragraph's lines as set once, for any paragraph with the same text, styles,
 * placement and language: the runs without their links and structure tags, each
 * with the piece whose link and tag it takes, and the characters no font had.
 */
export interface CachedParagraph {
  lines: Array<{ width: number; runs: Array<{ run: Run; piece: number }> }>
  missing: MissingCharacter[]
}

/** Set paragraphs kept across renders, by `paragraphKey`: setting is a pure function of it. */
export type SetParagraphs = Map<string, CachedParagraph>

const maximumCachedParagraphs = 5_000

// For each piece, the first piece with the same link and tag: runs are split where these change.
function firstAlike(pieces: readonly Piece[]): number[] {
  return pieces.map((piece, index) =>
    pieces.findIndex(
      (other, otherIndex) =>
        otherIndex <= index && other.link === piece.link && other.tag === piece.tag,
    ),
  )
}

/** What decides a paragraph's lines. */
export function paragraphKey(pieces: readonly Piece[], setting: unknown): string {
  const alike = firstAlike(pieces)
  return JSON.stringify([
    setting,
    pieces.map((piece, index) => [
      piece.text,
      piece.face,
      piece.size,
      piece.rise,
      piece.lineBreak ? 1 : 0,
      piece.noHyphenation ? 1 : 0,
      alike[index],
    ]),
  ])
}

/** Keeps a paragraph's lines, with the piece each run's link and tag come from. */
export function keepParagraph(
  cache: SetParagraphs,
  key: string,
  pieces: readonly Piece[],
  lines: readonly SetLine[],
  missing: MissingCharacter[],
): void {
  if (cache.size >= maximumCachedParagraphs) cache.clear()
  const pieceOf = (link: LinkTarget | null, tag: TagNode) =>
    Math.max(
      0,
      pieces.findIndex((piece) => piece.link === link && piece.tag === tag),
    )
  cache.set(key, {
    lines: lines.map((line) => ({
      width: line.width,
      runs: line.runs.map((run) => ({ run, piece: pieceOf(run.link, run.tag) })),
    })),
    missing,
  })
}

/** A kept paragraph's lines for this paragraph's pieces: fresh lines and runs, shared glyphs. */
export function bindParagraph(cached: CachedParagraph, pieces: readonly Piece[]): SetLine[] {
  return cached.lines.map((line) => ({
    width: line.width,
    runs: line.runs.map(({ run, piece }) => ({
      ...run,
      link: pieces[piece]!.link,
      tag: pieces[piece]!.tag,
    })),
  }))
}
