import type { FontKey } from '../fonts/font-catalogue.js'

/** The style a piece of text asks for; a script without italics sets italic text upright. */
export type FontFace = 'regular' | 'bold' | 'italic' | 'boldItalic'

/** Where a run of text points to when clicked. */
export type LinkTarget =
  | { kind: 'uri'; url: string }
  | {
      kind: 'note'
      noteId: string
      number: number
      /** The link's accessible name, such as `Note 3`. */
      label: string
    }

/**
 * A node of the document's logical structure (tagged PDF), decided during layout.
 * Painting turns each node into a structure element the first time content lands in it.
 */
export interface TagNode {
  role: string
  parent: TagNode | null
  /** A unique id for the element (notes carry one, as PDF/UA asks). */
  id?: string
  /** What a header cell heads. */
  scope?: 'Column' | 'Row'
}

/** A piece of inline text with one style, before line breaking. */
export interface Piece {
  text: string
  face: FontFace
  size: number
  /** How far the baseline is raised, in points (footnote markers). */
  rise: number
  link: LinkTarget | null
  tag: TagNode
  /** A forced line break instead of text. */
  lineBreak?: boolean
  /** Never hyphenated (names, addresses). */
  noHyphenation?: boolean
}

/**
 * A run's glyphs in visual order: glyph `i` is at index `i` of each list. Kept in
 * typed arrays, which a long document holds for every line until it is painted.
 */
export interface PlacedGlyphs {
  /** Glyph ids in the run's font file (OpenType glyph ids have 16 bits). */
  ids: Uint16Array
  /** Left edge of each glyph's advance, from the run's left edge, in points. */
  xs: Float64Array
  /** How far each glyph is raised from the baseline (marks), in points; null when none is. */
  ys: Float64Array | null
  /**
   * The text each glyph stands for (its cluster's characters on the cluster's first
   * glyph, else ''): a string of one character per glyph when each glyph stands for
   * one UTF-16 unit, as in most text; else a list.
   */
  texts: string | readonly string[]
}

/** Glyphs set in one font at one position on a line, in visual order. */
export interface Run {
  font: FontKey
  size: number
  /** Left edge, from the page's left edge. */
  x: number
  /** Baseline, from the line's top. */
  baseline: number
  width: number
  glyphs: PlacedGlyphs
  /** The run's characters in reading (logical) order, for the text layer. */
  text: string
  /** Set right to left: its glyphs' visual order is not the reading order. */
  rightToLeft: boolean
  /**
   * Left to right with a cluster of several glyphs (an Indic vowel sign drawn before
   * its consonant): the text layer also carries `text` as the run's actual text.
   */
  clustered: boolean
  link: LinkTarget | null
  tag: TagNode
}

/** A rule (a stroked line), relative to the line's top. */
export interface Rule {
  x1: number
  y1: number
  x2: number
  y2: number
  width: number
}

/** What a line is the start of, for bookmarks and link targets. */
export interface Anchor {
  /** A bookmark title, or null for a link target only. */
  bookmark: string | null
  /** A named destination, such as `note-3` or `section-2`. */
  destination: string | null
}

/**
 * One unit the paginator places: a line of text, or a table row. Nothing breaks
 * inside a line; `keepWithNext` forbids a page break after it.
 */
export interface FlowLine {
  height: number
  /** Space above the line, dropped at the top of a page. */
  spaceBefore: number
  keepWithNext: boolean
  runs: Run[]
  rules: Rule[]
  /** Notes referenced on this line, in order. */
  noteNumbers: number[]
  anchor: Anchor | null
  /** The header row to repeat above this line when it starts a page (tables). */
  repeatHeader: FlowLine | null
  /** Start a new page with this line (an annex). */
  pageBreakBefore?: boolean
  /** Counted by the draft's line numbers (lines of text, not table rows), as Word counts them. */
  numbered?: boolean
}

/** A line placed on a page: `y` is its top, from the page's top edge. */
export interface PlacedLine {
  line: FlowLine
  y: number
  /** Painted as a page artifact rather than content (a repeated table header). */
  artifact: boolean
}

/** One page as laid out. */
export interface LaidOutPage {
  body: PlacedLine[]
  notes: PlacedLine[]
  /** Tops of the separator rules above the notes (one per page with notes). */
  separators: number[]
}
