import type { LanguageOverrides, ResolveOptions } from '@rapporteur/core'

/** Options for `renderHtml`. The words the page adds come from core, in the report's language. */
export interface HtmlOptions {
  /**
   * The variant to resolve with when given a report that is not resolved yet.
   * Ignored for a `ResolvedReport`. Default: `draft` for a draft report, `final` for a final one.
   */
  variant?: ResolveOptions['variant']
  /**
   * Languages a config adds or changes, to resolve with when given a report that is
   * not resolved yet. Ignored for a `ResolvedReport`. Default: none.
   */
  languages?: LanguageOverrides
  /**
   * Writes where each paragraph was written, as `data-source-line` and
   * `data-source-column` attributes, for paragraphs whose resolved model carries
   * a `source` (see core's `toSourcePositions`): for previews that link the page
   * to its source. Default: false.
   */
  sourcePositions?: boolean
}
