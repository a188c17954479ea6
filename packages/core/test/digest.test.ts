import { describe, expect, it } from 'vitest'
import {
  compareVersions,
  inlineText,
  isReportError,
  parseReport,
  type ResolvedRecommendations,
  type ResolvedReport,
  resolveReport,
  toPlainText,
  variant,
} from '../src/index.js'
import { withReference } from '../src/paragraph-reference.js'

const frontMatter = (language = 'en', rule = 'chatham-house') => `---
title: A consultation
facilitator: The secretariat
date: 2024-02-08
modality: virtual
language: ${language}
rule: ${rule}
people:
  - id: omidvar
    honorific: Ms.
    name: Ratna Omidvar
    familyName: Omidvar
    title: Senator
  - id: prentice
    honorific: Mr.
    name: Jonathan Prentice
    familyName: Prentice
participants:
  - id: p1
    name: Jane Roe
    country: Nepal
attendance:
  total: 10
---
`

const body = `
# Opening

:person{#prentice} opened the meeting.[^first] He added that the weather was fine.

:participant[A participant]{#p1} spoke of her country. :call[She called for regular meetings.[^second]]{by=participant}

# Discussion

:recommendation[:person{#omidvar} recommended a forum of parliamentarians]. Nothing else.

:person{#omidvar} provided the following recommendations:

:::recommendations{speaker=omidvar}
- data should be collected;[^third]
- laws should be reviewed.
:::

:::unnumbered
:call[:person{#prentice} urged everyone to pledge.]
:::

The objectives were these:

- :recommendation[share good practices]{by=prentice};
- keep in touch.

:call[:participant[Another participant] asked for more information, and for a study.]

[^first]: A note on the opening.

[^second]: A note on the meetings.

[^third]: A note on data.
`

function digestOf(source: string, options: Parameters<typeof resolveReport>[1] = {}) {
  return resolveReport(parseReport(source, { filename: 'report.md' }), {
    variant: 'digest',
    ...options,
  })
}

function groups(digest: ResolvedReport): Array<{ heading: string; items: string[] }> {
  const blocks = digest.sections.at(-1)!.blocks
  return blocks.flatMap((block, index) => {
    const list = blocks[index + 1]
    if (block.type !== 'subheading' || list?.type !== 'recommendations') return []
    return [
      {
        heading: block.text,
        items: (list as ResolvedRecommendations).items.map(
          // The reference's no-break space is checked apart.
          (item) => `${item.label} ${inlineText(item.content)}`.replace(/\u00a0/g, ' '),
        ),
      },
    ]
  })
}

function problemsOf(source: string): string[] {
  try {
    parseReport(source, { filename: 'report.md' })
  } catch (error) {
    if (isReportError(error))
      return error.problems.map(
        (problem) => `${problem.line}:${problem.column}: ${problem.message}`,
      )
    throw error
  }
  throw new Error('the report was accepted')
}

