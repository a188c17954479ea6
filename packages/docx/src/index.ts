export type { DocxOptions, PageSizeName } from './docx-options.js'
export { renderDocx } from './render-docx.js'
