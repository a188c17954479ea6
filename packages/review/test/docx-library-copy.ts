import { inlineText, type ResolvedReport } from '@rapporteur/core'
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  InsertedTextRun,
  Packer,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx'

/** A comment or change to make on a paragraph of the copy, found by its words. */
export interface CopyEdit {
  /** The numbered paragraph, or a footnote's number with `inNote`. */
  paragraph: number
  inNote?: boolean
  /** The agenda row (from 1) instead of a paragraph. */
  agendaRow?: number
  /** The section's heading (by section number) instead of a paragraph. */
  heading?: number
  /** A paragraph of the reviewer's own, untracked, at the end of the body, holding `at`. */
  added?: boolean
  /** Words of the paragraph the edit is on (a comment's range, a deletion, or what an insertion follows). */
  at: string
  kind: 'comment' | 'insertion' | 'deletion'
  author: string
  date: string
  text: string
  reply?: { author: string; date: string; text: string }
  resolved?: boolean
}

const textOf = (value: string) => new TextRun(value)

/**
 * A returned copy as another program writes it: the draft's text retyped with the `docx`
 * library, no bookmarks, no numbering; the edits made with the library's comments and
 * tracked-change API, and replies and resolved marks in its `commentsExtended.xml`.
 */
export async function docxLibraryCopy(
  resolved: ResolvedReport,
  edits: readonly CopyEdit[],
): Promise<Uint8Array> {
  const comments: Array<{
    id: number
    author: string
    date: Date
    children: Paragraph[]
    parentId?: number
    resolved?: boolean
  }> = []
  let changeId = 100
  const edited = (text: string, mine: readonly CopyEdit[]): ParagraphChild[] => {
    let children: ParagraphChild[] = [textOf(text)]
    for (const edit of mine) {
      const at = text.indexOf(edit.at)
      if (at === -1) throw new Error(`"${edit.at}" is not in "${text.slice(0, 60)}…"`)
      const before = textOf(text.slice(0, at))
      const after = textOf(text.slice(at + edit.at.length))
      if (edit.kind === 'comment') {
        const id = comments.length
        comments.push({
          id,
          author: edit.author,
          date: new Date(edit.date),
          children: [new Paragraph(edit.text)],
          resolved: edit.resolved,
        })
        if (edit.reply)
          comments.push({
            id: id + 1,
            author: edit.reply.author,
            date: new Date(edit.reply.date),
            children: [new Paragraph(edit.reply.text)],
            parentId: id,
            resolved: edit.resolved,
          })
        children = [
          before,
          new CommentRangeStart(id),
          textOf(edit.at),
          new CommentRangeEnd(id),
          new TextRun({ children: [new CommentReference(id)] }),
          after,
        ]
      } else if (edit.kind === 'deletion') {
        children = [
          before,
          new DeletedTextRun({
            id: changeId++,
            author: edit.author,
            date: edit.date,
            text: edit.at,
          }),
          after,
        ]
      } else {
        children = [
          textOf(text.slice(0, at + edit.at.length)),
          new InsertedTextRun({
            id: changeId++,
            author: edit.author,
            date: edit.date,
            text: edit.text,
          }),
          after,
        ]
      }
    }
    return children
  }
  const body: Array<Paragraph | Table> = [new Paragraph(resolved.masthead.title)]
  const isParagraphEdit = (edit: CopyEdit) =>
    !edit.inNote && edit.agendaRow === undefined && edit.heading === undefined && !edit.added
  for (const section of resolved.sections) {
    body.push(
      new Paragraph({
        children: edited(
          section.title,
          edits.filter((edit) => edit.heading === section.number),
        ),
      }),
    )
    for (const block of section.blocks) {
      if (block.type !== 'paragraph') continue
      const text = inlineText(block.content).replace(/[\u00b9\u00b2\u00b3\u2070-\u2079]/g, '')
      const mine = edits.filter((edit) => isParagraphEdit(edit) && edit.paragraph === block.number)
      body.push(
        new Paragraph({ children: block.number === null ? [textOf(text)] : edited(text, mine) }),
      )
    }
  }
  for (const annex of resolved.annexes) {
    body.push(new Paragraph(`${annex.label} ${annex.title}`))
    for (const block of annex.blocks) {
      if (block.type !== 'agenda') continue
      body.push(
        new Table({
          rows: block.rows.map(
            (row, index) =>
              new TableRow({
                children: [
                  new TableCell({ children: [new Paragraph(row.time)] }),
                  new TableCell({
                    children: [
                      new Paragraph({
                        children: edited(
                          row.session,
                          edits.filter((edit) => edit.agendaRow === index + 1),
                        ),
                      }),
                      ...row.speakers.map((speaker) => new Paragraph(speaker)),
                    ],
                  }),
                ],
              }),
          ),
        }),
      )
    }
  }
  for (const edit of edits.filter((entry) => entry.added))
    body.push(new Paragraph({ children: edited(edit.at, [edit]) }))
  const footnotes: Record<number, { children: Paragraph[] }> = {}
  for (const note of resolved.footnotes) {
    const mine = edits.filter((edit) => edit.inNote && edit.paragraph === note.number)
    footnotes[note.number] = {
      children: [new Paragraph({ children: edited(inlineText(note.content), mine) })],
    }
  }
  const document = new Document({
    comments: { children: comments },
    footnotes,
    sections: [{ children: body }],
  })
  return new Uint8Array(await Packer.toBuffer(document))
}
