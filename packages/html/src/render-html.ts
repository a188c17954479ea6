import {
  type Report,
  type ReportInput,
  type ResolvedReport,
  type StyledText,
  toResolvedReport,
  type WebFonts,
} from '@rapporteur/core'
import type { Element, ElementContent, Root, RootContent } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { h } from 'hastscript'
import { annexSection, bodySection } from './body-section.js'
import { cleanText } from './clean-text.js'
import { createState } from './create-state.js'
import { endnotes } from './endnotes.js'
import { fontFaceRules } from './font-faces.js'
import { bodyText } from './font-text.js'
import type { HtmlOptions } from './html-options.js'
import { masthead } from './masthead.js'
import type { State } from './state.js'
import { stylesheet } from './stylesheet.js'
import { tableOfContents } from './table-of-contents.js'

function head(state: State, fonts: WebFonts | undefined): Element {
  const { metadata } = state.report
  const children: ElementContent[] = [
    h('meta', { charSet: 'utf-8' }),
    h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    h('title', cleanText(metadata.title)),
    h('meta', { name: 'description', content: cleanText(metadata.description) }),
    h('meta', { name: 'author', content: cleanText(metadata.author) }),
  ]
  if (metadata.keywords.length > 0) {
    children.push(h('meta', { name: 'keywords', content: cleanText(metadata.keywords.join(', ')) }))
  }
  const embedded = fonts === undefined ? '' : fontFaceRules(fonts)
  children.push(h('style', embedded === '' ? stylesheet : `${stylesheet}\n${embedded}`))
  return h('head', children)
}

function body(state: State): Element {
  const { report } = state
  const main: ElementContent[] = [
    ...report.sections.map((section) => bodySection(section, state)),
    ...report.annexes.map((annex) => annexSection(annex, state)),
  ]
  const notes = endnotes(state)
  if (notes !== null) main.push(notes)
  const page: ElementContent[] = [
    h('a.skip-link', { href: '#main' }, cleanText(report.labels.skipToContent)),
    masthead(state),
    tableOfContents(state),
    h('main#main', main),
  ]
  const children: ElementContent[] = [h('div.page', page)]
  if (report.marks.watermark !== null) {
    children.push(h('div.watermark', { ariaHidden: 'true' }, cleanText(report.marks.watermark)))
  }
  return h('body', children)
}

function pageTree(
  report: ReportInput | Report | ResolvedReport,
  options: HtmlOptions,
  fonts: WebFonts | undefined,
): Root {
  const resolved = toResolvedReport(report, options)
  const state = createState(resolved, options)
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: cleanText(resolved.language.tag), dir: resolved.language.direction }, [
        head(state, fonts),
        body(state),
      ]),
    ],
  }
}

/**
 * Elements always written whole: `toHtml` writes the children of these otherwise than
 * it writes them alone (an SVG's in SVG's syntax, a template's content, the text of a
 * script or style sheet unescaped).
 */
const writtenWhole = new Set(['svg', 'template', 'script', 'style'])

/**
 * Adds to `parts` what `toHtml(node)` gives: an element holding elements as its tags
 * around what each child gives, down to elements of text only. `toHtml` joins the
 * text of each level of the tree into one string, so a page of many paragraphs would
 * be copied once per level, and several copies held at once.
 */
function writeNode(node: Root | RootContent, parts: string[]): void {
  if (node.type === 'root') {
    for (const child of node.children) writeNode(child, parts)
    return
  }
  if (
    node.type === 'element' &&
    node.children.some((child) => child.type === 'element') &&
    !writtenWhole.has(node.tagName)
  ) {
    const tags = toHtml({ ...node, children: [] })
    const close = `</${node.tagName}>`
    // A void element (one without a closing tag) is written whole.
    if (tags.endsWith(close)) {
      parts.push(tags.slice(0, -close.length))
      for (const child of node.children) writeNode(child, parts)
      parts.push(close)
      return
    }
  }
  parts.push(toHtml(node))
}

/**
 * Renders a report as one self-contained, accessible HTML page: masthead, contents,
 * numbered sections with `#para-N` anchors, annexes and endnotes, with the CSS inline
 * and no script. Pure: the same report and options give the same string.
 *
 * With `options.fonts` (from `@rapporteur/pdf`'s `webFonts(htmlFontText(report))`)
 * the page embeds the PDF's faces, subset to its characters, and reads alike on every
 * machine; without them it names faces the reader's system may have, and text in a
 * script the system has no font for shows as boxes.
 *
 * @param report - The report, resolved or not: one not resolved is validated, then resolved with `options.variant`.
 * @param options - The variant and languages to resolve with, source positions and web fonts.
 * @returns The page, starting with `<!doctype html>`.
 * @throws {ReportError} When the report is not valid, listing its problems, or was resolved for another variant.
 */
export function renderHtml(
  report: ReportInput | Report | ResolvedReport,
  options: HtmlOptions = {},
): string {
  const parts: string[] = []
  writeNode(pageTree(report, options, options.fonts), parts)
  parts.push('\n')
  return parts.join('')
}

/**
 * The text `renderHtml` writes for a report and options, in reading order, each
 * stretch with the style the page sets it in (regular, bold, italic, bold italic):
 * what the page's web fonts must cover. Hand it to `@rapporteur/pdf`'s `webFonts`
 * and the result to `renderHtml` as `options.fonts`. The fonts do not change the
 * text, so `options.fonts` is not read.
 *
 * @param report - The report, resolved or not, as for `renderHtml`.
 * @param options - The options `renderHtml` will be called with.
 * @throws {ReportError} As `renderHtml` does.
 */
export function htmlFontText(
  report: ReportInput | Report | ResolvedReport,
  options: HtmlOptions = {},
): StyledText[] {
  return bodyText(pageTree(report, options, undefined))
}
