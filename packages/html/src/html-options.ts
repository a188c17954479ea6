import type { ResolveOptions } from '@rapporteur/core'

/**
 * The words the page adds around the report's own text: navigation, landmarks and
 * the accessible names of links. `{number}` and `{speaker}` are replaced where shown.
 */
export interface HtmlLabels {
  /** The link that skips to the report's body. Default: `Skip to the report`. */
  skipToContent: string
  /** The heading of the table of contents. Default: `Contents`. */
  contents: string
  /** The heading of the endnotes. Default: `Notes`. */
  notes: string
  /** The accessible name of a paragraph's self-link. Default: `Paragraph {number}`. */
  paragraph: string
  /** The accessible name of a note marker. Default: `Note {number}`. */
  note: string
  /** The accessible name of a note's link back to a reference. Default: `Back to reference {number}`. */
  backToReference: string
  /** The accessible name of a lettered recommendation list. Default: `Recommendations of {speaker}`. */
  recommendations: string
}

/** Options for `renderHtml`. */
export interface HtmlOptions {
  /**
   * The variant to resolve with when given a report that is not resolved yet.
   * Ignored for a `ResolvedReport`. Default: `draft` for a draft report, `final` for a final one.
   */
  variant?: ResolveOptions['variant']
  /** Replaces some or all of the English words the page adds. Default: `defaultHtmlLabels`. */
  labels?: Partial<HtmlLabels>
}

/** The English words the page adds around the report's text. */
export const defaultHtmlLabels: Readonly<HtmlLabels> = Object.freeze({
  skipToContent: 'Skip to the report',
  contents: 'Contents',
  notes: 'Notes',
  paragraph: 'Paragraph {number}',
  note: 'Note {number}',
  backToReference: 'Back to reference {number}',
  recommendations: 'Recommendations of {speaker}',
})
