import { describe, expect, it } from 'vitest'
import { isReportError, type Problem, parseReport, sourceSizeLimit } from '../src/index.js'

const base = `---
title: A consultation
facilitator: The secretariat
date: 2024-02-08
modality: virtual
people:
  - id: omidvar
    honorific: Ms.
    name: Ratna Omidvar
    familyName: Omidvar
attendance:
  total: 10
  categories:
    - label: parliamentarians
      count: 6
  gender:
    women: 60
    men: 40
---

# Opening

:person{#omidvar} opened the meeting.[^1]

[^1]: A note.
`

function problemsOf(source: string | Uint8Array): Problem[] {
  try {
    parseReport(source, { filename: 'report.md' })
  } catch (error) {
    if (isReportError(error)) return [...error.problems]
    throw error
  }
  throw new Error('the report was accepted')
}

function linesOf(source: string | Uint8Array): string[] {
  try {
    parseReport(source, { filename: 'report.md' })
  } catch (error) {
    if (isReportError(error)) return error.message.split('\n')
    throw error
  }
  throw new Error('the report was accepted')
}

describe('bad input', () => {
  it('accepts the base report these cases spoil', () => {
    expect(parseReport(base, { filename: 'report.md' }).title).toBe('A consultation')
  })

  it('reports an empty file', () => {
    expect(linesOf('')).toEqual([
      'report.md:1:1: the file is empty: a report starts with YAML front matter between "---" lines, then a Markdown body',
    ])
  })

  it('reports a file that is not UTF-8, at the offending byte', () => {
    const bytes = new TextEncoder().encode(base)
    const broken = new Uint8Array([...bytes.slice(0, 10), 0xff, ...bytes.slice(10)])
    expect(linesOf(broken)).toEqual([
      'report.md:2:7: the file is not UTF-8 text (byte 0xff); save it as UTF-8',
    ])
  })

  it('reports malformed YAML at its line', () => {
    const [line] = linesOf(base.replace('modality: virtual', 'modality: [virtual'))
    expect(line).toMatch(/^report\.md:6:1: invalid YAML in the front matter: /)
  })

  it('reports a misspelled field with the field it probably meant', () => {
    expect(linesOf(base.replace('facilitator:', 'facilitater:'))).toContain(
      'report.md:3:1: unknown field "facilitater": did you mean "facilitator"?',
    )
  })

  it('reports an unknown field with the fields expected there', () => {
    const [line] = linesOf(
      base.replace('    familyName: Omidvar', '    familyName: Omidvar\n    shoeSize: 42'),
    )
    expect(line).toMatch(
      /^report\.md:11:5: unknown field "shoeSize" in "people\.0"; expected one of: id, honorific, /,
    )
  })

  it('reports a missing title', () => {
    expect(linesOf(base.replace('title: A consultation\n', ''))).toEqual([
      'report.md:2:1: missing "title": expected text',
    ])
  })

  it('reports an invalid date and a date that does not exist', () => {
    expect(linesOf(base.replace('2024-02-08', '8 Feb 2024'))).toEqual([
      'report.md:4:7: "date" should be a date written YYYY-MM-DD, such as 2022-02-08, found "8 Feb 2024"',
    ])
    expect(linesOf(base.replace('2024-02-08', '2024-02-30'))).toEqual([
      'report.md:4:7: "date" is not a real date: 2024-02-30',
    ])
  })

  it('reports an invalid time and a meeting that ends before it starts', () => {
    expect(
      linesOf(
        base.replace(
          'modality: virtual',
          'modality: virtual\ntime:\n  start: "25:00"\n  end: "13:00"',
        ),
      ),
    ).toEqual([
      'report.md:7:10: "time.start" should be a time written HH:MM, such as 11:00, found "25:00"',
    ])
    expect(
      linesOf(
        base.replace(
          'modality: virtual',
          'modality: virtual\ntime:\n  start: "14:00"\n  end: "13:00"',
        ),
      ),
    ).toEqual(['report.md:8:8: the meeting ends (13:00) before it starts (14:00)'])
  })

  it('reports a footnote referenced but not defined', () => {
    expect(linesOf(base.replace('meeting.[^1]', 'meeting.[^1] Later.[^2]'))).toEqual([
      'report.md:23:42: footnote [^2] is referenced but never defined',
    ])
  })

  it('reports a footnote defined but never referenced', () => {
    expect(linesOf(`${base}\n[^3]: Never used.\n`)).toEqual([
      'report.md:27:1: footnote [^3] is defined but never referenced',
    ])
  })

  it('reports a mention of an unknown person, with the likely one', () => {
    expect(linesOf(base.replace('#omidvar} opened', '#omidvr} opened'))).toEqual([
      'report.md:23:1: mention of unknown person "omidvr": did you mean "omidvar"?',
    ])
  })

  it('reports duplicate ids', () => {
    const duplicate = base.replace(
      'people:\n',
      'people:\n  - id: omidvar\n    honorific: Mr.\n    name: Other Person\n    familyName: Person\n',
    )
    expect(linesOf(duplicate)).toEqual([
      'report.md:11:9: duplicate id "omidvar" (also at people.0.id)',
    ])
  })

  it('reports attendance figures that do not add up', () => {
    expect(linesOf(base.replace('count: 6', 'count: 16').replace('men: 40', 'men: 30'))).toEqual([
      'report.md:14:5: attendance categories add up to 16, more than the total of 10',
      'report.md:17:5: gender shares add up to 90 per cent, not 100',
    ])
  })

  it('reports a link whose scheme is not http, https or mailto', () => {
    expect(
      linesOf(base.replace('opened the meeting.', 'opened [the meeting](javascript:alert(1)).')),
    ).toEqual([
      'report.md:23:26: link "javascript:alert(1)" is not allowed: use an http, https or mailto URL',
    ])
  })

  it('reports an unknown directive once, with the known ones', () => {
    expect(linesOf(base.replace(':person{#omidvar}', ':persn{#omidvar}'))).toEqual([
      'report.md:23:1: unknown directive ":persn"; known: :person, :participant, :recommendation, :call (write "\\:" for a literal colon)',
    ])
  })

  it('reports every problem at once, in the order of the file', () => {
    const spoilt = base
      .replace('title: A consultation\n', '')
      .replace('#omidvar} opened', '#nobody} opened')
      .replace('count: 6', 'count: 60')
    const problems = problemsOf(spoilt)
    expect(problems.map((problem) => problem.line)).toEqual([2, 13, 22])
    expect(problems.every((problem) => problem.file === 'report.md')).toBe(true)
  })

  it('reports problems of a plain object by path', async () => {
    const { validateReport } = await import('../src/index.js')
    let message = ''
    try {
      validateReport({
        title: 'T',
        facilitator: 'F',
        date: '2024-01-01',
        modality: 'virtual',
        sections: [],
        colour: 'red',
      })
    } catch (error) {
      message = (error as Error).message
    }
    expect(message.split('\n')).toEqual([
      'sections: "sections" needs at least one section',
      'colour: unknown field "colour"; expected one of: title, shortTitle, reportType, status, facilitator, organisers, date, time, modality, venue, language, typography, rule, symbol, distribution, originalLanguage, description, keywords, comments, people, participants, attendance, backgroundDocuments, annexes, sections, footnotes, $schema',
    ])
  })
})

