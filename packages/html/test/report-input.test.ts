import { isReportError, type ReportInput, resolveReport, validateReport } from '@rapporteur/core'
import { describe, expect, it } from 'vitest'
import { renderHtml } from '../src/index.js'

// What a JavaScript caller may hand the renderer: an object written in code, valid or
// not, and the variant to render, chosen with the option every renderer shares.
const render = async (report: unknown, options?: object) => renderHtml(report as never, options)

const written = {
  title: 'Consultation on the Topic',
  facilitator: 'Office of the Facilitator',
  date: '2022-02-08',
  modality: 'virtual',
  comments: { deadline: '2022-03-01', recipient: 'the secretariat' },
  sections: [
    {
      type: 'section',
      title: 'Opening',
      blocks: [{ type: 'paragraph', content: [{ type: 'text', value: 'The meeting opened.' }] }],
    },
  ],
} satisfies ReportInput

/** The problems of the ReportError that rendering throws, as messages. */
async function problemsOf(report: unknown, options?: object): Promise<string[]> {
  const error = await Promise.resolve()
    .then(() => render(report, options))
    .then(
      () => undefined,
      (thrown: unknown) => thrown,
    )
  if (!isReportError(error)) throw new Error(`expected a ReportError, got ${String(error)}`)
  return error.problems.map((problem) => problem.message)
}

describe('renderHtml and what it is given', () => {
  it('throws a ReportError listing the problems of an invalid object, not a TypeError', async () => {
    expect(await problemsOf({ title: 'Consultation' })).toEqual([
      'missing "facilitator": expected text',
      'missing "date": expected a date written YYYY-MM-DD, such as 2022-02-08',
      'missing "modality": expected one of "virtual", "in-person", "hybrid"',
      'missing "sections": expected a list',
    ])
    expect(await problemsOf(null)).toEqual(['the report should be a mapping of fields, found null'])
    expect(
      await problemsOf({
        ...written,
        sections: [
          {
            ...written.sections[0],
            blocks: [{ type: 'paragraph', content: [{ type: 'mentoin', person: 'x' }] }],
          },
        ],
      }),
    ).toEqual([
      '"sections.0.blocks.0.content.0.type" should be one of "text", "emphasis", "strong", "link", "footnoteReference", "mention", "participant", "recommendation", "break", found "mentoin": did you mean "mention"?',
    ])
  })

  it('renders an object written in code, its defaults left out', async () => {
    expect(await render(written)).toEqual(await render(validateReport(written)))
  })

  it('renders the variant asked for, as resolving with it does', async () => {
    const asFinal = await render(written, { variant: 'final' })
    expect(asFinal).toEqual(
      await render(resolveReport(validateReport(written), { variant: 'final' })),
    )
    expect(asFinal).not.toEqual(await render(written))
  })

  it('refuses a resolved report with another variant rather than ignore the option', async () => {
    const draft = resolveReport(validateReport(written), { variant: 'draft' })
    expect(await problemsOf(draft, { variant: 'final' })).toEqual([
      'the report was resolved for the "draft" variant, not "final": pass the report itself (not resolved) with variant "final", or resolve it with that variant',
    ])
    expect(await render(draft, { variant: 'draft' })).toEqual(await render(draft))
  })
})
