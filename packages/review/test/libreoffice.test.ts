import { renderDocx } from '@rapporteur/docx'
import { describe, expect, it } from 'vitest'
import { collectReview } from '../src/index.js'
import { exampleDraft, exampleSource, lineAt } from './example.js'
import { libreOfficeCopy } from './libreoffice-copy.js'

const draft = await renderDocx(exampleDraft)
const copy = libreOfficeCopy(draft, [
  {
    kind: 'comment',
    at: 'periodic and effective',
    author: 'Lena Office',
    date: '2022-02-10T09:00:00',
    text: 'Say which review mechanism.',
  },
  {
    kind: 'insertion',
    at: 'During the focused discussion with parliamentarians',
    author: 'Lena Office',
    date: '2022-02-10T09:30:00',
    text: ' and their staff',
  },
  {
    kind: 'deletion',
    at: 'and includes guiding principles',
    author: 'Lena Office',
    date: '2022-02-17T09:00:00',
    text: '',
  },
  // LibreOffice 7.4 leaves comments in footnotes out of the DOCX it writes; changes it keeps.
  {
    kind: 'deletion',
    at: ' (The Regional Network)',
    inNote: true,
    author: 'Lena Office',
    date: '2022-02-10T10:00:00',
    text: '',
  },
  {
    kind: 'comment',
    at: 'Welcome',
    author: 'Lena Office',
    date: '2022-02-10T11:00:00',
    text: 'Who welcomed the participants?',
  },
])

describe('a copy commented and changed in LibreOffice', () => {
  const review = collectReview(exampleSource, [{ file: 'lena.docx', bytes: copy }])

  it('places every comment and change by the bookmarks LibreOffice kept', () => {
    expect(
      review.items.map((item) => [
        item.kind,
        item.place,
        item.paragraph,
        item.footnote,
        item.placedBy,
      ]),
    ).toEqual([
      ['comment', 'para. 1', 1, null, 'bookmark'],
      ['deletion', 'Footnote 3', 3, 3, 'bookmark'],
      ['insertion', 'para. 5', 5, null, 'bookmark'],
      ['deletion', 'para. 12', 12, null, 'bookmark'],
      ['comment', 'Agenda, row 2', null, null, 'text'],
    ])
    expect(review.items.map((item) => item.text)).toEqual([
      'Say which review mechanism.',
      '(The Regional Network)',
      'and their staff',
      'and includes guiding principles',
      'Who welcomed the participants?',
    ])
    expect(review.items[0]!.quoted).toBe('periodic and effective')
    expect(review.items.every((item) => item.author === 'Lena Office')).toBe(true)
  })

  it('gives each item the source line where its text is written', () => {
    const [comment, note, insertion, deletion, agenda] = review.items
    expect(lineAt(comment!.source?.line).slice(comment!.source!.column - 1)).toMatch(
      /^periodic and effective/,
    )
    expect(lineAt(note!.source?.line)).toMatch(/^\[\^[\w-]+\]:/)
    expect(lineAt(note!.source?.line).slice(note!.source!.column - 1)).toMatch(
      /^\(The Regional Network\)/,
    )
    expect(lineAt(insertion!.source?.line).slice(0, insertion!.source!.column - 1)).toMatch(
      /with parliamentarians$/,
    )
    expect(lineAt(deletion!.source?.line).slice(deletion!.source!.column - 1)).toMatch(
      /^and includes guiding/,
    )
    expect(lineAt(agenda!.source?.line)).toContain('Welcome')
  })

  it('flags the change made after the deadline', () => {
    expect(review.items.filter((item) => item.late).map((item) => item.place)).toEqual(['para. 12'])
  })
})
