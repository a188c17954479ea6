import { describe, expect, it } from 'vitest'
import { examplePath, identityReport } from '../../fixtures/src/index.js'
import {
  builtInVariants,
  inlineText,
  latestSourceDateEpoch,
  loadReport,
  resolveReport,
  sourceDateEpochDate,
  toPlainText,
} from '../src/index.js'

const participants = [
  { id: 'first', name: 'Amara Okafor', country: 'Nigeria' },
  { id: 'second', name: 'Lin Wei', country: 'Singapore', affiliation: 'Ministry of Manpower' },
]
const report = identityReport(participants)

describe('resolving variants', () => {
  it('keeps interventions anonymous where the rule applies, in every built-in variant but internal', () => {
    for (const name of ['draft', 'final', 'digest'] as const) {
      const text = JSON.stringify(resolveReport(report, { variant: name }))
      for (const participant of participants) {
        expect(text).not.toContain(participant.name)
        expect(text).not.toContain(participant.country)
      }
    }
    expect(JSON.stringify(resolveReport(report, { variant: 'draft' }))).not.toContain(
      'Ministry of Manpower',
    )
  })

  it('attributes interventions in the internal variant', () => {
    const text = toPlainText(resolveReport(report, { variant: 'internal' }))
    expect(text).toContain('2. A participant (Amara Okafor, Nigeria) made a point')
    expect(text).toContain(
      '3. Another participant (Lin Wei, Ministry of Manpower, Singapore) made a point',
    )
    expect(text).toContain('Internal — not for distribution')
  })

  it('words the draft marks and the comment line', () => {
    const draft = resolveReport(report, { variant: 'draft' })
    expect(draft.marks).toEqual({
      watermark: 'DRAFT',
      banner: null,
      notice: null,
      lineNumbers: true,
      commentLine:
        'Comments on this draft are welcome until 9\u00a0May\u00a02024, at comments@example.org.',
    })
    expect(draft.masthead.statusLine).toBe('Summary report — draft for comment')
    const final = resolveReport(report, { variant: 'final' })
    expect(final.marks).toEqual({
      watermark: null,
      banner: null,
      notice: null,
      lineNumbers: false,
      commentLine: null,
    })
    expect(final.masthead.statusLine).toBe('Summary report')
  })

  it('gathers every recommendation by speaker in the digest, with attendance', () => {
    const digest = resolveReport(report, { variant: 'digest' })
    expect(digest.sections.map((section) => `${section.numeral}. ${section.title}`)).toEqual([
      'I. Attendance',
      'II. Recommendations',
    ])
    const [, heading, list] = digest.sections[1]!.blocks
    expect(heading).toEqual({ type: 'subheading', text: 'Ms.\u00a0Ada Chair, Chair' })
    expect(
      list?.type === 'recommendations' &&
        list.items.map((item) => `${item.letter}. ${inlineText(item.content)}`),
    ).toEqual(['A. meet again next year (para.\u00a03);'])
    const attendance = digest.sections[0]!.blocks[0]
    expect(attendance?.type === 'attendance' && attendance.lines).toEqual([
      'Participants: 10',
      'Delegates: 8',
      'Countries (1): Norway',
      'Women: 50 per cent; men: 50 per cent',
    ])
    expect(digest.annexes).toEqual([])
  })

  it('words the masthead from the metadata', () => {
    const { masthead } = resolveReport(report)
    expect(masthead.dateLine).toBe(
      '2\u00a0May\u00a02024, 09:00–\u206010:30 (Geneva time) – In person, Geneva',
    )
    expect(masthead.facilitatorLine).toBe('Facilitated by the Rapporteur test secretariat')
    expect(masthead.distributionLine).toBeNull()
    const withSymbol = resolveReport({
      ...report,
      symbol: 'A/HRC/49/1',
      distribution: 'General',
      originalLanguage: 'English',
    })
    expect(withSymbol.masthead).toMatchObject({
      symbol: 'A/HRC/49/1',
      distributionLine: 'Distr.: General',
      originalLanguageLine: 'Original: English',
    })
  })

  it('defaults to the variant that fits the report’s status', () => {
    expect(resolveReport(report).variant).toBe('draft')
    expect(resolveReport({ ...report, status: 'final' }).variant).toBe('final')
    expect(Object.keys(builtInVariants)).toEqual(['internal', 'draft', 'final', 'digest'])
  })

  it('gives the same result every time', () => {
    expect(JSON.stringify(resolveReport(report))).toBe(JSON.stringify(resolveReport(report)))
  })
})

describe('the document date', () => {
  it('is the meeting day at midnight UTC, or the moment resolution is given', async () => {
    const report = await loadReport(examplePath)
    expect(resolveReport(report).metadata.documentDate).toBe('2022-02-08T00:00:00.000Z')
    expect(
      resolveReport(report, { documentDate: '2023-11-14T22:13:20Z' }).metadata.documentDate,
    ).toBe('2023-11-14T22:13:20.000Z')
    expect(() => resolveReport(report, { documentDate: 'tomorrow' })).toThrow(
      'the document date must be an ISO 8601 moment between the years 0 and 9999, such as 2022-02-08T00:00:00Z, found "tomorrow"',
    )
  })

  it('follows SOURCE_DATE_EPOCH, in seconds from 1970 to the end of 9999', () => {
    expect(sourceDateEpochDate(undefined)).toBeUndefined()
    expect(sourceDateEpochDate('')).toBeUndefined()
    expect(sourceDateEpochDate('0')).toBe('1970-01-01T00:00:00.000Z')
    expect(sourceDateEpochDate('1700000000')).toBe('2023-11-14T22:13:20.000Z')
    expect(sourceDateEpochDate(String(latestSourceDateEpoch))).toBe('9999-12-31T23:59:59.000Z')
    for (const value of ['253402300800', '-1', '1.5', '17e8', 'soon', '0x10', '99999999999999999'])
      expect(() => sourceDateEpochDate(value)).toThrow(
        `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, from 0 to 253402300799 (9999-12-31), found "${value}"`,
      )
  })
})
