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
  /**
   * A right-to-left document: every box is mirrored about the page's centre, so
   * labels hang at the right and tables read from the right. Layout is written for
   * left to right; `placeBox` turns a box into where it goes.
   */
  mirrored: boolean
}

/** Where a box of `width` that starts at `left` (left to right) goes on the page. */
export function placeBox(state: BuildState, left: number, width: number): number {
  return state.mirrored ? state.geometry.width - left - width : left
}
