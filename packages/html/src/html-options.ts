import type { RenderReportOptions } from '@rapporteur/core'

/**
 * Options for `renderHtml`. The words the page adds come from core, in the report's
 * language; `variant` and `languages` mean what they mean for every renderer.
 */
export interface HtmlOptions extends RenderReportOptions {
  /**
   * Writes where each paragraph was written, as `data-source-line` and
   * `data-source-column` attributes, for paragraphs whose resolved model carries
   * a `source` (see core's `toSourcePositions`): for previews that link the page
   * to its source. Default: false.
   */
  sourcePositions?: boolean
}
