import type { RenderReportOptions } from '@rapporteur/core'
import type { ParagraphCache } from './text/paragraph-store.js'

/** Options of `renderPdf`; `variant` and `languages` mean what they mean for every renderer. */
export interface PdfOptions extends RenderReportOptions {
  /** The paper size. Default: `'A4'`. */
  pageSize?: 'A4' | 'Letter'
  /**
   * Called with a message for each problem that does not stop rendering, such as
   * a character that no embedded font covers (once per character). Default: none.
   */
  onWarning?: (message: string) => void
  /**
   * Paragraphs set by earlier renders, which this render reuses and adds to: a
   * paragraph with the same text, styles and placement is set the same, so the
   * bytes do not change. Default: the process's own, shared by every render in it.
   */
  paragraphCache?: ParagraphCache
}
