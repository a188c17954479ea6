export type { CollectOptions, ReturnedFile, Review } from './collect-review.js'
export { anonymiseReview, collectReview } from './collect-review.js'
export type { RedlineOptions, RedlinePart, RedlineRun } from './redline.js'
export { redlineReport, writeRedlineHtml } from './redline.js'
export type { RedlineDocxOptions } from './redline-docx.js'
export { redlineDocx } from './redline-docx.js'
export { isReviewError, ReviewError } from './review-error.js'
export type {
  CommentReply,
  ReviewItem,
  ReviewItemKind,
  ReviewWarning,
  SourcePlace,
} from './review-item.js'
export { reviewItemKinds } from './review-item.js'
export type { MatrixRow } from './review-matrix.js'
export { matrixHeadings, remarkOf, reviewMatrix } from './review-matrix.js'
export { writeReviewCsv } from './write-csv.js'
export { writeReviewDocx } from './write-docx.js'
export { writeReviewHtml } from './write-html.js'
export { writeReviewJson } from './write-json.js'
