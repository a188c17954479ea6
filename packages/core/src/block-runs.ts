import type { Block, Inline } from './content-schema.js'

/** Where a value is in a report: `['sections', 2, 'blocks', 4, 'content']`. */
export type ReportPath = Array<string | number>

/** A run of inline content of a block, with its path in the report. */
export interface BlockRun {
  /** The inline content: a paragraph's text, a list item, a table cell, … */
  inlines: readonly Inline[]
  /** Where the run is in the report. */
  path: ReportPath
}

/**
 * The runs of inline content of a block in reading order, each with its path: a
 * paragraph's text, each item of a list, the lead-in and text of each checklist item,
 * each cell of a table (header first). A subheading has none.
 *
 * @param block The block.
 * @param path The block's path in its report, such as `['sections', 0, 'blocks', 3]`.
 */
export function runsOf(block: Block, path: ReportPath): BlockRun[] {
  switch (block.type) {
    case 'paragraph':
      return [{ inlines: block.content, path: [...path, 'content'] }]
    case 'list':
    case 'recommendations':
      return block.items.map((item, index) => ({ inlines: item, path: [...path, 'items', index] }))
    case 'checklist':
      return block.items.flatMap((item, index) => [
        { inlines: item.leadIn, path: [...path, 'items', index, 'leadIn'] },
        { inlines: item.content, path: [...path, 'items', index, 'content'] },
      ])
    case 'table':
      return [block.header, ...block.rows].flatMap((row, rowIndex) =>
        row.map((cell, index) => ({
          inlines: cell,
          path:
            rowIndex === 0 ? [...path, 'header', index] : [...path, 'rows', rowIndex - 1, index],
        })),
      )
    case 'subheading':
      return []
  }
}
