import { type CopyComment, readComments, threadComments } from './comment-parts.js'
import { readPackage } from './read-package.js'
import { ReviewError } from './review-error.js'
import type { ReviewWarning } from './review-item.js'
import { type WalkedPart, walkWordPart } from './word-part.js'
import { parseXmlPart, XmlPartError } from './xml-part.js'

/** What one returned copy holds: its stories, its comments, and the parts that could not be read. */
export interface ReturnedCopy {
  file: string
  body: WalkedPart | null
  footnotes: WalkedPart | null
  comments: CopyComment[]
  warnings: ReviewWarning[]
}

/**
 * Reads a returned copy: its body, footnotes, comments and their threads. A part
 * that cannot be parsed is left out with a warning placed at its line and column;
 * a file that is not a readable DOCX at all throws a `ReviewError`.
 */
export function readReturnedCopy(bytes: Uint8Array, file: string): ReturnedCopy {
  const texts = readPackage(bytes, file)
  const warnings: ReviewWarning[] = []
  const parse = (name: string, leftOut: string): Document | null => {
    const text = texts.get(name)
    if (text === undefined) return null
    try {
      return parseXmlPart(text)
    } catch (error) {
      if (!(error instanceof XmlPartError)) throw error
      const place = error.line === undefined ? '' : `:${error.line}:${error.column ?? 1}`
      warnings.push({
        where: `${file}: ${name}${place}`,
        message: `${error.message}; ${leftOut} are left out`,
      })
      return null
    }
  }
  const documentXml = parse('word/document.xml', 'the body and its comments and changes')
  const footnotesXml = parse('word/footnotes.xml', 'the footnotes and their comments and changes')
  const commentsXml = parse('word/comments.xml', 'the comments')
  const extendedXml = parse('word/commentsExtended.xml', 'replies and resolved marks')
  if (documentXml === null && footnotesXml === null)
    throw new ReviewError(
      `${file}: not a readable DOCX: ${warnings.map((warning) => `${warning.where}: ${warning.message}`).join('; ')}`,
    )
  const comments = commentsXml ? readComments(commentsXml) : []
  if (extendedXml) threadComments(comments, extendedXml)
  return {
    file,
    body: documentXml ? walkWordPart(documentXml) : null,
    footnotes: footnotesXml ? walkWordPart(footnotesXml) : null,
    comments,
    warnings,
  }
}
