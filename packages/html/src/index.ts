export type { HtmlLabels, HtmlOptions } from './html-options.js'
export { defaultHtmlLabels } from './html-options.js'
export { renderHtml } from './render-html.js'
