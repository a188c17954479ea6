import { describe, expect, it } from 'vitest'
import { formatProblem, isReportError, type Problem, parseReport } from '../src/index.js'

const frontMatter = `---
title: A consultation
facilitator: The secretariat
date: 2024-02-08
modality: virtual
participants:
  - { id: p1, name: Jane Roe, country: Nepal }
  - { id: p3, name: Aliya Nurlanovna, affiliation: Mazhilis, country: Kazakhstan }
  - { id: p4, name: Juan Cruz, country: the Philippines }
---

# Discussion
`

/** The warnings of a source that parses, as `file:line:column: message` lines. */
function warningsOf(body: string): string[] {
  const warnings: Problem[] = []
  parseReport(`${frontMatter}${body}`, {
    filename: 'report.md',
    onWarning: (warning) => warnings.push(warning),
  })
  return warnings.map(formatProblem)
}

describe('a label that names whom it hides', () => {
  it('warns, at the label, when the label names the country', () => {
    expect(warningsOf('\n:participant[A representative from Kazakhstan]{#p3} spoke.\n')).toEqual([
      'report.md:14:1: the label "A representative from Kazakhstan" names the country of participant p3, whom the Chatham House Rule hides',
    ])
  })

  it('warns for the name and the affiliation alike, and for a country written with "the"', () => {
    expect(
      warningsOf(
        '\nIt was said by :participant[Ms. Aliya Nurlanovna]{#p3}.\n\n:participant[A member of the Mazhilis]{#p3} agreed.\n\n:participant[A participant from the Philippines]{#p4} too.\n',
      ),
    ).toEqual([
      'report.md:14:16: the label "Ms. Aliya Nurlanovna" names the name of participant p3, whom the Chatham House Rule hides',
      'report.md:16:1: the label "A member of the Mazhilis" names the affiliation of participant p3, whom the Chatham House Rule hides',
      'report.md:18:1: the label "A participant from the Philippines" names the country of participant p4, whom the Chatham House Rule hides',
    ])
  })

  it('warns when the sentence around the label names it', () => {
    expect(
      warningsOf(
        '\nThe chair opened. In Nepal, said :participant[a participant]{#p1}, *migrants* leave. Nepal was not named again.\n',
      ),
    ).toEqual([
      'report.md:14:34: the sentence around the label "a participant" names the country of participant p1, whom the Chatham House Rule hides',
    ])
  })

  it('says nothing of other sentences, other identities or labels without one', () => {
    expect(
      warningsOf(
        '\nNepal spoke first. :participant[A participant]{#p1} agreed. :participant[A representative from Kazakhstan] spoke. :participant[A participant]{#p3} from Nepal too.\n',
      ),
    ).toEqual([])
  })

  it('makes the warnings errors with strict', () => {
    try {
      parseReport(`${frontMatter}\n:participant[A representative from Kazakhstan]{#p3} spoke.\n`, {
        filename: 'report.md',
        strict: true,
      })
      throw new Error('the report was accepted')
    } catch (error) {
      if (!isReportError(error)) throw error
      expect(error.message).toBe(
        'report.md:14:1: the label "A representative from Kazakhstan" names the country of participant p3, whom the Chatham House Rule hides',
      )
      expect(error.problems[0]?.severity).toBe('error')
    }
  })
})
