import { describe, expect, it } from 'vitest'
import { type RedlinePart, redlineReport, writeRedlineHtml } from '../src/index.js'
import { exampleLines, exampleSource } from './example.js'

// The final as the secretariat made it from the draft: words changed in one paragraph,
// one paragraph struck out, one added, a note reworded.
const paragraph12 = exampleLines.findIndex((line) =>
  line.startsWith(':person{#oberoi} reflected that the GCM'),
)
const lines = [...exampleLines]
lines[215] = lines[215]!.replace('to create more awareness', 'to raise awareness')
lines[paragraph12] = 'The meeting then turned to the role of parliamentarians.'
lines.splice(
  paragraph12 + 1,
  0,
  '',
  'A paragraph added in the final, on follow-up by the Regional Network.',
)
const finalSource = lines
  .join('\n')
  .replace('(The Regional Network) is comprised', '(the Regional Network) comprises')

const accepted = (parts: readonly RedlinePart[]) =>
  parts
    .filter((part) => part.change !== 'deletion')
    .map((part) =>
      part.runs
        .filter((run) => run.change !== 'deletion')
        .map((run) => run.text)
        .join(''),
    )
const rejected = (parts: readonly RedlinePart[]) =>
  parts
    .filter((part) => part.change !== 'insertion')
    .map((part) =>
      part.runs
        .filter((run) => run.change !== 'insertion')
        .map((run) => run.text)
        .join(''),
    )
const same = (parts: readonly RedlinePart[]) =>
  parts.map((part) => part.runs.map((run) => run.text).join(''))

describe('redlineReport', () => {
  const parts = redlineReport(exampleSource, finalSource)
  const unchanged = (source: string) => redlineReport(source, source)

  it('accepting every change gives the new text, rejecting every change the old', () => {
    expect(accepted(parts)).toEqual(same(unchanged(finalSource)))
    expect(rejected(parts)).toEqual(same(unchanged(exampleSource)))
  })

  it('shows each change where it is, word by word', () => {
    const changed = parts.filter((part) => part.change !== 'same')
    expect(changed.map((part) => [part.place, part.change])).toEqual([
      ['Footnote 3', 'changed'],
      ['para. 5', 'changed'],
      ['para. 12', 'deletion'],
      ['para. 12', 'insertion'],
      ['para. 13', 'insertion'],
    ])
    const words = changed[1]!.runs
      .filter((run) => run.change !== 'same')
      .map((run) => [run.change, run.text])
    expect(words).toEqual([
      ['deletion', 'create'],
      ['insertion', 'raise'],
      ['deletion', 'more '],
    ])
  })

  it('writes an HTML view with ins and del', () => {
    const html = writeRedlineHtml(parts, 'The report')
    expect(html).toContain('<del>create</del><ins>raise</ins>')
    expect(html).toContain(
      '<ins>A paragraph added in the final, on follow-up by the Regional Network.</ins>',
    )
    expect(html).toContain('5 of ')
  })
})
