import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { examplePath } from '../../fixtures/src/index.js'
import {
  inlineText,
  parseJsonReport,
  parseReport,
  type ResolvedParagraph,
  resolveReport,
  type SourceMap,
  toSourcePositions,
} from '../src/index.js'

const source = readFileSync(examplePath, 'utf8')
const lines = source.split('\n')

function numberedParagraphs(positions?: ReturnType<typeof toSourcePositions>, variant = 'draft') {
  const report = parseReport(source, { filename: 'report.md' })
  const resolved = resolveReport(report, {
    variant: variant as 'draft',
    sourcePositions: positions,
  })
  return resolved.sections
    .flatMap((section) => section.blocks)
    .filter(
      (block): block is ResolvedParagraph => block.type === 'paragraph' && block.number !== null,
    )
}

describe('source positions', () => {
  let sourceMap: SourceMap | undefined
  const report = parseReport(source, {
    filename: 'report.md',
    onSourceMap: (map) => {
      sourceMap = map
    },
  })
  const positions = toSourcePositions(report, sourceMap!)

  it('places each numbered paragraph on the line where its text starts', () => {
    const paragraphs = numberedParagraphs(positions)
    expect(paragraphs.length).toBeGreaterThan(12)
    for (const paragraph of paragraphs) {
      expect(paragraph.source?.file).toBe('report.md')
      const line = lines[paragraph.source!.line - 1]!
      // The line holds the paragraph's words as written; directives (`:person{#id}`, `:call[`) aside.
      const words = line.replace(/:[a-z]+\{[^}]*\}/g, '').replace(/:[a-z]+\[/g, '')
      const firstWord = /[A-Za-z]{4,}/.exec(words)?.[0]
      expect(firstWord, `line ${paragraph.source!.line}: ${line}`).toBeDefined()
      expect(inlineText(paragraph.content)).toContain(firstWord)
    }
    const twelfth = paragraphs.find((paragraph) => paragraph.number === 12)!
    expect(inlineText(twelfth.content)).toContain('reflected that the GCM is rooted')
    const lineOfTwelve = lines.findIndex((line) =>
      line.includes('reflected that the GCM is rooted'),
    )
    expect(lineOfTwelve).not.toBe(-1)
    expect(twelfth.source?.line).toBe(lineOfTwelve + 1)
  })

  it('leaves the resolved report as it was without them', () => {
    for (const paragraph of numberedParagraphs()) expect(paragraph).not.toHaveProperty('source')
  })

  it('is plain data that survives a copy between threads', () => {
    expect(structuredClone(positions)).toEqual(positions)
  })

  it('locates the blocks of a report written as JSON', () => {
    const json = JSON.stringify({ ...report, sections: report.sections }, null, 2)
    let jsonMap: SourceMap | undefined
    const fromJson = parseJsonReport(json, {
      filename: 'report.json',
      onSourceMap: (map) => {
        jsonMap = map
      },
    })
    const located = toSourcePositions(fromJson, jsonMap!)
    const first = located.sections[0]![0]!
    expect(first.file).toBe('report.json')
    expect(json.split('\n')[first.line - 1]).toMatch(/^\s*\{$/)
  })
})
