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
}
