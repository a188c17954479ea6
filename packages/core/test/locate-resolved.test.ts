import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { examplePath } from '../../fixtures/src/index.js'
import { locateResolved, parseReport, resolveReport, type SourceMap } from '../src/index.js'

const text = readFileSync(examplePath, 'utf8')
const lines = text.split('\n')
let sourceMap: SourceMap | undefined
const report = parseReport(text, {
  filename: 'report.md',
  onSourceMap: (map) => {
    sourceMap = map
  },
})
const resolved = resolveReport(report, { variant: 'draft' })
const locations = locateResolved(report, resolved, sourceMap!)
const lineOf = (node: object) => lines[(locations.of(node)?.line ?? 0) - 1] ?? ''

describe('locateResolved', () => {
  it('places every section heading on its "# " line', () => {
    const written = resolved.sections.filter((section) => locations.of(section))
    expect(written.length).toBeGreaterThan(5)
    for (const section of written) expect(lineOf(section)).toMatch(/^# /)
    expect(locations.of(written[0]!)?.file).toBe('report.md')
  })

  it('places every numbered paragraph on the line where its text starts', () => {
    const paragraphs = resolved.sections.flatMap((section) =>
      section.blocks.filter((block) => block.type === 'paragraph' && block.number !== null),
    )
    expect(paragraphs.length).toBeGreaterThan(30)
    for (const paragraph of paragraphs) {
      const first = paragraph.type === 'paragraph' ? paragraph.content[0] : undefined
      const words = first?.type === 'text' ? first.value.trim().split(/\s+/).slice(0, 2) : []
      const line = lineOf(paragraph)
      expect(line).not.toBe('')
      for (const word of words) expect(line).toContain(word)
    }
  })

  it('places every footnote on its definition', () => {
    for (const note of resolved.footnotes) expect(lineOf(note)).toContain(`[^${note.identifier}]:`)
  })

  it('places agenda rows on their items in the front matter', () => {
    const agenda = resolved.annexes
      .flatMap((annex) => annex.blocks)
      .find((b) => b.type === 'agenda')
    expect(agenda?.type).toBe('agenda')
    if (agenda?.type !== 'agenda') return
    const rowLines = agenda.rows.map((row) => locations.of(row)?.line ?? 0)
    expect(rowLines.every((line) => line > 0)).toBe(true)
    expect([...rowLines].sort((a, b) => a - b)).toEqual(rowLines)
    expect(new Set(rowLines).size).toBe(rowLines.length)
  })
})
