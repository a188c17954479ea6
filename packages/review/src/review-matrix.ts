import type { Review } from './collect-review.js'
import type { ReviewItem } from './review-item.js'

/** The matrix's column headings, in order. */
export const matrixHeadings = {
  place: 'Paragraph',
  reviewer: 'Reviewer',
  remark: 'Comment or proposed change',
  response: 'Secretariat’s response',
} as const

/** One row of the comment matrix secretariats circulate. */
export interface MatrixRow {
  /** Such as `para. 12`, `Footnote 3`, `Unplaced`. */
  place: string
  /** Rows on the same place after the first leave it blank, as the cells are merged. */
  firstOfPlace: boolean
  /** How many rows share this place, on its first row. */
  placeRows: number
  reviewer: string
  /** The comment or proposed change, worded, with its replies and marks. */
  remark: string
  /** Where the text is in the source, such as `report.md:203:98`, or empty. */
  source: string
  /** Blank: the secretariat's response. */
  response: string
  item: ReviewItem
}

const quote = (text: string) => `“${text}”`

/** The words of an item as the matrix shows them. */
export function remarkOf(item: ReviewItem): string {
  const lines: string[] = []
  switch (item.kind) {
    case 'comment':
      lines.push(item.quoted ? `On ${quote(item.quoted)}: ${item.text}` : item.text)
      for (const reply of item.replies) lines.push(`Reply from ${reply.author}: ${reply.text}`)
      break
    case 'insertion':
      lines.push(
        item.quoted
          ? `Insert ${quote(item.text)} after ${quote(item.quoted)}`
          : `Insert ${quote(item.text)}`,
      )
      break
    case 'deletion':
      lines.push(`Delete ${quote(item.text)}`)
      break
    case 'move':
      lines.push(`Move ${quote(item.text)}${item.movedTo ? ` to ${item.movedTo}` : ''}`)
      break
  }
  const marks = [
    item.resolved ? 'resolved' : '',
    item.late ? 'received after the deadline' : '',
  ].filter(Boolean)
  if (marks.length > 0) lines.push(`(${marks.join('; ')})`)
  return lines.join('\n')
}

/** The review as the rows of a comment matrix: ordered by paragraph, one row an item. */
export function reviewMatrix(review: Review): MatrixRow[] {
  const rows: MatrixRow[] = review.items.map((item, index) => ({
    place: item.place,
    firstOfPlace: index === 0 || review.items[index - 1]!.place !== item.place,
    placeRows: 1,
    reviewer: item.author,
    remark: remarkOf(item),
    source: item.source ? `${item.source.file}:${item.source.line}:${item.source.column}` : '',
    response: '',
    item,
  }))
  let first: MatrixRow | undefined
  for (const row of rows) {
    if (row.firstOfPlace) first = row
    else if (first) first.placeRows += 1
  }
  return rows
}
