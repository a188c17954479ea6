import { describe, expect, it } from 'vitest'
import { collectReview } from '../src/index.js'
import { docxLibraryCopy } from './docx-library-copy.js'
import { exampleDraft, exampleSource, lineAt } from './example.js'

const copy = await docxLibraryCopy(exampleDraft, [
  {
    paragraph: 1,
    at: 'periodic and effective',
    kind: 'comment',
    author: 'Ana Reviewer',
    date: '2022-02-10T09:00:00Z',
    text: 'Cite the resolution in full.',
    reply: { author: 'Secretariat', date: '2022-02-11T10:00:00Z', text: 'Done in the final.' },
    resolved: true,
  },
  {
    paragraph: 5,
    at: 'parliamentarians',
    kind: 'insertion',
    author: 'Ana Reviewer',
    date: '2022-02-12T09:00:00Z',
    text: ' and their staff',
  },
  {
    paragraph: 12,
    at: 'and includes guiding principles',
    kind: 'deletion',
    author: 'Ana Reviewer',
    date: '2022-02-16T09:00:00Z',
    text: '',
  },
  {
    paragraph: 3,
    inNote: true,
    at: 'Regional Network',
    kind: 'comment',
    author: 'Ana Reviewer',
    date: '2022-02-10T09:00:00Z',
    text: 'Link is broken.',
  },
  {
    paragraph: 0,
    agendaRow: 2,
    at: 'Welcome',
    kind: 'comment',
    author: 'Ana Reviewer',
    date: '2022-02-10T09:00:00Z',
    text: 'Who opened?',
  },
])

describe('a copy written with the docx library (no bookmarks, no numbering)', () => {
  const review = collectReview(exampleSource, [{ file: 'ana.docx', bytes: copy }])

  it('places every comment and change by its text, in the order of the report', () => {
    expect(
      review.items.map((item) => [
        item.kind,
        item.place,
        item.paragraph,
        item.footnote,
        item.placedBy,
      ]),
    ).toEqual([
      ['comment', 'para. 1', 1, null, 'text'],
      ['comment', 'Footnote 3', 3, 3, 'text'],
      ['insertion', 'para. 5', 5, null, 'text'],
      ['deletion', 'para. 12', 12, null, 'text'],
      ['comment', 'Agenda, row 2', null, null, 'text'],
    ])
  })

  it('gives the source line and column where each quoted text is written', () => {
    for (const item of review.items) {
      const line = lineAt(item.source?.line)
      const words = item.quoted.split(' ').slice(-2).join(' ')
      expect(line, `${item.place}: ${item.quoted}`).toContain(words)
      if (item.kind !== 'insertion')
        expect(line.slice((item.source?.column ?? 0) - 1)).toMatch(
          new RegExp(`^${item.quoted.split(' ')[0]}`),
        )
    }
    const insertion = review.items.find((item) => item.kind === 'insertion')!
    expect(lineAt(insertion.source?.line).slice(0, (insertion.source?.column ?? 0) - 1)).toMatch(
      /parliamentarians$/,
    )
  })

  it('reads the reply and the resolved mark from commentsExtended.xml', () => {
    const comment = review.items[0]!
    expect(comment.resolved).toBe(true)
    expect(comment.replies).toEqual([
      {
        author: 'Secretariat',
        date: '2022-02-11T10:00:00.000Z',
        text: 'Done in the final.',
        resolved: true,
      },
    ])
    expect(review.items.filter((item) => item.text === 'Done in the final.')).toEqual([])
  })

  it('flags what came after the deadline, and only that', () => {
    expect(review.deadline).toBe('2022-02-15')
    expect(review.items.filter((item) => item.late).map((item) => item.kind)).toEqual(['deletion'])
  })

  it('names reviewers as Reviewer 1, 2, … when asked to', () => {
    const anonymous = collectReview(exampleSource, [{ file: 'ana.docx', bytes: copy }], {
      anonymise: true,
    })
    expect(new Set(anonymous.items.map((item) => item.author))).toEqual(new Set(['Reviewer 1']))
    expect(anonymous.items[0]!.replies[0]!.author).toBe('Reviewer 2')
    expect(JSON.stringify(anonymous)).not.toContain('Ana Reviewer')
  })
})

describe('items on a heading, and items that fit nowhere', () => {
  it('places a comment on a section heading, and lists one on a paragraph of its own as unplaced', async () => {
    const bytes = await docxLibraryCopy(exampleDraft, [
      {
        paragraph: 0,
        heading: 2,
        at: exampleDraft.sections[1]!.title,
        kind: 'comment',
        author: 'Ana Reviewer',
        date: '2022-02-10T09:00:00Z',
        text: 'Rename this section.',
      },
      {
        paragraph: 0,
        added: true,
        at: 'My general view of the whole draft follows below',
        kind: 'comment',
        author: 'Ana Reviewer',
        date: '2022-02-10T09:00:00Z',
        text: 'Overall, well done.',
      },
    ])
    const review = collectReview(exampleSource, [{ file: 'ana.docx', bytes }])
    expect(
      review.items.map((item) => [item.place, item.section, item.placedBy, item.text]),
    ).toEqual([
      [
        'Section II (heading)',
        `II. ${exampleDraft.sections[1]!.title}`,
        'text',
        'Rename this section.',
      ],
      ['Unplaced', null, 'none', 'Overall, well done.'],
    ])
    expect(lineAt(review.items[0]!.source?.line)).toBe(`# ${exampleDraft.sections[1]!.title}`)
    expect(review.items[1]).toMatchObject({
      paragraph: null,
      source: null,
      quoted: 'My general view of the whole draft follows below',
    })
  })
})
