export type { PdfOptions } from './pdf-options.js'
export { renderPdf } from './render-pdf.js'
