// Type tests, checked by `tsc` in `pnpm typecheck`: each `@ts-expect-error` fails the
// type-check when the line under it compiles, so a report written in code with a typo
// in a node or a field is refused by TypeScript before it runs.
import type { Inline, ReportInput } from '../src/index.js'

const base = {
  title: 'Consultation',
  facilitator: 'Office',
  date: '2022-02-08',
  modality: 'virtual',
} satisfies Partial<ReportInput>

export const written: ReportInput = {
  ...base,
  people: [{ id: 'omidvar', honorific: 'Ms.', name: 'Ratna Omidvar', familyName: 'Omidvar' }],
  sections: [
    {
      type: 'section',
      title: 'Opening',
      blocks: [
        {
          type: 'paragraph',
          content: [
            { type: 'mention', person: 'omidvar', form: 'full' },
            { type: 'text', value: ' opened the meeting.' },
            { type: 'emphasis', children: [{ type: 'footnoteReference', identifier: '1' }] },
          ],
        },
      ],
    },
  ],
  footnotes: [{ identifier: '1', content: [{ type: 'text', value: 'A note.' }] }],
}

export const typoInNodeType: Inline[] = [
  // @ts-expect-error a node type that does not exist ('mentoin')
  { type: 'mentoin', person: 'omidvar' },
]

export const typoInField: Inline[] = [
  // @ts-expect-error a field the mention node does not have ('persn')
  { type: 'mention', persn: 'omidvar' },
]

export const typoInReport: ReportInput = {
  ...base,
  sections: [
    {
      type: 'section',
      title: 'Opening',
      blocks: [
        {
          type: 'paragraph',
          // @ts-expect-error an inline node typo inside a report's paragraph
          content: [{ type: 'strong', children: [{ type: 'txet', value: 'x' }] }],
        },
      ],
    },
  ],
}

export const wrongForm: Inline = {
  type: 'mention',
  person: 'omidvar',
  // @ts-expect-error a form that is neither 'full' nor 'short'
  form: 'long',
}

export const typoInPerson: ReportInput = {
  ...base,
  // @ts-expect-error a misspelt person field ('honorfic')
  people: [{ id: 'omidvar', honorfic: 'Ms.', name: 'Ratna Omidvar', familyName: 'Omidvar' }],
  sections: [{ type: 'section', title: 'Opening', blocks: [] }],
}
