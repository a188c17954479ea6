import { describe, expect, it } from 'vitest'
import { adjacentNotesSource } from '../../fixtures/src/index.js'
import { parseReport, resolveReport, toPlainText } from '../src/index.js'

describe('note markers in a row', () => {
  it('read as two markers, "¹,²", never as "¹²"', () => {
    const resolved = resolveReport(parseReport(adjacentNotesSource, { filename: 'report.md' }), {
      variant: 'final',
    })
    const [paragraph] = resolved.sections[0]!.blocks
    const markers = (paragraph as { content: Array<{ type: string; separator?: string }> }).content
      .filter((inline) => inline.type === 'footnoteReference')
      .map((inline) => inline.separator)
    expect(markers).toEqual(['', ',', ''])
    expect(toPlainText(resolved)).toContain('two reports.¹,² They cited a third.³')
  })
})
