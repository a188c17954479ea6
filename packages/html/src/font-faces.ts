import type { WebFonts } from '@rapporteur/core'
import { textFamilies } from './stylesheet.js'

/** Bytes as base64, in chunks small enough to pass as arguments. */
function base64(data: Uint8Array): string {
  let binary = ''
  for (let start = 0; start < data.length; start += 0x8000)
    binary += String.fromCharCode(...data.subarray(start, start + 0x8000))
  return btoa(binary)
}

/** Code points as the ranges of a CSS `unicode-range`: `U+20-7E,U+A0`. */
export function unicodeRange(codePoints: readonly number[]): string {
  const ranges: string[] = []
  for (let index = 0; index < codePoints.length; ) {
    const start = codePoints[index]!
    let end = start
    while (codePoints[index + 1] === end + 1) {
      end++
      index++
    }
    index++
    const hex = (value: number) => value.toString(16).toUpperCase()
    ranges.push(end === start ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`)
  }
  return ranges.join(',')
}

/**
 * The page's name for an embedded family: its own name after `Rapporteur`, so that it
 * never shadows a font of the reader's machine with the same name. A shadowed local
 * font (a page that embeds a subset of "DejaVu Sans" and asks for it in bold, which it
 * does not embed) is drawn for characters it does not have, as empty boxes.
 * The names come from the font set, never from a report, but are quoted and kept to
 * letters, digits, spaces and hyphens all the same.
 */
function family(name: string): string {
  return `"Rapporteur ${name.replace(/[^\p{L}\p{N} -]/gu, '')}"`
}

/**
 * The CSS that embeds a page's web fonts: an `@font-face` for each face, its subset
 * as a `data:` URL and its characters as its `unicode-range`, and the page's font
 * list with the embedded families first, so that every part of the page, its
 * furniture too, is set in the PDF's faces.
 * No italic is synthesised: a script without italics stays upright in italic text.
 */
export function fontFaceRules(fonts: WebFonts): string {
  if (fonts.faces.length === 0) return ''
  const rules = fonts.faces.map(
    (face) =>
      `@font-face{font-family:${family(face.family)};src:url(data:font/woff2;base64,${base64(face.data)}) format("woff2");font-weight:${face.weight};font-style:${face.style};font-display:swap;unicode-range:${unicodeRange(face.codePoints)}}`,
  )
  const embedded = fonts.families.map(family).join(',')
  // A script without italics is set upright in italic text, as in the PDF, not slanted.
  rules.push(`body{font-family:${embedded},${textFamilies};font-synthesis-style:none}`)
  return rules.join('\n')
}
