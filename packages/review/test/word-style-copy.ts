import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'

const w14 = 'http://schemas.microsoft.com/office/word/2010/wordml'
const w15 = 'http://schemas.microsoft.com/office/word/2012/wordml'

/** A comment as Word writes one, with its thread. */
export interface WordComment {
  /** Words of one run of the draft the comment's range covers. */
  at: string
  /** In `word/footnotes.xml` rather than the body. */
  inNote?: boolean
  author: string
  date: string
  text: string
  done?: boolean
  replies?: Array<{ author: string; date: string; text: string; done?: boolean }>
}

/** A move as Word records one: words taken from one run and put after words of another. */
export interface WordMove {
  author: string
  date: string
  /** Words of one run, moved away. */
  from: string
  /** Words of another run the moved words go after. */
  after: string
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** Splits the run that holds `words`, so that markup can go before and after them. */
function aroundWords(
  xml: string,
  words: string,
  before: string,
  inside: string,
  after: string,
): string {
  const at = xml.indexOf(words)
  if (at === -1) throw new Error(`"${words}" is not in one run of the draft`)
  const runStart = xml.lastIndexOf('<w:r>', at)
  const textOpen = xml.indexOf('>', xml.indexOf('<w:t', runStart)) + 1
  const runEnd = xml.indexOf('</w:r>', at) + '</w:r>'.length
  const properties = xml.slice(runStart + '<w:r>'.length, xml.indexOf('<w:t', runStart))
  const run = (text: string) =>
    text === '' ? '' : `<w:r>${properties}<w:t xml:space="preserve">${text}</w:t></w:r>`
  const textClose = xml.indexOf('</w:t>', at)
  return `${xml.slice(0, runStart)}${run(xml.slice(textOpen, at))}${before}${inside.replace('$RUN', run(words))}${after}${run(xml.slice(at + words.length, textClose))}${xml.slice(runEnd)}`
}

/**
 * A returned copy as Word saves one: comments in `comments.xml` whose paragraphs carry
 * `w14:paraId`, threads and done marks in `commentsExtended.xml` (`w15:commentEx` with
 * `paraIdParent` and `done`), and moves as `w:moveFrom`/`w:moveTo` with named ranges.
 */
export function wordStyleCopy(
  draft: Uint8Array,
  comments: readonly WordComment[],
  moves: readonly WordMove[] = [],
): Uint8Array {
  const entries = unzipSync(draft)
  const parts = {
    body: strFromU8(entries['word/document.xml']!),
    notes: strFromU8(entries['word/footnotes.xml']!),
  }
  const commentXml: string[] = []
  const extended: string[] = []
  let id = 0
  const paraId = (number: number) => (0x10000000 + number).toString(16).toUpperCase()
  const commentElement = (number: number, author: string, date: string, text: string) =>
    `<w:comment w:id="${number}" w:author="${escapeXml(author)}" w:date="${date}" w:initials="${author[0]}"><w:p w14:paraId="${paraId(number)}" w14:textId="77777777"><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p></w:comment>`
  for (const comment of comments) {
    const thread = [comment, ...(comment.replies ?? [])]
    const first = id
    const ids = thread.map(() => id++)
    thread.forEach((entry, index) => {
      commentXml.push(commentElement(ids[index]!, entry.author, entry.date, entry.text))
      extended.push(
        `<w15:commentEx w15:paraId="${paraId(ids[index]!)}"${index > 0 ? ` w15:paraIdParent="${paraId(first)}"` : ''} w15:done="${(entry.done ?? comment.done) ? 1 : 0}"/>`,
      )
    })
    // Word anchors every comment of a thread on the same range.
    const starts = ids.map((number) => `<w:commentRangeStart w:id="${number}"/>`).join('')
    const ends = ids
      .map(
        (number) =>
          `<w:commentRangeEnd w:id="${number}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${number}"/></w:r>`,
      )
      .join('')
    const part = comment.inNote ? 'notes' : 'body'
    parts[part] = aroundWords(parts[part], comment.at, starts, '$RUN', ends)
  }
  moves.forEach((move, index) => {
    const change = (number: number) =>
      `w:id="${number}" w:author="${escapeXml(move.author)}" w:date="${move.date}"`
    const base = 900 + index * 4
    const name = `move${index + 1}`
    parts.body = aroundWords(
      parts.body,
      move.from,
      `<w:moveFromRangeStart ${change(base)} w:name="${name}"/><w:moveFrom ${change(base + 1)}>`,
      '$RUN',
      `</w:moveFrom><w:moveFromRangeEnd w:id="${base}"/>`,
    )
    parts.body = aroundWords(
      parts.body,
      move.after,
      '',
      `$RUN<w:moveToRangeStart ${change(base + 2)} w:name="${name}"/><w:moveTo ${change(base + 3)}><w:r><w:t xml:space="preserve"> ${escapeXml(move.from)}</w:t></w:r></w:moveTo><w:moveToRangeEnd w:id="${base + 2}"/>`,
      '',
    )
  })
  entries['word/document.xml'] = strToU8(parts.body)
  entries['word/footnotes.xml'] = strToU8(parts.notes)
  entries['word/comments.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="${w14}">${commentXml.join('')}</w:comments>`,
  )
  entries['word/commentsExtended.xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w15:commentsEx xmlns:w15="${w15}">${extended.join('')}</w15:commentsEx>`,
  )
  const relationships = strFromU8(entries['word/_rels/document.xml.rels']!)
  entries['word/_rels/document.xml.rels'] = strToU8(
    relationships.replace(
      '</Relationships>',
      '<Relationship Id="rIdComments" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/><Relationship Id="rIdCommentsExtended" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/></Relationships>',
    ),
  )
  const types = strFromU8(entries['[Content_Types].xml']!)
  entries['[Content_Types].xml'] = strToU8(
    types.replace(
      '</Types>',
      '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/word/commentsExtended.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/></Types>',
    ),
  )
  return zipSync(entries)
}
