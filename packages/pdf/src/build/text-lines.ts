import type { Anchor, FlowLine, FontFace, Piece, Run, TagNode } from '../layout/types.js'
import { type BuildState, placeBox } from './build-state.js'
import { addText } from './inline-pieces.js'

/** A label set on a paragraph's first line, hanging to the left of its text. */
export interface Label {
  text: string
  face: FontFace
  x: number
  tag: TagNode
}

/** How to set a block of text as lines. */
export interface TextBlock {
  pieces: Piece[]
  left: number
  width: number
  size: number
  leading: number
  align: 'justify' | 'left' | 'center' | 'right'
  spaceBefore: number
  /** Keep the last line with what follows (headings). */
  keepWithNext: boolean
  label?: Label
  anchor?: Anchor
  /** Left edge and width of the first line, when it differs. */
  firstLeft?: number
  firstWidth?: number
}

/** The notes a line refers to, from its marker runs. */
export function noteNumbersOf(runs: readonly Run[]): number[] {
  const numbers: number[] = []
  for (const run of runs) {
    if (run.link?.kind === 'note' && !numbers.includes(run.link.number))
      numbers.push(run.link.number)
  }
  return numbers
}

/** The least space between a label and its text, in ems. */
const labelSpace = 0.3

/** A label set as one line, at its logical left edge, with its width. */
function setLabel(
  state: BuildState,
  label: Label,
  size: number,
  baseline: number,
): { x: number; width: number; runs: Run[] } {
  const pieces: Piece[] = []
  addText(label.text, { face: label.face, size, link: null, tag: label.tag }, state, pieces)
  const line = state.text.setLine(pieces, 0, baseline, 'document')
  return { x: label.x, width: line.width, runs: line.runs }
}

/** Whether a line ends with the hyphen of a word the line breaker divided (a soft hyphen in the text layer). */
function endsHyphenated(runs: readonly Run[]): boolean {
  return runs.some((run) => run.text.endsWith('\u00ad'))
}

/** Baseline of text of `size` in a line of `leading`. */
export function baselineFor(size: number, leading: number): number {
  return (leading - size * 1.17) / 2 + size * 0.93
}

/**
 * Sets text as flow lines with widow and orphan control: a page may break after a
 * line only when at least two lines stay above and two go below, and never after a
 * hyphenated line.
 */
export function textLines(state: BuildState, block: TextBlock): FlowLine[] {
  const baseline = baselineFor(block.size, block.leading)
  const label = block.label ? setLabel(state, block.label, block.size, baseline) : null
  let firstLeft = block.firstLeft ?? block.left
  let firstWidth = block.firstWidth ?? block.width
  // A label wider than its hang (`ثاني عشر -`) pushes the first line in, a space after it.
  if (label !== null) {
    const labelEnd = label.x + label.width + block.size * labelSpace
    if (labelEnd > firstLeft) {
      firstWidth -= labelEnd - firstLeft
      firstLeft = labelEnd
    }
  }
  const broken = state.text.setParagraph(block.pieces, {
    lefts: [placeBox(state, firstLeft, firstWidth), placeBox(state, block.left, block.width)],
    widths: [firstWidth, block.width],
    align: block.align,
    baseline,
  })
  if (broken.length === 0) broken.push({ runs: [], width: 0 })
  if (label !== null) {
    // A label hangs from its edge of the page: its left in a left-to-right document, its right mirrored.
    const x = placeBox(state, label.x, label.width)
    broken[0]!.runs.unshift(...label.runs.map((run) => ({ ...run, x: run.x + x })))
  }
  const count = broken.length
  return broken.map((line, index) => ({
    height: block.leading,
    spaceBefore: index === 0 ? block.spaceBefore : 0,
    // A page may not end with a hyphenated word, whose halves would lie on two pages.
    keepWithNext:
      index === count - 1
        ? block.keepWithNext
        : !(index >= 1 && index <= count - 3) || endsHyphenated(line.runs),
    runs: line.runs,
    rules: [],
    noteNumbers: noteNumbersOf(line.runs),
    anchor: index === 0 ? (block.anchor ?? null) : null,
    repeatHeader: null,
    numbered: line.runs.length > 0,
  }))
}
