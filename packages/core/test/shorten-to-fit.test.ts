import { describe, expect, it } from 'vitest'
import { fitRunningHead, shortenToFit } from '../src/index.js'

/** Fits when it has at most `count` characters. */
const atMost = (count: number) => (candidate: string) => [...candidate].length <= count

describe('shortenToFit', () => {
  const title = 'Consultation with Parliamentarians on the GCM in Asia and the Pacific'

  it('keeps text that fits whole', () => {
    expect(shortenToFit(title, atMost(100))).toBe(title)
  })

  it('shortens at a word, with an ellipsis and without the punctuation before it', () => {
    expect(shortenToFit(title, atMost(40))).toBe('Consultation with Parliamentarians on…')
    expect(shortenToFit('Migration, rights, and the law', atMost(20))).toBe('Migration, rights…')
  })

  it('cuts inside the first word when no word fits', () => {
    expect(shortenToFit('Parliamentarians', atMost(8))).toBe('Parliam…')
    expect(shortenToFit('Parliamentarians', atMost(0))).toBe('…')
  })

  it('finds words in a script without spaces', () => {
    const chinese = '议员关于亚洲及太平洋地区移民问题的磋商'
    const shortened = shortenToFit(chinese, atMost(10), 'zh')
    expect(shortened.endsWith('…')).toBe(true)
    expect(chinese.startsWith(shortened.slice(0, -1))).toBe(true)
    expect([...shortened].length).toBeLessThanOrEqual(10)
  })
})

describe('fitRunningHead', () => {
  const measure = (text: string) => [...text].length
  it('keeps a head that fits, and shortens the title to fit beside the status', () => {
    expect(
      fitRunningHead({ title: 'Short title', status: 'DRAFT', width: 40, gap: 2, measure }),
    ).toEqual({
      title: 'Short title',
      status: 'DRAFT',
    })
    const fitted = fitRunningHead({
      title: 'Consultation with Parliamentarians on the GCM in Asia and the Pacific',
      status: 'SUMMARY REPORT DRAFT',
      width: 60,
      gap: 2,
      measure,
    })
    expect(fitted).toEqual({
      title: 'Consultation with Parliamentarians on…',
      status: 'SUMMARY REPORT DRAFT',
    })
  })

  it('shortens a very long status too, leaving the title 40 % of the line', () => {
    const fitted = fitRunningHead({
      title: 'Consultation with Parliamentarians on the GCM in Asia and the Pacific',
      status: 'SUMMARY REPORT ADVANCE UNEDITED VERSION CIRCULATED FOR COMMENT BY THE PARTICIPANTS',
      width: 60,
      gap: 2,
      measure,
    })
    expect(fitted.title).toBe('Consultation with…')
    expect(fitted.status.endsWith('…')).toBe(true)
    expect(measure(fitted.title) + 2 + measure(fitted.status)).toBeLessThanOrEqual(60)
  })
})
