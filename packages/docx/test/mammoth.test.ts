import { loadReport, resolveReport } from '@rapporteur/core'
import { examplePath, normaliseText, originalFootnotes } from '@rapporteur/fixtures'
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import { renderDocx } from '../src/index.js'

const report = await loadReport(examplePath)
const bytes = await renderDocx(resolveReport(report, { variant: 'final' }))

describe('the example, read by mammoth', () => {
  it('finds the 21 footnotes with their text, in order', async () => {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })
    const notes = [...result.value.matchAll(/<li id="footnote-(\d+)">([\s\S]*?)<\/li>/g)]
    expect(notes.map((note) => Number(note[1]))).toEqual(
      Array.from({ length: 21 }, (_, index) => index + 1),
    )
    const texts = notes.map((note) =>
      normaliseText(
        note[2]!
          .replace(/<[^>]+>/g, '')
          .replace(/↑/g, '')
          .replace(/&amp;/g, '&'),
      ),
    )
    expect(texts).toEqual(originalFootnotes())
    expect(result.value.match(/<sup><a href="#footnote-\d+" id="footnote-ref-\d+">/g)).toHaveLength(
      21,
    )
  })

  it('reads the headings as headings and the links as links', async () => {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })
    // The eight sections; the annex's heading has a style of its own, based on Heading 1.
    expect(result.value.match(/<h1>/g)).toHaveLength(8)
    expect(result.value).toContain(
      '<a href="https://www.un.org/en/development/desa/population/migration/generalassembly/docs/globalcompact/A_RES_73_195.pdf">',
    )
    expect(result.messages.filter((message) => message.type === 'error')).toEqual([])
  })
})
