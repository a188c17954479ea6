import type { ResolvedReport } from '@rapporteur/core'
import type { FileChild, Paragraph } from 'docx'
import type { PageGeometry } from './docx-options.js'
import { createNumberingRegistry, type ListPlace, type NumberingRegistry } from './numbering.js'
import { bodyIndent } from './styles.js'
import { textWidth } from './text-width.js'

/** A run of consecutive numbers shown by one Word list. */
export interface ContinuingList {
  place: ListPlace
  /** The number the next item must have to continue the list. */
  next: number
}

/** Everything one rendering builds up, passed through every handler. */
export interface RenderState {
  report: ResolvedReport
  geometry: PageGeometry
  /** The body's paragraphs and tables, in order. */
  children: FileChild[]
  /** The footnotes' paragraphs by note number. */
  footnotes: Record<string, { children: Paragraph[] }>
  /** Notes already referenced once by a Word footnote reference. */
  referencedNotes: Set<number>
  numbering: NumberingRegistry
  /** The list numbering the body's paragraphs, continuing across sections. */
  paragraphNumbers: ContinuingList | null
  /** The list numbering the sections' headings. */
  sectionNumerals: ContinuingList | null
  /** The list of paragraph numbers that the Numbered Paragraph style carries: the body's first. */
  styleNumbering: ListPlace | null
}

/**
 * How far a section's title hangs from its label: the body's indent, or more where the
 * widest label (`VIII.`, `ثاني عشر -`) and a space after it need it.
 */
function sectionHanging(report: ResolvedReport): number {
  // The headings' size (12 pt) and weight, and a space of 6 pt after the label.
  const widest = Math.max(
    0,
    ...report.sections.map((section) => textWidth(section.label, 12, true)),
  )
  return Math.max(bodyIndent, widest + 120)
}

/** A fresh state for rendering a report. */
export function createRenderState(report: ResolvedReport, geometry: PageGeometry): RenderState {
  return {
    report,
    geometry,
    children: [],
    footnotes: {},
    referencedNotes: new Set(),
    numbering: createNumberingRegistry({
      ...report.language,
      sectionHanging: sectionHanging(report),
    }),
    paragraphNumbers: null,
    sectionNumerals: null,
    styleNumbering: null,
  }
}
