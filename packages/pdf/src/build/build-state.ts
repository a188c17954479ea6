import type { PageGeometry } from '../layout/page-geometry.js'
import type { FlowLine, TagNode } from '../layout/types.js'
import type { TextEngine } from '../text/text-engine.js'

/** Type sizes and spacing, in points. */
export const typeScale = {
  bodySize: 10,
  bodyLeading: 13.6,
  paragraphSpace: 6.8,
  headingSize: 11,
  headingLeading: 14,
  headingSpace: 17,
  titleSize: 14,
  titleLeading: 18,
  noteSize: 8,
  noteLeading: 10,
  noteSpace: 2,
  markerScale: 0.62,
  markerRise: 0.36,
  tablePadding: 3.5,
} as const

/** What the layout handlers share while turning a report into lines. */
export interface BuildState {
  geometry: PageGeometry
  text: TextEngine
  /** Where the text being set is (`paragraph 12`), for warnings; null outside numbered text. */
  location: string | null
  body: FlowLine[]
  notes: Map<number, FlowLine[]>
  /** The structure element that first references each note: its Note goes inside it. */
  noteParents: Map<number, TagNode>
}
