import { loadReport, type ResolvedReport } from '@rapporteur/core'
import { adjacentNotesReport, examplePath, hostileReport } from '@rapporteur/fixtures'
import { describe, expect, it } from 'vitest'
import * as api from '../src/index.js'
import { renderHtml } from '../src/index.js'

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toEqual(['htmlFontText', 'renderHtml'])
  })
})

describe('renderHtml', () => {
  it('gives the same string for the same report, every time', async () => {
    const first = renderHtml(await loadReport(examplePath))
    const second = renderHtml(await loadReport(examplePath))
    expect(second).toBe(first)
    expect(renderHtml(hostileReport())).toBe(renderHtml(hostileReport()))
  })

  it('gives the same string for a report and its resolved form', async () => {
    const report = await loadReport(examplePath)
    const { resolveReport } = await import('@rapporteur/core')
    expect(renderHtml(report, { variant: 'final' })).toBe(
      renderHtml(resolveReport(report, { variant: 'final' })),
    )
  })

  it('renders with the variant asked for', async () => {
    const report = await loadReport(examplePath)
    expect(renderHtml(report, { variant: 'draft' })).toContain('Summary report — draft for comment')
    expect(renderHtml(report, { variant: 'final' })).not.toContain('draft for comment')
  })

  it('writes where each paragraph was written only when asked', async () => {
    const { parseReport, resolveReport, toSourcePositions } = await import('@rapporteur/core')
    const { readFileSync } = await import('node:fs')
    const source = readFileSync(examplePath, 'utf8')
    let sourceMap: Parameters<typeof toSourcePositions>[1] | undefined
    const report = parseReport(source, {
      filename: 'report.md',
      onSourceMap: (map) => {
        sourceMap = map
      },
    })
    const positions = toSourcePositions(report, sourceMap!)
    const resolved = resolveReport(report, { variant: 'draft', sourcePositions: positions })
    expect(renderHtml(resolved)).not.toContain('data-source-line')
    const html = renderHtml(resolved, { sourcePositions: true })
    const line =
      source.split('\n').findIndex((text) => text.includes('reflected that the GCM is rooted')) + 1
    expect(html).toMatch(
      new RegExp(
        `<p class="numbered" id="para-12" data-source-line="${line}" data-source-column="1">`,
      ),
    )
  })

  it('uses the labels of the languages it is given', async () => {
    const html = renderHtml(await loadReport(examplePath), {
      languages: { en: { labels: { contents: 'In this report', paragraph: 'Para. {number}' } } },
    })
    expect(html).toContain('>In this report</h2>')
    expect(html).toContain('aria-label="Para. 12"')
  })

  it('throws on a block type it has no handler for', () => {
    const report = hostileReport()
    report.sections[0]!.blocks.push({
      type: 'chart',
    } as unknown as ResolvedReport['sections'][0]['blocks'][0])
    expect(() => renderHtml(report)).toThrow(/block of type "chart"/)
  })

  it('throws on an inline type it has no handler for, even one named like an object property', () => {
    const report = hostileReport()
    const first = report.sections[0]!.blocks[0]!
    if (first.type !== 'paragraph') throw new Error('the hostile report starts with a paragraph')
    first.content.push({ type: 'constructor' } as unknown as (typeof first.content)[0])
    expect(() => renderHtml(report)).toThrow(/inline content of type "constructor"/)
  })

  it('leaves out the characters HTML forbids', () => {
    const html = renderHtml(hostileReport())
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them
    expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/)
    expect(html).toContain('control characters')
  })
})

describe('note markers in a row', () => {
  it('read as "1,2": a superscript comma before the second, outside its link', () => {
    const html = renderHtml(adjacentNotesReport())
    const text = html.replace(/<[^>]+>/g, '')
    expect(text).toContain('two reports.1,2 They cited a third.3')
    expect(html).toMatch(/<sup class="note-marker">,<a href="#note-2"/)
  })
})
