import { describe, expect, it } from 'vitest'
import { isReportError, parseConfig, parseJsonReport, parseReport } from '../src/index.js'

const frontMatter = `---
title: A consultation
facilitator: The secretariat
date: 2024-02-08
modality: virtual
people:
  - id: omidvar
    honorific: Ms.
    name: Ratna Omidvar
    familyName: Omidvar
---
`

const body = `
# Opening

:person{#omidvar} opened the meeting.
`

/** The problems `parse` throws, one `file:line:column: message` line each. */
function linesOf(parse: () => unknown): string[] {
  try {
    parse()
  } catch (error) {
    if (isReportError(error)) return error.message.split('\n')
    throw error
  }
  throw new Error('the input was accepted')
}

const parse = (source: string | Uint8Array) => () => parseReport(source, { filename: 'report.md' })

const bomb = `a: &a [x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
`

describe('YAML aliases', () => {
  it('refuses an alias bomb in the front matter at the first alias', () => {
    const source = `${frontMatter.replace('modality: virtual\n', `modality: virtual\n${bomb}`)}${body}`
    expect(linesOf(parse(source))).toEqual([
      'report.md:7:8: invalid YAML in the front matter: its aliases expand to too much data; write the values out instead',
    ])
  })

  it('places an alias without an anchor', () => {
    const source = `${frontMatter.replace('title: A consultation', 'title: *title')}${body}`
    expect(linesOf(parse(source))).toEqual([
      'report.md:2:8: invalid YAML in the front matter: the alias "*title" names no anchor "&title" set before it',
    ])
  })

  it('refuses both in a config file', () => {
    expect(linesOf(() => parseConfig(bomb))).toEqual([
      'rapporteur.config.yaml:2:8: invalid YAML: its aliases expand to too much data; write the values out instead',
    ])
    expect(linesOf(() => parseConfig('variants: *variants\n'))).toEqual([
      'rapporteur.config.yaml:1:11: invalid YAML: the alias "*variants" names no anchor "&variants" set before it',
    ])
  })
})

describe('line endings', () => {
  it('reads a source whose lines end in CR alone, or CR LF, as one with LF', () => {
    for (const ending of ['\r', '\r\n']) {
      const source = `${frontMatter}${body}`.replaceAll('\n', ending)
      expect(parseReport(source).title).toBe('A consultation')
    }
  })

  it('keeps line numbers right', () => {
    const source = `${frontMatter}${body}:person{#omidvr} spoke.\n`.replaceAll('\n', '\r')
    expect(linesOf(parse(source))).toEqual([
      'report.md:16:1: mention of unknown person "omidvr": did you mean "omidvar"?',
    ])
    const bytes = new TextEncoder().encode(`${frontMatter}${body}xy\n`.replaceAll('\n', '\r'))
    const spoilt = bytes.slice()
    spoilt[spoilt.length - 2] = 0xff
    expect(linesOf(parse(spoilt))).toEqual([
      'report.md:16:2: the file is not UTF-8 text (byte 0xff); save it as UTF-8',
    ])
  })
})

describe('a report model as JSON', () => {
  const model = {
    title: 'A consultation',
    facilitator: 'The secretariat',
    date: '2024-02-08',
    modality: 'virtual',
    people: [{ id: 'omidvar', honorific: 'Ms.', name: 'Ratna Omidvar', familyName: 'Omidvar' }],
    sections: [
      {
        type: 'section',
        title: 'Opening',
        blocks: [{ type: 'paragraph', content: [{ type: 'mention', person: 'omidvr' }] }],
      },
    ],
  }
  const parseJson = (source: string | Uint8Array) => () =>
    parseJsonReport(source, { filename: 'report.json' })

  it('places its problems at the line and column of the value', () => {
    expect(linesOf(parseJson(JSON.stringify({ ...model, modality: 'online' }, null, 2)))).toEqual([
      'report.json:5:15: "modality" should be one of "virtual", "in-person", "hybrid", found "online"',
      'report.json:22:13: mention of unknown person "omidvr": did you mean "omidvar"?',
    ])
  })

  it('places them in JSON written on one line, however deep', () => {
    const text = JSON.stringify(model)
    expect(linesOf(parseJson(text))).toEqual([
      `report.json:1:${text.indexOf('{"type":"mention"') + 1}: mention of unknown person "omidvr": did you mean "omidvar"?`,
    ])
  })

  it('places an unknown field at its key', () => {
    expect(linesOf(parseJson(JSON.stringify({ ...model, titel: 'x' }, null, 2)))).toEqual([
      'report.json:22:13: mention of unknown person "omidvr": did you mean "omidvar"?',
      'report.json:31:3: unknown field "titel": did you mean "title"?',
    ])
  })

  it('refuses bytes that are not UTF-8 at the first one', () => {
    const text = JSON.stringify(model, null, 2)
    const spoilt = new TextEncoder().encode(text)
    spoilt[text.indexOf('A consultation')] = 0xc3
    expect(linesOf(parseJson(spoilt))).toEqual([
      'report.json:2:13: the file is not UTF-8 text (byte 0xc3); save it as UTF-8',
    ])
  })
})

