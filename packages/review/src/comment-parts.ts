import {
  elementsOf,
  word2010Namespace,
  word2012Namespace,
  wordAttribute,
  wordNamespace,
} from './xml-part.js'

/** A comment as `comments.xml` holds it, with its thread from `commentsExtended.xml`. */
export interface CopyComment {
  id: string
  author: string
  date: string | null
  text: string
  /** The `w14:paraId` of its last paragraph, which `commentsExtended.xml` refers to. */
  paraId: string | null
  /** The id of the comment it replies to, or null. */
  parentId: string | null
  resolved: boolean
}

function paragraphText(paragraph: Element): string {
  let text = ''
  for (const element of Array.from(paragraph.getElementsByTagName('*'))) {
    if (element.namespaceURI !== wordNamespace) continue
    if (element.localName === 't') text += element.textContent ?? ''
    else if (element.localName === 'tab' || element.localName === 'br') text += ' '
  }
  return text
}

/** The comments of `comments.xml`, in order. */
export function readComments(document: Document): CopyComment[] {
  return elementsOf(document, wordNamespace, 'comment').map((comment) => {
    const paragraphs = elementsOf(comment, wordNamespace, 'p')
    const last = paragraphs.at(-1)
    return {
      id: wordAttribute(comment, 'id') ?? '',
      author: wordAttribute(comment, 'author') ?? '',
      date: wordAttribute(comment, 'date'),
      text: paragraphs.map(paragraphText).join('\n').trim(),
      paraId: last?.getAttributeNS(word2010Namespace, 'paraId') || null,
      parentId: null,
      resolved: false,
    }
  })
}

/**
 * Threads comments with `commentsExtended.xml`: each `w15:commentEx` names a comment
 * by its last paragraph's `w14:paraId`, the comment it replies to (`paraIdParent`) and
 * whether it is done (`done="1"`, resolved).
 */
export function threadComments(comments: CopyComment[], extended: Document): void {
  const byParaId = new Map(
    comments.flatMap((comment) => (comment.paraId ? [[comment.paraId, comment] as const] : [])),
  )
  for (const entry of elementsOf(extended, word2012Namespace, 'commentEx')) {
    const comment = byParaId.get(entry.getAttributeNS(word2012Namespace, 'paraId') ?? '')
    if (comment === undefined) continue
    const done = entry.getAttributeNS(word2012Namespace, 'done')
    comment.resolved = done === '1' || done === 'true'
    const parent = byParaId.get(entry.getAttributeNS(word2012Namespace, 'paraIdParent') ?? '')
    if (parent !== undefined && parent !== comment) comment.parentId = parent.id
  }
}
