import type { Report } from './report-schema.js'
import type { SourceMap } from './source-map.js'

/** Where a block was written: its file, 1-based line and column. */
export interface SourcePosition {
  file?: string
  line: number
  column: number
}

/**
 * Where each block of a report's sections was written, as plain data that can be
 * sent to another thread: `sections[i][j]` is block `j` of section `i`, or null
 * when its place is unknown. Given to `resolveReport` as `sourcePositions`.
 */
export interface SourcePositions {
  sections: Array<Array<SourcePosition | null>>
}

/** Takes from a report's source map the place of each block of its sections. */
export function toSourcePositions(report: Report, sourceMap: SourceMap): SourcePositions {
  return {
    sections: report.sections.map((section, sectionIndex) =>
      section.blocks.map((_block, blockIndex) => {
        const found = sourceMap.locate(['sections', sectionIndex, 'blocks', blockIndex])
        if (found?.line === undefined) return null
        return { file: found.file ?? sourceMap.file, line: found.line, column: found.column ?? 1 }
      }),
    ),
  }
}
