import { describe, expect, it } from 'vitest'
import { identityReport } from '../../fixtures/src/index.js'
import {
  builtInVariants,
  defineVariant,
  internalNotice,
  isReportError,
  parseConfig,
  resolveReport,
  selectVariants,
  toPlainText,
  variant,
} from '../src/index.js'

const report = identityReport([{ id: 'first', name: 'Amara Okafor', country: 'Nigeria' }])

function problemsOf(action: () => unknown): string[] {
  try {
    action()
  } catch (error) {
    if (isReportError(error)) return error.message.split('\n')
    throw error
  }
  throw new Error('expected a ReportError')
}

describe('a variant that names participants', () => {
  it('carries the internal notice when it extends a variant without one', () => {
    const config = parseConfig(
      'variants:\n  - name: named\n    extends: final\n    applyRule: false\n',
    )
    const named = defineVariant(config.variants[0]!)
    expect(named.marks.notice).toBe(internalNotice)
    const resolved = resolveReport(report, { variant: named })
    expect(resolved.marks.notice).toBe(internalNotice)
    expect(toPlainText(resolved)).toContain('A participant (Amara Okafor, Nigeria)')
    expect(toPlainText(resolved)).toContain(internalNotice)
  })

  it('keeps a notice of its own words', () => {
    const config = parseConfig(
      'variants:\n  - name: secretariat\n    extends: internal\n    marks:\n      notice: Secretariat only\n',
    )
    expect(defineVariant(config.variants[0]!).marks.notice).toBe('Secretariat only')
  })

  it('may not remove its notice in a config: a problem where it is written', () => {
    const source =
      'variants:\n  - name: copy\n    extends: internal\n    marks:\n      notice: null\n'
    expect(problemsOf(() => parseConfig(source))).toEqual([
      `rapporteur.config.yaml:5:15: variant "copy" names participants (it does not apply the meeting's rule), so it keeps a distribution notice: remove "notice: null", or word a notice of your own`,
    ])
  })

  it('gets the notice back when it is made in code without one', () => {
    const bare = variant.parse({
      ...builtInVariants.internal,
      name: 'bare',
      marks: { notice: null },
    })
    expect(resolveReport(report, { variant: bare }).marks.notice).toBe(internalNotice)
  })

  it('may drop the notice once it applies the rule', () => {
    const config = parseConfig(
      'variants:\n  - name: public\n    extends: internal\n    applyRule: true\n    marks:\n      notice: null\n',
    )
    expect(
      resolveReport(report, { variant: defineVariant(config.variants[0]!) }).marks.notice,
    ).toBe(null)
  })

  it('is built only when asked for by name, while "all" keeps the built-in internal', () => {
    const config = parseConfig(
      'variants:\n  - name: named\n    extends: final\n    applyRule: false\n  - name: board\n    extends: final\n',
    )
    const names = (selection: 'all' | string[]) =>
      selectVariants(selection, config).map((entry) => entry.name)
    expect(names('all')).toEqual(['internal', 'draft', 'final', 'digest', 'board'])
    expect(names(['named'])).toEqual(['named'])
    expect(names(['all', 'named'])).toEqual([
      'internal',
      'draft',
      'final',
      'digest',
      'board',
      'named',
    ])
  })
})
