import type { RenderReportOptions } from '@rapporteur/core'

/** Options of `renderPdf`; `variant` and `languages` mean what they mean for every renderer. */
export interface PdfOptions extends RenderReportOptions {
  /** The paper size. Default: `'A4'`. */
  pageSize?: 'A4' | 'Letter'
  /**
   * Called with a message for each problem that does not stop rendering, such as
   * a character that no embedded font covers (once per character). Default: none.
   */
  onWarning?: (message: string) => void
}
