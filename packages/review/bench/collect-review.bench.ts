import { bench, describe } from 'vitest'
import { collectReview, writeReviewDocx, writeReviewHtml } from '../src/index.js'
import { exampleDraft, exampleSource } from '../test/example.js'
import { reviewerCopies } from '../test/reviewer-copies.js'

// A dozen copies without the draft's bookmarks: every paragraph is placed by its text.
const copies = await reviewerCopies(exampleDraft, 12)
collectReview(exampleSource, copies)

describe('the comment matrix of a dozen returned copies of the example', () => {
  bench(
    'read 12 copies and write the matrix as DOCX',
    async () => {
      await writeReviewDocx(collectReview(exampleSource, copies))
    },
    { time: 3000, warmupIterations: 3 },
  )

  bench(
    'read 12 copies and write the matrix as HTML',
    () => {
      writeReviewHtml(collectReview(exampleSource, copies))
    },
    { time: 3000, warmupIterations: 3 },
  )
})
