import type { Location } from './problem.js'
import type { Report } from './report-schema.js'
import type { ResolvedBlock, ResolvedReport } from './resolved-model.js'
import type { SourceMap } from './source-map.js'

/** Where the parts of a resolved report were written in its source. */
export interface ResolvedLocations {
  /**
   * The place of a section, annex, block, footnote or agenda row of the resolved report
   * (the very object), or nothing for what the source does not hold, such as a digest's sections.
   */
  of(node: object): Location | undefined
}

/**
 * Finds where each section, annex, block, footnote and agenda row of a resolved report
 * was written, from the source map `parseReport` gives through `onSourceMap`. A part core
 * made up (a digest's sections, the attendance section) has no place.
 */
export function locateResolved(
  report: Report,
  resolved: ResolvedReport,
  sourceMap: SourceMap,
): ResolvedLocations {
  const places = new WeakMap<object, Location>()
  const set = (node: object, path: ReadonlyArray<string | number>) => {
    const location = sourceMap.locate(path)
    if (location?.line !== undefined) places.set(node, { ...location, file: sourceMap.file })
  }
  // A section comes from the source when it has the source's title and blocks at its index;
  // the sections core adds (attendance, background documents, a digest's) do not.
  resolved.sections.forEach((section, index) => {
    const written = report.sections[index]
    if (
      written === undefined ||
      written.title !== section.title ||
      written.blocks.length !== section.blocks.length
    )
      return
    set(section, ['sections', index])
    section.blocks.forEach((block, at) => {
      set(block, ['sections', index, 'blocks', at])
    })
  })
  for (const section of resolved.sections) {
    for (const block of section.blocks) {
      if (block.type === 'attendance') set(block, ['attendance'])
      if (block.type === 'documentList') set(block, ['backgroundDocuments'])
    }
  }
  if (resolved.annexes.length === report.annexes.length) {
    resolved.annexes.forEach((annex, index) => {
      set(annex, ['annexes', index])
      for (const block of annex.blocks) locateAnnexBlock(block, index, set)
    })
  }
  const notes = new Map(report.footnotes.map((note, index) => [note.identifier, index]))
  for (const note of resolved.footnotes) {
    const index = notes.get(note.identifier)
    if (index !== undefined) set(note, ['footnotes', index])
  }
  return { of: (node) => places.get(node) }
}

function locateAnnexBlock(
  block: ResolvedBlock,
  annex: number,
  set: (node: object, path: ReadonlyArray<string | number>) => void,
): void {
  if (block.type === 'agenda') {
    set(block, ['annexes', annex, 'agenda'])
    block.rows.forEach((row, index) => {
      set(row, ['annexes', annex, 'agenda', 'items', index])
    })
  } else if (block.type === 'subheading') {
    set(block, ['annexes', annex, 'questions', 'title'])
  } else if (block.type === 'list') {
    set(block, ['annexes', annex, 'questions', 'items'])
  }
}
