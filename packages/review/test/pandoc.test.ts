import { renderDocx } from '@rapporteur/docx'
import { describe, expect, it } from 'vitest'
import { collectReview } from '../src/index.js'
import { exampleDraft, exampleSource, lineAt } from './example.js'
import { pandocCopy } from './pandoc-copy.js'

const draft = await renderDocx(exampleDraft)
const copy = pandocCopy(draft, [
  {
    kind: 'comment',
    at: 'periodic and effective',
    author: 'Paz Doc',
    date: '2022-02-09T08:00:00Z',
    text: 'Name the mechanism.',
  },
  {
    kind: 'insertion',
    at: 'During the focused discussion with parliamentarians',
    author: 'Paz Doc',
    date: '2022-02-09T08:10:00Z',
    text: ' and their staff',
  },
  {
    kind: 'deletion',
    at: 'and includes guiding principles',
    author: 'Paz Doc',
    date: '2022-02-09T08:20:00Z',
    text: '',
  },
  {
    kind: 'comment',
    at: 'Role of parliamentarians in upholding',
    author: 'Paz Doc',
    date: '2022-02-20T08:00:00Z',
    text: 'Shorten the title.',
  },
])

describe('a copy written by pandoc (no bookmarks, no paragraph numbers)', () => {
  const review = collectReview(exampleSource, [{ file: 'paz.docx', bytes: copy }])

  it('places every comment and change by its text', () => {
    expect(review.items.map((item) => [item.kind, item.place, item.placedBy, item.late])).toEqual([
      ['comment', 'para. 1', 'text', false],
      ['insertion', 'para. 5', 'text', false],
      ['deletion', 'para. 12', 'text', false],
      ['comment', 'Agenda, row 3', 'text', true],
    ])
    expect(review.items.map((item) => item.text)).toEqual([
      'Name the mechanism.',
      'and their staff',
      'and includes guiding principles',
      'Shorten the title.',
    ])
  })

  it('gives each item the source line where its text is written', () => {
    const [comment, insertion, deletion, agenda] = review.items
    expect(lineAt(comment!.source?.line).slice(comment!.source!.column - 1)).toMatch(
      /^periodic and effective/,
    )
    expect(lineAt(insertion!.source?.line).slice(0, insertion!.source!.column - 1)).toMatch(
      /with parliamentarians$/,
    )
    expect(lineAt(deletion!.source?.line).slice(deletion!.source!.column - 1)).toMatch(
      /^and includes guiding/,
    )
    expect(lineAt(agenda!.source?.line)).toContain('Role of parliamentarians in upholding')
  })
})
