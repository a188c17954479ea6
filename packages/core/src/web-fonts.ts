/**
 * The style a stretch of a document's text is set in, as a renderer asks for it: the
 * same four styles in every format.
 */
export type TextStyle = 'regular' | 'bold' | 'italic' | 'boldItalic'

/** A stretch of a document's text and the style it is set in. */
export interface StyledText {
  text: string
  style: TextStyle
}

/**
 * One font face for a web page to embed: a subset of one font file, with only the
 * characters the page sets in it, as WOFF2.
 */
export interface WebFontFace {
  /** The CSS family name the face belongs to, such as `Tinos` or `Noto Sans Bengali`. */
  family: string
  /** The CSS `font-weight` the face answers: 400, or 700 for bold text. */
  weight: 400 | 700
  /** The CSS `font-style` the face answers. */
  style: 'normal' | 'italic'
  /** The Unicode code points the face is used for, in ascending order (its `unicode-range`). */
  codePoints: readonly number[]
  /** The subset font file, WOFF2. */
  data: Uint8Array
}

/** The faces a page embeds, and the order in which text looks for a character in their families. */
export interface WebFonts {
  /** The families in the order a `font-family` list names them: the text face first. */
  families: readonly string[]
  faces: readonly WebFontFace[]
}