describe('the digest', () => {
  const source = frontMatter() + body

  it('gathers every marked recommendation and call, by speaker, anonymous participants last, each with its paragraph', () => {
    expect(groups(digestOf(source))).toEqual([
      {
        heading: 'Ms.\u00a0Ratna Omidvar, Senator',
        items: [
          'A. Ms. Omidvar recommended a forum of parliamentarians (para. 3)',
          'B. data should be collected (para. 4);',
          'C. laws should be reviewed (para. 4).',
        ],
      },
      {
        heading: 'Mr.\u00a0Jonathan Prentice',
        items: [
          'A. Mr. Prentice urged everyone to pledge (para. 4).',
          'B. share good practices (para. 5)',
        ],
      },
      {
        heading: 'Participants',
        items: [
          'A. She called for regular meetings (para. 2).',
          'B. Another participant asked for more information, and for a study (para. 6).',
        ],
      },
    ])
  })

  it('leaves the report’s notes out: each item gives the paragraph where its notes are', () => {
    const digest = digestOf(source)
    expect(digest.footnotes).toEqual([])
    const items = groups(digest).flatMap((group) => group.items)
    expect(items.join(' ')).not.toMatch(/[¹²³]/)
    expect(JSON.stringify(digest.sections)).not.toContain('footnoteReference')
    const report = resolveReport(parseReport(source, { filename: 'report.md' }), {
      variant: 'final',
    })
    expect(report.footnotes.map((note) => [note.number, inlineText(note.content)])).toEqual([
      [1, 'A note on the opening.'],
      [2, 'A note on the meetings.'],
      [3, 'A note on data.'],
    ])
  })

  it('states the meeting’s rule once, before the recommendations, and calls them what they are', () => {
    const digest = digestOf(source)
    const section = digest.sections.at(-1)!
    expect(section.title).toBe('Recommendations and calls')
    const text = toPlainText(digest)
    const rule =
      'The consultation was held under the Chatham House Rule: only the speakers named in the report are identified, and what any other participant recommended is attributed to “a participant”.'
    const [first] = section.blocks
    expect(first).toMatchObject({ type: 'paragraph', number: null })
    expect(first?.type === 'paragraph' && inlineText(first.content)).toBe(rule)
    expect(text.split(rule)).toHaveLength(2)
    const onRecord = digestOf(frontMatter('en', 'on-the-record') + body)
    expect(toPlainText(onRecord)).toContain(
      'The consultation was held on the record: speakers are named as in the report.',
    )
    expect(toPlainText(onRecord)).not.toContain('Chatham House')
  })

  it('keeps a hidden speaker “a participant” in every byte, even when named in the source', () => {
    const digest = digestOf(source)
    expect(JSON.stringify(digest)).not.toMatch(/Jane|Roe|Nepal/)
    // A digest that names participants attributes the words, but never makes them a group of their own.
    const naming = digestOf(source, {
      variant: variant.parse({
        name: 'secretariat-digest',
        applyRule: false,
        status: 'draft',
        layout: 'digest',
      }),
    })
    expect(groups(naming).map((group) => group.heading)).toEqual([
      'Ms.\u00a0Ratna Omidvar, Senator',
      'Mr.\u00a0Jonathan Prentice',
      'Participants',
    ])
  })

  it('reads in the report’s language', () => {
    const french = digestOf(frontMatter('fr') + body)
    expect(french.sections.at(-1)!.title).toBe('Recommandations et appels')
    expect(groups(french).at(-1)).toMatchObject({
      heading: 'Participants',
      items: ['a) She called for regular meetings (par. 2).', expect.any(String)],
    })
    const arabic = digestOf(frontMatter('ar') + body)
    expect(groups(arabic).at(-1)!.heading).toBe('المشاركون')
    expect(groups(arabic)[0]!.items[0]).toContain('(الفقرة 3)')
    const reference = digestOf(source).sections.at(-1)!.blocks[2] as ResolvedRecommendations
    expect(inlineText(reference.items[0]!.content)).toContain('(para.\u00a03)')
  })

  it('says so when the report records no recommendation', () => {
    const digest = digestOf(`${frontMatter()}\n# Opening\n\nThe meeting opened.\n`)
    expect(toPlainText(digest)).toContain('The report records no recommendations.')
    expect(digest.sections.at(-1)!.title).toBe('Recommendations')
  })
})

describe('the report itself', () => {
  const source = frontMatter() + body

  it('reads a marked recommendation as the text around it', () => {
    const text = toPlainText(resolveReport(parseReport(source), { variant: 'final' }))
    expect(text).toContain(
      '2. A participant spoke of her country. She called for regular meetings.²',
    )
    expect(text).toContain(
      '3. Ms.\u00a0Ratna Omidvar, Senator recommended a forum of parliamentarians.',
    )
    expect(text).not.toContain(':call')
  })

  it('shows above a recommendations list who made it', () => {
    const final = resolveReport(parseReport(source), { variant: 'final' })
    const list = final.sections[1]!.blocks.find((block) => block.type === 'recommendations')
    expect(list).toMatchObject({ caption: 'Recommendations of Ms.\u00a0Omidvar' })
    expect(toPlainText(final)).toContain(
      'Recommendations of Ms.\u00a0Omidvar\nA. data should be collected;³\nB. laws should be reviewed.',
    )
  })
})

