import { alignSequences, largestAlignment } from './align-sequences.js'
import { type BlockFeatures, blockFeatures, featureAgreement } from './block-features.js'
import type { ReportPath } from './block-runs.js'
import type { Block } from './content-schema.js'
import type { Report } from './report-schema.js'

/** A block of a report's body, with where it is and what a translation keeps of it. */
export interface ReportBlock {
  block: Block
  /** Its path in the report: `['sections', 2, 'blocks', 4]`. */
  path: ReportPath
  /** The index of its section. */
  section: number
  /** Its number, for a numbered paragraph. */
  number?: number
  /**
   * The numbered paragraph it belongs to, as the digest counts: its own number, else
   * that of the numbered paragraph before it (a list's lead-in); 0 before the first.
   */
  paragraph: number
  /** What a translation keeps of it. */
  features: BlockFeatures
  /** Its share of the words of the report's body, from 0 to 1. */
  share: number
}

/** The blocks of a report's body in reading order, over all its sections. */
export function reportBlocks(report: Report): ReportBlock[] {
  const blocks: ReportBlock[] = []
  let paragraph = 0
  report.sections.forEach((section, sectionIndex) => {
    section.blocks.forEach((block, blockIndex) => {
      const numbered = block.type === 'paragraph' && block.numbered
      if (numbered) paragraph++
      blocks.push({
        block,
        path: ['sections', sectionIndex, 'blocks', blockIndex],
        section: sectionIndex,
        ...(numbered ? { number: paragraph } : {}),
        paragraph,
        features: blockFeatures(block),
        share: 0,
      })
    })
  })
  const total = blocks.reduce((sum, block) => sum + block.features.length, 0)
  if (total > 0) for (const block of blocks) block.share = block.features.length / total
  return blocks
}

/**
 * How alike a block of the original and a block of a translation are, as counterparts:
 * 0 when they cannot be (blocks of two kinds, or blocks that both cite, name or count
 * something and share none of it, but for lists of recommendations, whose speaker and
 * number of items a translation can get wrong), else above 1, more for the features
 * they share (most), for being in the same section, and for the same share of words.
 */
export function blockSimilarity(original: ReportBlock, translation: ReportBlock): number {
  const ours = original.features
  const theirs = translation.features
  if (ours.kind !== theirs.kind) return 0
  const agreement = featureAgreement(ours.features, theirs.features)
  if (
    agreement === 0 &&
    ours.features.length > 0 &&
    theirs.features.length > 0 &&
    ours.kind !== 'recommendations'
  )
    return 0
  const larger = Math.max(original.share, translation.share)
  const lengths = larger === 0 ? 1 : Math.min(original.share, translation.share) / larger
  return 1 + 4 * agreement + (original.section === translation.section ? 1 : 0) + lengths
}

/** Whether two blocks are surely counterparts: of one kind and section, with the same features. */
function sameBlocks(original: ReportBlock, translation: ReportBlock): boolean {
  return (
    original.features.kind === translation.features.kind &&
    original.section === translation.section &&
    featureAgreement(original.features.features, translation.features.features) === 1
  )
}

/** How much the features of a paragraph out of its place must agree with its original's. */
const movedAgreement = 0.75

/** The blocks of a report and of its translation, each with its counterpart. */
export interface ParagraphAlignment {
  /** The original's blocks, in reading order. */
  original: ReportBlock[]
  /** The translation's blocks, in reading order. */
  translation: ReportBlock[]
  /** For each of the original's blocks, the index of its counterpart in `translation`. */
  counterparts: Array<number | undefined>
  /** For each of the translation's blocks, the index of its counterpart in `original`. */
  originals: Array<number | undefined>
  /**
   * The translation's numbered paragraphs whose counterpart is out of order: a
   * paragraph the translation moved, or one of two it swapped.
   */
  moved: ReadonlySet<number>
}

/**
 * Finds the counterpart of each block of a report in its translation, by what a
 * translation keeps the same rather than by position, so that a paragraph left out
 * or added shifts nothing after it: the blocks of both are aligned in order, for the
 * greatest similarity (see `blockSimilarity`), over the whole body. Then each numbered
 * paragraph left without a counterpart is paired with one of the other side that
 * cites, names and counts mostly the same things, as a paragraph out of its place.
 *
 * @param original The report as first written.
 * @param translation The same report in another language.
 */
export function alignParagraphs(original: Report, translation: Report): ParagraphAlignment {
  const ours = reportBlocks(original)
  const theirs = reportBlocks(translation)
  const counterparts: Array<number | undefined> = ours.map(() => undefined)
  const originals: Array<number | undefined> = theirs.map(() => undefined)
  const steps = alignSequences(
    ours.length,
    theirs.length,
    (left, right) => blockSimilarity(ours[left]!, theirs[right]!),
    { same: (left, right) => sameBlocks(ours[left]!, theirs[right]!) },
  )
  for (const step of steps) {
    if (step.left === undefined || step.right === undefined) continue
    counterparts[step.left] = step.right
    originals[step.right] = step.left
  }
  // Then the numbered paragraphs left alone on both sides that agree mostly are paired.
  const moved = new Set<number>()
  const alone = (blocks: ReportBlock[], pairs: Array<number | undefined>) =>
    blocks.flatMap((block, index) =>
      block.number !== undefined && pairs[index] === undefined && block.features.features.length > 0
        ? [index]
        : [],
    )
  const unpaired = alone(theirs, originals)
  const lonely = alone(ours, counterparts)
  // Versions too unlike for that to be worth it are left as they are.
  if (lonely.length * unpaired.length > largestAlignment) lonely.length = 0
  for (const left of lonely) {
    let found: { right: number; agreement: number } | undefined
    for (const right of unpaired) {
      if (originals[right] !== undefined) continue
      const agreement = featureAgreement(
        ours[left]!.features.features,
        theirs[right]!.features.features,
      )
      if (agreement >= movedAgreement && agreement > (found?.agreement ?? 0))
        found = { right, agreement }
    }
    if (found === undefined) continue
    counterparts[left] = found.right
    originals[found.right] = left
    moved.add(found.right)
  }
  return { original: ours, translation: theirs, counterparts, originals, moved }
}
