import type { Review } from './collect-review.js'
import { matrixHeadings, reviewMatrix } from './review-matrix.js'

// A spreadsheet runs a cell that starts with one of these as a formula.
const formulaStart = /^[=+\-@\t\r]/

function cell(value: string | number | null): string {
  const text = value === null ? '' : String(value)
  const safe = formulaStart.test(text) ? `'${text}` : text
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/**
 * The comment matrix as CSV (RFC 4180, CRLF lines, UTF-8 with a byte order mark so
 * spreadsheets read the quotes): the matrix's columns, then the item's fields.
 */
export function writeReviewCsv(review: Review): string {
  const header = [
    matrixHeadings.place,
    matrixHeadings.reviewer,
    matrixHeadings.remark,
    matrixHeadings.response,
    'Kind',
    'Footnote',
    'Section',
    'Date',
    'Source',
    'Returned copy',
  ]
  const lines = [header.map(cell).join(',')]
  for (const row of reviewMatrix(review)) {
    const { item } = row
    lines.push(
      [
        row.place,
        row.reviewer,
        row.remark,
        row.response,
        item.kind,
        item.footnote,
        item.section,
        item.date,
        row.source,
        item.reviewerFile,
      ]
        .map(cell)
        .join(','),
    )
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
