import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { repositoryRoot } from '../../fixtures/src/index.js'
import { parseReport, resolveReport, toPlainText } from '../src/index.js'

describe('the source format example in the README', () => {
  const readme = readFileSync(`${repositoryRoot}README.md`, 'utf8')
  const source = /```markdown\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''

  it('is a valid report that reads as the README says', () => {
    const report = parseReport(source, { filename: 'README.md' })
    const text = toPlainText(resolveReport(report, { variant: 'final' }))
    expect(text).toContain(
      '2. The Honourable\u00a0Ratna Omidvar, Senator for Ontario (Canada), remarked that',
    )
    expect(text).toContain('Ms.\u00a0Omidvar added')
    expect(text).toContain('A. recommendations are lettered')
    expect(text).toContain('✓ Transparency: a checklist item has a check mark')
    expect(text).toContain('3. A participant asked a question')
    expect(text).not.toContain('Jane Roe')
    expect(toPlainText(resolveReport(report, { variant: 'internal' }))).toContain(
      'A participant (Jane Roe, Nepal)',
    )
  })

  it('gathers its recommendations and its call in the digest, each with its paragraph', () => {
    const report = parseReport(source, { filename: 'README.md' })
    const text = toPlainText(resolveReport(report, { variant: 'digest' })).replace(/\u00a0/g, ' ')
    expect(text).toContain('A. Ms. Omidvar recommended that the forum meet every year (para. 4).')
    expect(text).toContain(
      'B. recommendations are lettered A, B, C… from A for each speaker (para. 4);',
    )
    expect(text).toContain('Participants\n\nA. She called for a regional forum (para. 3).')
    expect(text).not.toContain('Jane Roe')
  })
})
