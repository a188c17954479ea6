import { describe, expect, it } from 'vitest'
import * as review from '../src/index.js'

describe('@rapporteur/review', () => {
  it('exports exactly this API', () => {
    expect(Object.keys(review).sort()).toEqual([
      'ReviewError',
      'anonymiseReview',
      'collectReview',
      'isReviewError',
      'matrixHeadings',
      'redlineDocx',
      'redlineReport',
      'remarkOf',
      'reviewItemKinds',
      'reviewMatrix',
      'writeRedlineHtml',
      'writeReviewCsv',
      'writeReviewDocx',
      'writeReviewHtml',
      'writeReviewJson',
    ])
  })
})
