import type { RenderReportOptions, WebFonts } from '@rapporteur/core'

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
  /**
   * Web fonts to embed, as `@rapporteur/pdf`'s `webFonts(htmlFontText(report, options))`
   * makes them: each face a WOFF2 subset in a `data:` URL, so the page stays one file
   * with no request and reads, in every script it uses, in the PDF's faces on any
   * machine. Default: none; the page names faces the reader's system may have
   * (Charter, Georgia, system-ui, …) and a script with no font there shows as boxes.
   */
  fonts?: WebFonts
}
