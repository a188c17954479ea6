import {
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import type { Review } from './collect-review.js'
import { matrixHeadings, reviewMatrix } from './review-matrix.js'

const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' }
const borders = { top: border, bottom: border, left: border, right: border }
const widths = [12, 16, 47, 25]

function lines(
  text: string,
  options: { bold?: boolean; size?: number; color?: string } = {},
): Paragraph[] {
  return text.split('\n').map(
    (line) =>
      new Paragraph({
        spacing: { after: 40 },
        children: [new TextRun({ text: line, ...options })],
      }),
  )
}

function cell(children: Paragraph[], column: number, merge?: 'restart' | 'continue'): TableCell {
  return new TableCell({
    children,
    borders,
    width: { size: widths[column]!, type: WidthType.PERCENTAGE },
    ...(merge
      ? {
          verticalMerge:
            merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE,
        }
      : {}),
  })
}

// The docx library dates a package when it is written; the matrix is dated by its content.
function fixedPackage(bytes: Uint8Array): Uint8Array {
  const entries = unzipSync(bytes)
  const core = entries['docProps/core.xml']
  if (core)
    entries['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(
        /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
        '$12000-01-01T00:00:00Z$3',
      ),
    )
  const names = Object.keys(entries).sort((left, right) =>
    left === '[Content_Types].xml'
      ? -1
      : right === '[Content_Types].xml'
        ? 1
        : left < right
          ? -1
          : 1,
  )
  const mtime = new Date(Date.UTC(2000, 0, 1, 12))
  return zipSync(Object.fromEntries(names.map((name) => [name, [entries[name]!, { mtime }]])), {
    level: 6,
  })
}

/**
 * The comment matrix as a Word document in landscape: a title, then a table of place,
 * reviewer, comment or proposed change (with its source line) and a blank response
 * column; rows on one place share a merged place cell, and the header row repeats.
 */
export async function writeReviewDocx(review: Review): Promise<Uint8Array> {
  const header = new TableRow({
    tableHeader: true,
    children: [
      matrixHeadings.place,
      matrixHeadings.reviewer,
      matrixHeadings.remark,
      matrixHeadings.response,
    ].map((heading, column) => cell(lines(heading, { bold: true }), column)),
  })
  const rows = reviewMatrix(review).map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(
            row.firstOfPlace ? lines(row.place, { bold: true }) : [new Paragraph('')],
            0,
            row.placeRows > 1 || !row.firstOfPlace
              ? row.firstOfPlace
                ? 'restart'
                : 'continue'
              : undefined,
          ),
          cell(lines(row.reviewer), 1),
          cell(
            [
              ...lines(row.remark, row.item.late ? { color: '9C5700' } : {}),
              ...(row.source ? lines(row.source, { size: 16, color: '555555' }) : []),
            ],
            2,
          ),
          cell([new Paragraph('')], 3),
        ],
      }),
  )
  const document = new Document({
    title: `Comments on ${review.title}`,
    creator: 'Rapporteur',
    styles: { default: { document: { run: { font: 'Liberation Serif', size: 20 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 },
            margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 },
          },
        },
        children: [
          new Paragraph({
            spacing: { after: 120 },
            children: [new TextRun({ text: `Comments on ${review.title}`, bold: true, size: 26 })],
          }),
          ...lines(
            `${review.items.length} comments and proposed changes from ${review.reviewers.length} reviewers.${review.deadline ? ` Comments were due by ${review.deadline}.` : ''}`,
          ),
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            layout: TableLayoutType.FIXED,
            rows: [header, ...rows],
          }),
        ],
      },
    ],
  })
  return fixedPackage(new Uint8Array(await Packer.toBuffer(document)))
}
