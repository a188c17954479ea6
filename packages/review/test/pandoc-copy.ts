import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A comment or tracked change to write with pandoc, on the first place with these words. */
export interface PandocEdit {
  kind: 'comment' | 'insertion' | 'deletion'
  /** Words of a paragraph: the comment's range, the text deleted, or what an insertion follows. */
  at: string
  author: string
  /** ISO 8601. */
  date: string
  text: string
}

/**
 * A returned copy as pandoc writes it: the draft read by pandoc into Markdown (its
 * bookmarks and numbering are lost), given comment, insertion and deletion spans, and
 * written by pandoc as DOCX.
 */
export function pandocCopy(draft: Uint8Array, edits: readonly PandocEdit[]): Uint8Array {
  const folder = mkdtempSync(join(tmpdir(), 'rapporteur-pandoc-'))
  try {
    writeFileSync(join(folder, 'draft.docx'), draft)
    let markdown = execFileSync(
      'pandoc',
      ['-f', 'docx', '-t', 'markdown', '--wrap=none', join(folder, 'draft.docx')],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    )
    edits.forEach((edit, index) => {
      const at = markdown.indexOf(edit.at)
      if (at === -1) throw new Error(`"${edit.at}" is not in pandoc's Markdown of the draft`)
      const attributes = `author="${edit.author}" date="${edit.date}"`
      const span =
        edit.kind === 'comment'
          ? `[${edit.text}]{.comment-start id="${index}" ${attributes}}${edit.at}[]{.comment-end id="${index}"}`
          : edit.kind === 'deletion'
            ? `[${edit.at}]{.deletion ${attributes}}`
            : `${edit.at}[${edit.text}]{.insertion ${attributes}}`
      markdown = markdown.slice(0, at) + span + markdown.slice(at + edit.at.length)
    })
    writeFileSync(join(folder, 'returned.md'), markdown)
    execFileSync('pandoc', [
      '-f',
      'markdown',
      '-t',
      'docx',
      '-o',
      join(folder, 'returned.docx'),
      join(folder, 'returned.md'),
    ])
    return readFileSync(join(folder, 'returned.docx'))
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
