import type { Report } from './report-schema.js'
import type { SourceMap } from './source-map.js'

/** Where a part of a report was written: its file, 1-based line and column. */
export interface SourcePosition {
  file?: string
  line: number
  column: number
}

/** Where the parts of one annex were written; null for what the source does not hold. */
export interface AnnexPositions {
  annex: SourcePosition | null
  agenda: SourcePosition | null
  /** Each agenda item, in order. */
  rows: Array<SourcePosition | null>
  /** The questions' title, which the annex shows as a subheading. */
  questionsTitle: SourcePosition | null
  /** The questions' list. */
  questions: SourcePosition | null
}

/**
 * Where the parts of a report were written, as plain data that can be sent to another
 * thread. Given to `resolveReport` as `sourcePositions`, it puts each place on the
 * resolved part it belongs to (its `source`), so that every tool that says where a
 * resolved part was written (a preview's links to the source, a review's comment
 * matrix) says it the same way.
 */
export interface SourcePositions {
  /** `sections[i][j]` is block `j` of section `i`, or null when its place is unknown. */
  sections: Array<Array<SourcePosition | null>>
  /** Each section's heading. */
  headings?: Array<SourcePosition | null>
  annexes?: AnnexPositions[]
  /** Each footnote's definition, by its label (`gcm` for `[^gcm]`). */
  footnotes?: Record<string, SourcePosition>
  /** The front matter's `attendance`, which the attendance section states. */
  attendance?: SourcePosition | null
  /** The front matter's `backgroundDocuments`, which their section lists. */
  backgroundDocuments?: SourcePosition | null
}

/**
 * Takes from a report's source map (`parseReport`'s `onSourceMap`) the place of each
 * section, block, annex, agenda row, footnote, attendance and background documents.
 */
export function toSourcePositions(report: Report, sourceMap: SourceMap): SourcePositions {
  const at = (path: ReadonlyArray<string | number>): SourcePosition | null => {
    const found = sourceMap.locate(path)
    if (found?.line === undefined) return null
    return { file: found.file ?? sourceMap.file, line: found.line, column: found.column ?? 1 }
  }
  const footnotes: Record<string, SourcePosition> = {}
  report.footnotes.forEach((note, index) => {
    const place = at(['footnotes', index])
    if (place !== null) footnotes[note.identifier] = place
  })
  return {
    sections: report.sections.map((section, sectionIndex) =>
      section.blocks.map((_block, blockIndex) =>
        at(['sections', sectionIndex, 'blocks', blockIndex]),
      ),
    ),
    headings: report.sections.map((_section, index) => at(['sections', index])),
    annexes: report.annexes.map((annex, index) => ({
      annex: at(['annexes', index]),
      agenda: annex.agenda ? at(['annexes', index, 'agenda']) : null,
      rows: (annex.agenda?.items ?? []).map((_item, row) =>
        at(['annexes', index, 'agenda', 'items', row]),
      ),
      questionsTitle: annex.questions ? at(['annexes', index, 'questions', 'title']) : null,
      questions: annex.questions ? at(['annexes', index, 'questions', 'items']) : null,
    })),
    footnotes,
    attendance: report.attendance ? at(['attendance']) : null,
    backgroundDocuments: report.backgroundDocuments ? at(['backgroundDocuments']) : null,
  }
}
