import { renderDocx } from '@rapporteur/docx'
import { describe, expect, it } from 'vitest'
import { collectReview } from '../src/index.js'
import { exampleDraft, exampleSource, lineAt } from './example.js'
import { wordStyleCopy } from './word-style-copy.js'

const draft = await renderDocx(exampleDraft)
const copy = wordStyleCopy(
  draft,
  [
    {
      at: 'periodic and effective',
      author: 'Ana Lima',
      date: '2022-02-10T09:00:00Z',
      text: 'Which mechanism?',
      replies: [
        {
          author: 'Ben Okafor',
          date: '2022-02-11T09:00:00Z',
          text: 'The International Migration Review Forum.',
        },
        { author: 'Ana Lima', date: '2022-02-12T09:00:00Z', text: 'Thanks, then say so.' },
      ],
      done: true,
    },
    {
      at: 'Regional Network',
      inNote: true,
      author: 'Ben Okafor',
      date: '2022-02-16T08:00:00Z',
      text: 'Spell it out.',
    },
  ],
  [
    {
      author: 'Ana Lima',
      date: '2022-02-13T09:00:00Z',
      from: 'and includes guiding principles',
      after: 'rooted in human rights',
    },
  ],
)

describe('a copy as Word saves it, with threads in commentsExtended.xml', () => {
  const review = collectReview(exampleSource, [{ file: 'word.docx', bytes: copy }])

  it('lists a thread once, with its replies in order and its resolved mark', () => {
    const thread = review.items.filter((item) => item.kind === 'comment' && item.paragraph === 1)
    expect(thread).toHaveLength(1)
    expect(thread[0]).toMatchObject({
      author: 'Ana Lima',
      text: 'Which mechanism?',
      quoted: 'periodic and effective',
      resolved: true,
      place: 'para. 1',
      placedBy: 'bookmark',
    })
    expect(thread[0]!.replies.map((reply) => [reply.author, reply.text])).toEqual([
      ['Ben Okafor', 'The International Migration Review Forum.'],
      ['Ana Lima', 'Thanks, then say so.'],
    ])
  })

  it('places a comment in a footnote on the note and its source line, and flags it late', () => {
    const note = review.items.find((item) => item.footnote !== null)!
    expect(note).toMatchObject({
      place: 'Footnote 3',
      footnote: 3,
      late: true,
      placedBy: 'bookmark',
    })
    expect(lineAt(note.source?.line).slice(note.source!.column - 1)).toMatch(/^Regional Network/)
  })

  it('lists a move once, where the text came from, with where it went', () => {
    const moves = review.items.filter((item) => item.kind === 'move')
    expect(moves).toHaveLength(1)
    expect(moves[0]).toMatchObject({
      text: 'and includes guiding principles',
      place: 'para. 12',
      movedTo: 'para. 12',
    })
    expect(lineAt(moves[0]!.source?.line).slice(moves[0]!.source!.column - 1)).toMatch(
      /^and includes guiding/,
    )
  })
})
