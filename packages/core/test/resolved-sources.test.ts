import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { arabicExamplePath, examplePath, frenchExamplePath } from '../../fixtures/src/index.js'
import {
  type Placed,
  parseReport,
  type ResolvedReport,
  resolveReport,
  type SourceMap,
  toSourcePositions,
} from '../src/index.js'

/** An example resolved with where its parts were written, and the line each part is on. */
function placedExample(path: string, variant: 'draft' | 'final' | 'digest' = 'draft') {
  const text = readFileSync(path, 'utf8')
  const lines = text.split('\n')
  let sourceMap: SourceMap | undefined
  const report = parseReport(text, {
    filename: 'report.md',
    onSourceMap: (map) => {
      sourceMap = map
    },
  })
  const resolved: ResolvedReport = resolveReport(report, {
    variant,
    sourcePositions: toSourcePositions(report, sourceMap!),
  })
  const lineOf = (part: Placed) => lines[(part.source?.line ?? 0) - 1] ?? ''
  /** Whether a part is placed on the value of `key`: the key's line, or the first line under it. */
  const under = (part: Placed, key: RegExp) => {
    const line = part.source?.line ?? 0
    return key.test(lines[line - 1] ?? '') || key.test(lines[line - 2] ?? '')
  }
  return { resolved, lineOf, under }
}

describe.each([
  ['English', examplePath],
  ['French', frenchExamplePath],
  ['Arabic', arabicExamplePath],
])('where the parts of the %s example were written', (_language, path) => {
  const { resolved, lineOf, under } = placedExample(path)
  const written = resolved.sections.filter((section) => section.source !== undefined)
  // The sections core adds (attendance, background documents) were not written as sections.
  const added = resolved.sections.filter((section) =>
    section.blocks.some((block) => block.type === 'attendance' || block.type === 'documentList'),
  )

  it('places every section heading the source has on its "# " line, whatever its typography', () => {
    expect(written.length).toBe(resolved.sections.length - added.length)
    for (const section of written) expect(lineOf(section)).toMatch(/^# /)
    expect(written[0]!.source?.file).toBe('report.md')
    for (const section of added) expect(section.source).toBeUndefined()
  })

  it('places every numbered paragraph on the line where its text starts', () => {
    const paragraphs = resolved.sections.flatMap((section) =>
      section.blocks.filter((block) => block.type === 'paragraph' && block.number !== null),
    )
    expect(paragraphs.length).toBeGreaterThan(5)
    for (const paragraph of paragraphs) {
      const first = paragraph.type === 'paragraph' ? paragraph.content[0] : undefined
      const words = first?.type === 'text' ? first.value.trim().split(/\s+/).slice(0, 2) : []
      const line = lineOf(paragraph)
      expect(line).not.toBe('')
      for (const word of words.filter((word) => !/[«»"“”]/.test(word))) expect(line).toContain(word)
    }
  })

  it('places every other block of the body, the attendance and the background documents', () => {
    for (const block of resolved.sections.flatMap((section) => section.blocks)) {
      expect(block.source, block.type).toBeDefined()
      if (block.type === 'attendance') expect(under(block, /^attendance:/)).toBe(true)
      if (block.type === 'documentList') expect(under(block, /^backgroundDocuments:/)).toBe(true)
    }
  })

  it('places every footnote on its definition', () => {
    expect(resolved.footnotes.length).toBeGreaterThan(2)
    for (const note of resolved.footnotes) expect(lineOf(note)).toContain(`[^${note.identifier}]:`)
  })

  it('places annexes, agenda rows and questions in the front matter', () => {
    const [annex] = resolved.annexes
    expect(lineOf(annex!)).toMatch(/^ {2}- title:/)
    const agenda = annex!.blocks.find((block) => block.type === 'agenda')
    if (agenda?.type !== 'agenda') throw new Error('no agenda')
    expect(under(agenda, /^ {4}agenda:/)).toBe(true)
    const rowLines = agenda.rows.map((row) => row.source?.line ?? 0)
    expect(rowLines.every((line) => line > 0)).toBe(true)
    expect([...rowLines].sort((a, b) => a - b)).toEqual(rowLines)
    expect(new Set(rowLines).size).toBe(rowLines.length)
    for (const row of agenda.rows) expect(lineOf(row)).toMatch(/^ {8}- start:/)
  })
})

describe('where the parts of a French report were written', () => {
  it('places a section whose title core spaces the French way (a no-break space before "?")', () => {
    const text = readFileSync(frenchExamplePath, 'utf8').replace(
      '# Ouverture',
      '# Ouverture : pourquoi ?',
    )
    let sourceMap: SourceMap | undefined
    const report = parseReport(text, { onSourceMap: (map) => (sourceMap = map) })
    const resolved = resolveReport(report, {
      sourcePositions: toSourcePositions(report, sourceMap!),
    })
    const section = resolved.sections.find((entry) => entry.title.startsWith('Ouverture'))!
    expect(section.title).toBe('Ouverture\u00a0: pourquoi\u202f?')
    expect(text.split('\n')[section.source!.line - 1]).toBe('# Ouverture : pourquoi ?')
  })

  it('gives a digest, whose sections core makes, no places for them', () => {
    const { resolved } = placedExample(frenchExamplePath, 'digest')
    for (const section of resolved.sections) {
      expect(section.source).toBeUndefined()
      for (const block of section.blocks)
        if (block.type !== 'attendance') expect(block.source).toBeUndefined()
    }
  })
})
