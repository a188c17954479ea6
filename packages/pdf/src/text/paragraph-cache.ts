import type { LinkTarget, Piece, Run, TagNode } from '../layout/types.js'
import type { MissingCharacter } from './itemize.js'
import type { SetLine } from './set-lines.js'

/** A run as kept: without the link and structure tag, which belong to one document. */
export type CachedRun = Omit<Run, 'link' | 'tag'>

/**
 * A paragraph's lines as set once, for any paragraph with the same text, styles,
 * placement and language: the runs without their links and structure tags, each
 * with the piece whose link and tag it takes, and the characters no font had.
 * Plain data (numbers, strings, typed arrays), so it can be kept between processes.
 */
export interface CachedParagraph {
  lines: Array<{ width: number; runs: Array<{ run: CachedRun; piece: number }> }>
  missing: MissingCharacter[]
  /** For a measurement of the text (its natural width, its longest word), in points, instead of lines. */
  measure?: number
}

/**
 * Set paragraphs kept across renders, by `paragraphKey`: setting is a pure function
 * of it (with this package's code and fonts).
 */
export interface SetParagraphs {
  /** The paragraphs by key, the most recently used last. */
  entries: Map<string, CachedParagraph>
  /** Whether a paragraph has been added since the flag was last cleared. */
  changed: boolean
}

/** An empty cache of set paragraphs, or one holding `entries`. */
export function createSetParagraphs(entries = new Map<string, CachedParagraph>()): SetParagraphs {
  return { entries, changed: false }
}

/** How many set paragraphs a cache keeps; beyond it, the least recently used go. */
export const maximumCachedParagraphs = 5_000

/** A kept paragraph, marked as the most recently used; undefined when there is none. */
export function findParagraph(cache: SetParagraphs, key: string): CachedParagraph | undefined {
  const kept = cache.entries.get(key)
  if (kept !== undefined) {
    cache.entries.delete(key)
    cache.entries.set(key, kept)
  }
  return kept
}

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
  const pieceOf = (link: LinkTarget | null, tag: TagNode) =>
    Math.max(
      0,
      pieces.findIndex((piece) => piece.link === link && piece.tag === tag),
    )
  keep(cache, key, {
    lines: lines.map((line) => ({
      width: line.width,
      runs: line.runs.map(({ link, tag, ...run }) => ({ run, piece: pieceOf(link, tag) })),
    })),
    missing,
  })
}

/** Keeps a measurement of a text (see `CachedParagraph.measure`). */
export function keepMeasure(
  cache: SetParagraphs,
  key: string,
  measure: number,
  missing: MissingCharacter[],
): void {
  keep(cache, key, { lines: [], missing, measure })
}

function keep(cache: SetParagraphs, key: string, paragraph: CachedParagraph): void {
  const { entries } = cache
  while (entries.size >= maximumCachedParagraphs) entries.delete(entries.keys().next().value!)
  entries.set(key, paragraph)
  cache.changed = true
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
