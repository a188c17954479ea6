import { describe, expect, it } from 'vitest'
import { isReportError, type ReportInput, validateReport } from '../src/index.js'

// A report written in code gets the same kind of messages as a Markdown source: what
// was expected, what was found and, for a near miss, the name that was meant.
const base = {
  title: 'Consultation',
  facilitator: 'Office',
  date: '2022-02-08',
  modality: 'virtual',
  people: [{ id: 'omidvar', honorific: 'Ms.', name: 'Ratna Omidvar', familyName: 'Omidvar' }],
} satisfies Partial<ReportInput>

/** The messages `validateReport` gives for a report whose one paragraph has `blocks`. */
function messagesFor(blocks: unknown[]): string[] {
  try {
    validateReport({ ...base, sections: [{ type: 'section', title: 'Opening', blocks }] })
  } catch (error) {
    if (isReportError(error)) return error.problems.map((problem) => problem.message)
    throw error
  }
  throw new Error('the report was valid')
}

const at = 'sections.0.blocks.0'

describe('messages for a report written in code', () => {
  it('name the node type written and the one meant, never "found a mapping"', () => {
    expect(
      messagesFor([{ type: 'paragraph', content: [{ type: 'mentoin', person: 'x' }] }]),
    ).toEqual([
      `"${at}.content.0.type" should be one of "text", "emphasis", "strong", "link", "footnoteReference", "mention", "participant", "recommendation", "break", found "mentoin": did you mean "mention"?`,
    ])
    expect(messagesFor([{ type: 'paragrph', content: [] }])).toEqual([
      `"${at}.type" should be one of "paragraph", "subheading", "list", "checklist", "recommendations", "table", found "paragrph": did you mean "paragraph"?`,
    ])
  })

  it('say which node types there are when the type is missing', () => {
    expect(messagesFor([{ content: [] }])).toEqual([
      `missing "${at}.type": expected one of "paragraph", "subheading", "list", "checklist", "recommendations", "table"`,
    ])
  })

  it("list the node's own fields for an unknown field, never an empty list", () => {
    expect(
      messagesFor([{ type: 'paragraph', content: [{ type: 'text', value: 'a', bold: true }] }]),
    ).toEqual([`unknown field "bold" in "${at}.content.0"; expected one of: type, value`])
    expect(
      messagesFor([
        {
          type: 'paragraph',
          content: [
            {
              type: 'strong',
              children: [{ type: 'link', url: 'https://example.org', children: [], titel: 'x' }],
            },
          ],
        },
      ]),
    ).toEqual([
      `unknown field "titel" in "${at}.content.0.children.0"; expected one of: type, url, children`,
    ])
  })

  it('suggest the field meant for a near miss inside a node', () => {
    expect(messagesFor([{ type: 'paragraph', content: [], numberd: false }])).toEqual([
      `unknown field "numberd" in "${at}": did you mean "numbered"?`,
    ])
    expect(
      messagesFor([
        { type: 'paragraph', content: [{ type: 'mention', person: 'omidvar', from: 'short' }] },
      ]),
    ).toEqual([`unknown field "from" in "${at}.content.0": did you mean "form"?`])
  })

  it('show a text node for a string written where inline content goes', () => {
    expect(messagesFor([{ type: 'paragraph', content: ['The meeting opened.'] }])).toEqual([
      `"${at}.content.0" should be an inline node, such as { "type": "text", "value": "The meeting opened." }, found "The meeting opened."`,
    ])
  })
})