describe('what build cannot render', () => {
  it('refuses a language tag that is not BCP 47, at its line', () => {
    const source = `${frontMatter.replace('modality: virtual', 'modality: virtual\nlanguage: "en_US!!"')}${body}`
    expect(linesOf(parse(source))).toEqual([
      'report.md:6:11: "language" should be a BCP 47 language tag, such as en or fr-CA, found "en_US!!"',
    ])
  })

  it('accepts a well-formed tag', () => {
    const source = `${frontMatter.replace('modality: virtual', 'modality: virtual\nlanguage: fr-CA')}${body}`
    expect(parseReport(source).language).toBe('fr-CA')
  })
})

describe('structure changed by a missing or stray ":::"', () => {
  it('reports a container never closed at its opening line', () => {
    const source = `${frontMatter}${body}\n:::unnumbered\nA note.\n\nA paragraph.\n\n# Next\n\nMore.\n`
    expect(linesOf(parse(source))).toEqual([
      'report.md:17:1: the ":::unnumbered" block opened here is never closed: end it with a ":::" line',
    ])
  })

  it('reports a container whose ":::" closes the one after it too', () => {
    const source = `${frontMatter}${body}\n:::unnumbered\nA note.\n\n:::recommendations{speaker=omidvar}\n- act;\n:::\n\nMore.\n`
    expect(linesOf(parse(source))).toEqual([
      'report.md:17:1: the ":::unnumbered" block opened here and the ":::recommendations" block at line 20 share one closing ":::" (line 22): end each block with its own ":::" line',
    ])
  })

  it('reports a stray ":::" at its line', () => {
    const source = `${frontMatter}${body}\n:::unnumbered\nA note.\n:::\n:::\n\nMore.\n`
    expect(linesOf(parse(source))).toEqual([
      'report.md:20:1: a ":::" line that closes no block: remove it, or open the block it ends with ":::unnumbered" or ":::recommendations{speaker=ID}"',
    ])
  })

  it('accepts closed and nested containers', () => {
    const source = `${frontMatter}${body}\n::::unnumbered\nA note.\n\n:::recommendations{speaker=omidvar}\n- act;\n:::\n::::\n\nMore.\n`
    expect(parseReport(source).sections[0]?.blocks.map((block) => block.type)).toEqual([
      'paragraph',
      'paragraph',
      'recommendations',
      'paragraph',
    ])
  })
})

describe('mentions in headings', () => {
  it('reports an unknown person as a mention elsewhere is', () => {
    const source = `${frontMatter}${body}\n# Remarks by :person{#omidvr}\n\nMore.\n`
    expect(linesOf(parse(source))).toEqual([
      'report.md:17:14: mention of unknown person "omidvr": did you mean "omidvar"?',
    ])
  })

  it('are not checked when the front matter does not parse', () => {
    const source = `${frontMatter.replace('title: A consultation', 'title: [')}${body}\n# By :person{#omidvar}\n\nMore.\n`
    expect(linesOf(parse(source))).toHaveLength(1)
  })

  it('writes a known person out, in the short form unless the full one is asked for', () => {
    const source = `${frontMatter}${body}\n# Remarks by :person{#omidvar}\n\n## With :person{#omidvar form=full}\n\nMore.\n`
    const sections = parseReport(source).sections
    expect(sections[1]?.title).toBe('Remarks by Ms. Omidvar')
    expect(sections[1]?.blocks[0]).toEqual({ type: 'subheading', text: 'With Ms. Ratna Omidvar' })
  })
})

describe('the front matter of a report not yet valid', () => {
  it('is given to onFrontMatter as its YAML reads, while another field is wrong', () => {
    const given: unknown[] = []
    const source = `${frontMatter.replace('modality: virtual', 'modality: bogus')}${body}`
    const onFrontMatter = (data: unknown) => given.push(data)
    expect(linesOf(() => parseReport(source, { filename: 'report.md', onFrontMatter }))).toEqual([
      'report.md:5:11: "modality" should be one of "virtual", "in-person", "hybrid", found "bogus"',
    ])
    expect(given).toEqual([
      {
        title: 'A consultation',
        facilitator: 'The secretariat',
        date: '2024-02-08',
        modality: 'bogus',
        people: [{ id: 'omidvar', honorific: 'Ms.', name: 'Ratna Omidvar', familyName: 'Omidvar' }],
      },
    ])
  })

  it('is not given while its YAML does not parse', () => {
    const given: unknown[] = []
    const source = `${frontMatter.replace('title: A consultation', 'title: [')}${body}`
    const onFrontMatter = (data: unknown) => given.push(data)
    expect(linesOf(() => parseReport(source, { onFrontMatter }))).toHaveLength(1)
    expect(given).toEqual([])
  })
})