describe('marking a recommendation', () => {
  const withBody = (text: string) =>
    `${frontMatter()}\n# Opening\n\n${text}\n\n[^n]: A note with :call[a call]{by=omidvar}.\n`

  it('reports, at its place, a mark that says not who made it, an unknown speaker, or a mark where none belongs', () => {
    expect(
      problemsOf(
        withBody(
          'The meeting :call[asked for more]. :recommendation[A forum]{by=omidvr}. :call[Again :call[and again]{by=omidvar}]{by=omidvar}.[^n] :call[]{by=omidvar} :call[x]{by} :call[y]{to=omidvar}',
        ),
      ),
    ).toEqual([
      '28:13: say who made this call: ":call[…]{by=ID}" with a person\'s id, or "{by=participant}"',
      '28:36: recommendation by unknown person "omidvr": did you mean "omidvar"? (an anonymous participant is "by=participant")',
      '28:85: a call inside a recommendation or a ":::recommendations" list: it is one already',
      '28:132: a call needs its words: ":call[the words]{by=ID}", or "{by=participant}"',
      '28:152: say who made this call: ":call[…]{by=ID}" with a person\'s id, or "{by=participant}"',
      '28:165: a call takes only "by" (who made it), found "to"',
      '28:165: say who made this call: ":call[…]{by=ID}" with a person\'s id, or "{by=participant}"',
      '30:19: a call cannot be marked in a footnote: mark it in the paragraph that references the note',
    ])
  })
})

describe('a translation', () => {
  it('marks the same recommendations, by the same speakers, in the same paragraphs', () => {
    const original = parseReport(frontMatter() + body)
    expect(compareVersions(original, parseReport(frontMatter('fr') + body), 'report.md')).toEqual(
      [],
    )
    const changed = body
      .replace('{by=prentice}', '{by=omidvar}')
      .replace(
        ':recommendation[:person{#omidvar} recommended a forum of parliamentarians]',
        ':person{#omidvar} recommended a forum of parliamentarians',
      )
    const translation = parseReport(frontMatter('fr') + changed, { filename: 'report.fr.md' })
    expect(
      compareVersions(original, translation, 'report.md').map((problem) => problem.message),
    ).toEqual([
      'the recommendation of "omidvar" in paragraph 5 differs from report.md: the recommendation of "prentice" in paragraph 5',
      'the recommendation of "omidvar" in paragraph 3 of report.md has no counterpart here',
    ])
  })
})

describe('a paragraph reference', () => {
  const labels = { paragraphReference: ' (par.\u00a0{number})' }
  const text = (value: string) => ({ type: 'text' as const, value })
  const note = {
    type: 'footnoteReference' as const,
    number: 4,
    noteId: 'note-4',
    referenceId: 'note-ref-4',
    label: 'Note 4',
    separator: '',
  }

  it('goes before the last punctuation and the note markers that end the words, keeping French spaces', () => {
    expect(withReference([text('des expulsions\u202f;')], 5, labels)).toEqual([
      text('des expulsions'),
      text(' (par.\u00a05)'),
      text('\u202f;'),
    ])
    expect(withReference([text('un don.'), note], 46, labels)).toEqual([
      text('un don'),
      text(' (par.\u00a046)'),
      text('.'),
      note,
    ])
    expect(withReference([text('sans fin'), note], 2, labels)).toEqual([
      text('sans fin'),
      note,
      text(' (par.\u00a02)'),
    ])
    expect(withReference([text('rien')], null, labels)).toEqual([text('rien')])
  })
})
