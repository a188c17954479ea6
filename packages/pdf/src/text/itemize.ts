import { type FontKey, fontsForCharacter } from '../fonts/font-catalogue.js'
import type { CollectedText } from './collect.js'
import { commonScript, inheritedScript, resolveScripts, scriptOf } from './script.js'

/** A stretch of text set alike: one piece, one bidi level, one script, one font. */
export interface Item {
  start: number
  end: number
  piece: number
  level: number
  script: string
  font: FontKey
}

/** Whether a font has a character; the itemiser asks nothing else of fonts. */
export type Coverage = (font: FontKey, codePoint: number) => boolean

/** A character that no font has, and where it is in the text. */
export interface MissingCharacter {
  character: string
  index: number
}

// Default ignorables (joiners, marks, variation selectors, the soft hyphen) go with the font
// of the character before them, whether or not its map lists them: the shaper handles them.
function isIgnorable(codePoint: number): boolean {
  if (codePoint < 0xad) return false
  return (
    codePoint === 0xad ||
    codePoint === 0x34f ||
    codePoint === 0x61c ||
    codePoint === 0x115f ||
    codePoint === 0x1160 ||
    codePoint === 0x17b4 ||
    codePoint === 0x17b5 ||
    (codePoint >= 0x180b && codePoint <= 0x180f) ||
    (codePoint >= 0x200b && codePoint <= 0x200f) ||
    (codePoint >= 0x2060 && codePoint <= 0x206f) ||
    codePoint === 0x3164 ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    codePoint === 0xffa0 ||
    (codePoint >= 0xe0100 && codePoint <= 0xe01ef)
  )
}

/**
 * Splits collected text into items: a new item wherever the piece, the embedding
 * level, the script or the font changes. Each character is set in the first font
 * of its style's fallback list that has it; characters common to all scripts
 * (spaces, digits, punctuation) and combining marks stay in the font of the
 * character before them when it has them, so a phrase is shaped as one.
 */
export function itemize(
  collected: CollectedText,
  levels: Uint8Array,
  covers: Coverage,
  scriptCache: Map<number, string>,
  onMissing: (missing: MissingCharacter) => void,
): Item[] {
  const { text, pieceAt, pieces } = collected
  const scripts = resolveScripts(text, scriptCache)
  const items: Item[] = []
  let current: Item | null = null
  let previousFont: FontKey | null = null
  let previousPiece = -1
  let candidates: readonly FontKey[] = []
  let candidatesFace = ''
  let candidatesScript = ''
  // Whether `asciiFont` has each ASCII character, found out once each: 0 not yet asked, 1 yes, 2 no.
  let asciiFont: FontKey | null = null
  const asciiCoverage: number[] = new Array(0x80).fill(0)
  for (let index = 0; index < text.length; ) {
    const codePoint = text.codePointAt(index)!
    const width = codePoint > 0xffff ? 2 : 1
    const piece = pieceAt[index]!
    const ownScript = scriptOf(codePoint, scriptCache)
    const face = pieces[piece]!.face
    const script = scripts[index]!
    if (candidatesFace !== face || candidatesScript !== script) {
      candidatesFace = face
      candidatesScript = script
      candidates = fontsForCharacter(face, script)
    }
    let font: FontKey | undefined
    // Forced line breaks and default ignorables have no glyph of their own to look for.
    let coveredAscii = false
    if (previousFont === candidates[0] && codePoint < 0x7f && codePoint >= 0x20) {
      if (asciiFont !== previousFont) {
        asciiFont = previousFont
        asciiCoverage.fill(0)
      }
      if (asciiCoverage[codePoint] === 0)
        asciiCoverage[codePoint] = covers(previousFont, codePoint) ? 1 : 2
      coveredAscii = asciiCoverage[codePoint] === 1
    }
    if (coveredAscii && previousFont !== null)
      // ASCII after text in the first face it would try anyway: the common case, at once.
      font = previousFont
    else if (codePoint === 0x0a || isIgnorable(codePoint))
      font = previousFont !== null && piece === previousPiece ? previousFont : candidates[0]!
    else if (
      previousFont !== null &&
      (ownScript === commonScript || ownScript === inheritedScript) &&
      candidates.includes(previousFont) &&
      covers(previousFont, codePoint)
    )
      font = previousFont
    else font = candidates.find((candidate) => covers(candidate, codePoint))
    if (font === undefined) {
      if (codePoint !== 0x20) onMissing({ character: String.fromCodePoint(codePoint), index })
      font = previousFont !== null && piece === previousPiece ? previousFont : candidates[0]!
    }
    const level = levels[index]!
    if (
      current === null ||
      current.piece !== piece ||
      current.level !== level ||
      current.script !== script ||
      current.font !== font
    ) {
      current = { start: index, end: index + width, piece, level, script, font }
      items.push(current)
    } else current.end = index + width
    previousFont = font
    previousPiece = piece
    index += width
    // The ASCII that follows in the same piece, level and script, and that the first face has,
    // goes on in this item as the first branch above would take it, without the rest.
    if (font === candidates[0] && asciiFont === font)
      while (index < text.length) {
        const next = text.charCodeAt(index)
        if (next < 0x20 || next >= 0x7f) break
        if (pieceAt[index] !== piece || levels[index] !== level || scripts[index] !== script) break
        if (asciiCoverage[next] === 0) asciiCoverage[next] = covers(font, next) ? 1 : 2
        if (asciiCoverage[next] !== 1) break
        current.end = ++index
      }
  }
  return items
}
