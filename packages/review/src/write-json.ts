import type { Review } from './collect-review.js'

/** The review as JSON: the report's title, the deadline, every item and every warning. */
export function writeReviewJson(review: Review): string {
  return `${JSON.stringify(
    {
      title: review.title,
      deadline: review.deadline,
      reviewers: review.reviewers,
      items: review.items,
      warnings: review.warnings,
    },
    null,
    2,
  )}\n`
}
