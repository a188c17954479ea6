export type { HtmlOptions } from './html-options.js'
export { renderHtml } from './render-html.js'