describe('deep nesting', () => {
  const withBody = (body: string) => `${base}\n${body}\n`

  it('accepts nesting up to the limits', () => {
    const strong = `${'**'.repeat(100)}x${'**'.repeat(100)}`
    const quotes = `:::unnumbered\n${'> '.repeat(10)}x\n:::`
    expect(() => parseReport(withBody(strong), { filename: 'report.md' })).not.toThrow()
    expect(linesOf(withBody(quotes))).toEqual([
      'report.md:28:1: block quotes are not supported in a report',
    ])
  })

  it.each([
    [
      `${'**'.repeat(1000)}x${'**'.repeat(1000)}`,
      'report.md:27:201: emphasis, strong text and links are nested more than 100 levels deep: write them flatter',
    ],
    [
      `${'*a '.repeat(101)}x${' b*'.repeat(101)}`,
      'report.md:27:301: emphasis, strong text and links are nested more than 100 levels deep: write them flatter',
    ],
    [
      `${'['.repeat(500)}x${'](https://a.example)'.repeat(500)}`,
      'report.md:27:101: emphasis, strong text and links are nested more than 100 levels deep: write them flatter',
    ],
    [
      `${'>'.repeat(1000)} x`,
      'report.md:27:51: block quotes are nested more than 50 levels deep: write them flatter',
    ],
    [
      Array.from({ length: 60 }, (_, level) => `${'  '.repeat(level)}- x`).join('\n'),
      'report.md:77:101: lists are nested more than 50 levels deep: write them flatter',
    ],
    [
      `${':::unnumbered\n'.repeat(60)}x\n${':::\n'.repeat(60)}`,
      'report.md:77:1: ":::" containers are nested more than 50 levels deep: write them flatter',
    ],
  ])('reports too deep nesting where it passes the limit (%#)', (body, message) => {
    expect(linesOf(withBody(body))).toEqual([message])
  })

  it('reports a plain object nested too deep by path, without overflowing the stack', async () => {
    const { validateReport } = await import('../src/index.js')
    let content: object = { type: 'text', value: 'x' }
    for (let level = 0; level < 20_000; level++) content = { type: 'strong', children: [content] }
    let message = ''
    try {
      validateReport({
        title: 'T',
        facilitator: 'F',
        date: '2024-01-01',
        modality: 'virtual',
        sections: [
          { type: 'section', title: 'S', blocks: [{ type: 'paragraph', content: [content] }] },
        ],
      })
    } catch (error) {
      message = (error as Error).message
    }
    const path = `sections.0.blocks.0.content.0${'.children.0'.repeat(100)}`
    expect(message).toBe(
      `${path}: emphasis, strong text and links are nested more than 100 levels deep: write them flatter`,
    )
  })

  it('reads 20,000 levels of strong text in linear time', () => {
    const started = performance.now()
    const lines = linesOf(withBody(`${'**'.repeat(20_000)}x${'**'.repeat(20_000)}`))
    expect(performance.now() - started).toBeLessThan(1000)
    expect(lines).toEqual([
      'report.md:27:201: emphasis, strong text and links are nested more than 100 levels deep: write them flatter',
    ])
  })
})

describe('a source too large', () => {
  const tooLarge =
    'report.md: the file is 10.0 MB, and a report source may be at most 10.0 MB: split it into several reports'

  it('is refused before it is parsed, as text or as bytes', () => {
    const text = `---\ntitle: T\n---\n# A\n\n${'a'.repeat(sourceSizeLimit)}`
    expect(linesOf(text)).toEqual([tooLarge])
    expect(linesOf(new TextEncoder().encode(text))).toEqual([tooLarge])
  })

  it('counts the bytes of UTF-8, not the characters of a string', () => {
    // 3.6 million characters, under the limit, of three bytes each: 10.3 MiB.
    const text = `# A\n\n${'€'.repeat(3_600_000)}`
    expect(linesOf(text)).toEqual([
      'report.md: the file is 10.3 MB, and a report source may be at most 10.0 MB: split it into several reports',
    ])
  })
})

describe('a body without sections', () => {
  it('is reported where the body starts, even when the front matter is all there is', () => {
    expect(linesOf('---')).toContain('report.md:1:1: "sections" needs at least one section')
    expect(linesOf('---\ntitle: T\n---\n\n---\n')).toContain(
      'report.md:4:1: "sections" needs at least one section',
    )
  })
})
