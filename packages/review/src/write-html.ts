import type { Review } from './collect-review.js'
import { matrixHeadings, reviewMatrix } from './review-matrix.js'

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const stylesheet = `body{font-family:"Liberation Serif","Times New Roman",serif;margin:2rem;color:#111}
h1{font-size:1.25rem;margin:0 0 .25rem}p.meta{margin:0 0 1rem;color:#444}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{border:1px solid #888;padding:.35rem .5rem;vertical-align:top;text-align:left}
th{background:#e8e8e8}td.remark{white-space:pre-line}td.place{white-space:nowrap;font-weight:bold}
td.response{width:25%}.source{display:block;color:#555;font-size:.8rem;font-family:"Liberation Mono",monospace}
tr.late td.remark{background:#fff4e0}`

/** The comment matrix as a standalone HTML page: place cells merged, a blank response column. */
export function writeReviewHtml(review: Review): string {
  const rows = reviewMatrix(review).map((row) => {
    const place = row.firstOfPlace
      ? `<td class="place"${row.placeRows > 1 ? ` rowspan="${row.placeRows}"` : ''}>${escapeHtml(row.place)}</td>`
      : ''
    const source = row.source ? `<span class="source">${escapeHtml(row.source)}</span>` : ''
    return `<tr${row.item.late ? ' class="late"' : ''}>${place}<td>${escapeHtml(row.reviewer)}</td><td class="remark">${escapeHtml(row.remark)}${source}</td><td class="response"></td></tr>`
  })
  const deadline = review.deadline ? ` Comments were due by ${review.deadline}.` : ''
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Comments on ${escapeHtml(review.title)}</title>
<style>${stylesheet}</style>
</head>
<body>
<h1>Comments on ${escapeHtml(review.title)}</h1>
<p class="meta">${review.items.length} comments and proposed changes from ${review.reviewers.length} reviewers.${deadline}</p>
<table>
<thead><tr><th scope="col">${matrixHeadings.place}</th><th scope="col">${matrixHeadings.reviewer}</th><th scope="col">${matrixHeadings.remark}</th><th scope="col">${matrixHeadings.response}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
</body>
</html>
`
}
