import { Paragraph, TextRun } from 'docx'
import type { RenderState } from './render-state.js'
import { styleIds } from './styles.js'
import { xmlSafe } from './xml-safe.js'

function line(style: string, text: string): Paragraph {
  return new Paragraph({ style, children: [new TextRun(xmlSafe(text))] })
}

/**
 * The masthead as in the reference document: symbol, title, facilitating office,
 * date line and status, then the banner and the comment line where the marks ask.
 */
export function renderMasthead(state: RenderState): void {
  const { masthead, marks } = state.report
  const paragraphs: Paragraph[] = []
  if (masthead.symbol !== null) paragraphs.push(line(styleIds.masthead, masthead.symbol))
  paragraphs.push(line(styleIds.title, masthead.title))
  paragraphs.push(line(styleIds.masthead, masthead.facilitatorLine))
  paragraphs.push(line(styleIds.masthead, masthead.dateLine))
  if (masthead.distributionLine !== null)
    paragraphs.push(line(styleIds.masthead, masthead.distributionLine))
  if (masthead.originalLanguageLine !== null)
    paragraphs.push(line(styleIds.masthead, masthead.originalLanguageLine))
  paragraphs.push(line(styleIds.status, masthead.statusLine))
  if (marks.banner !== null) paragraphs.push(line(styleIds.banner, marks.banner))
  if (marks.commentLine !== null) paragraphs.push(line(styleIds.commentLine, marks.commentLine))
  state.children.push(...paragraphs)
}
