import type { Location } from '@rapporteur/core'
import type { SourcePlace } from './review-item.js'

/** Finds where a reviewed text lives in the report's source, near the block it is in. */
export interface SourceFinder {
  /**
   * The place of `needle` at or after `near` (the block's start), or of the block itself
   * when the text is not found as written; `atEnd` gives the place just after the text,
   * where an insertion goes.
   */
  find(near: Location | undefined, needle: string, atEnd: boolean): SourcePlace | null
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
// How far after a block's start its text may run: a long paragraph with its markup.
const window = 6000

/** A finder for one source text. */
export function createSourceFinder(text: string, file: string): SourceFinder {
  const lineStarts = [0]
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
    lineStarts.push(index + 1)
  const offsetOf = (location: Location) =>
    (lineStarts[(location.line ?? 1) - 1] ?? 0) + (location.column ?? 1) - 1
  const placeOf = (offset: number): SourcePlace => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (lineStarts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return { file, line: low + 1, column: offset - lineStarts[low]! + 1 }
  }
  return {
    find(near, needle, atEnd) {
      if (near?.line === undefined) return null
      const start = offsetOf(near)
      const words = needle
        .replace(/[\u00b9\u00b2\u00b3\u2070-\u2079]/g, ' ')
        .split(/\s+/)
        .filter((word) => word !== '')
      const slice = text.slice(start, start + window)
      const tries = atEnd
        ? [words, words.slice(-6), words.slice(-3), words.slice(-1)]
        : [words, words.slice(0, 6), words.slice(0, 3), words.slice(0, 1)]
      for (const attempt of tries) {
        if (attempt.length === 0 || attempt.join(' ').length < 3) continue
        // Words may be wrapped across lines or wrapped in emphasis in the source.
        const pattern = new RegExp(attempt.map(escapeRegExp).join('[\\s*_]+'), 'u')
        const match = pattern.exec(slice)
        if (match) return placeOf(start + match.index + (atEnd ? match[0].length : 0))
      }
      return { file, line: near.line, column: near.column ?? 1 }
    },
  }
}
