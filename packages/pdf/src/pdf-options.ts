/** Options of `renderPdf`. */
export interface PdfOptions {
  /** The paper size. Default: `'A4'`. */
  pageSize?: 'A4' | 'Letter'
  /**
   * Called with a message for each problem that does not stop rendering, such as
   * a character that no embedded font covers (once per character). Default: none.
   */
  onWarning?: (message: string) => void
}
