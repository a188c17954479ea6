import type { ResolvedReport } from '@rapporteur/core'
import { type CopyEdit, docxLibraryCopy } from './docx-library-copy.js'

const reviewers = [
  'Ana Lima',
  'Ben Okafor',
  'Chen Wei',
  'Dana Haddad',
  'Emil Novak',
  'Fatima Rahman',
]

/**
 * `count` returned copies of the example's draft, each by another reviewer, each with
 * comments, a reply, insertions and deletions on several paragraphs, a note and an agenda row.
 */
export async function reviewerCopies(
  draft: ResolvedReport,
  count: number,
): Promise<Array<{ file: string; bytes: Uint8Array }>> {
  const copies: Array<{ file: string; bytes: Uint8Array }> = []
  for (let index = 0; index < count; index++) {
    const author = reviewers[index % reviewers.length]!
    const day = String(8 + (index % 10)).padStart(2, '0')
    const date = `2022-02-${day}T10:00:00Z`
    const edits: CopyEdit[] = [
      {
        paragraph: 1,
        at: 'periodic and effective',
        kind: 'comment',
        author,
        date,
        text: `Comment ${index + 1} on the review mechanism.`,
        reply: { author: 'Secretariat', date, text: 'Noted.' },
      },
      {
        paragraph: 5,
        at: 'parliamentarians',
        kind: 'insertion',
        author,
        date,
        text: ' and their staff',
      },
      {
        paragraph: 12,
        at: 'and includes guiding principles',
        kind: 'deletion',
        author,
        date,
        text: '',
      },
      {
        paragraph: 3,
        inNote: true,
        at: 'Regional Network',
        kind: 'comment',
        author,
        date,
        text: 'Spell out the network.',
      },
      {
        paragraph: 0,
        agendaRow: 2,
        at: 'Welcome',
        kind: 'comment',
        author,
        date,
        text: 'Who opened the meeting?',
      },
      {
        paragraph: 20,
        at: 'recommendations',
        kind: 'comment',
        author,
        date,
        text: 'List them as A, B, C.',
      },
    ]
    copies.push({ file: `returned-${index + 1}.docx`, bytes: await docxLibraryCopy(draft, edits) })
  }
  return copies
}
