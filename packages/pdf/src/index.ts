export type { WebFontCache, WebFontOptions } from './fonts/web-fonts.js'
export { webFonts } from './fonts/web-fonts.js'
export type { PdfOptions } from './pdf-options.js'
export { renderPdf } from './render-pdf.js'
export type { ParagraphCache } from './text/paragraph-store.js'
export {
  createParagraphCache,
  mergeParagraphCache,
  paragraphCacheBytes,
  paragraphCacheVersion,
} from './text/paragraph-store.js'
