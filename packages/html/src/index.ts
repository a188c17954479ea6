export type { HtmlOptions } from './html-options.js'
export { htmlFontText, renderHtml } from './render-html.js'
