import {
  anonymousSpeaker,
  type Block,
  type Inline,
  type RecommendationNode,
} from './content-schema.js'
import type { Report } from './report-schema.js'

/** A recommendation or call of the report, as the digest gathers it. */
export interface GatheredRecommendation {
  /** The id of the person who made it, or `participant` for an anonymous participant. */
  speaker: string
  kind: RecommendationNode['kind']
  content: Inline[]
  /**
   * The numbered paragraph it belongs to: the one it is in, or for a list item and an
   * unnumbered paragraph the numbered paragraph before it (a list's lead-in); null
   * before the first numbered paragraph.
   */
  paragraph: number | null
}

/**
 * Who made a marked recommendation: its `by`, else the first mention (a person's id)
 * or intervention (`participant`) inside it; undefined when neither says.
 */
export function speakerOf(node: Pick<RecommendationNode, 'by' | 'children'>): string | undefined {
  if (node.by !== undefined) return node.by
  const find = (inlines: readonly Inline[]): string | undefined => {
    for (const inline of inlines) {
      if (inline.type === 'mention') return inline.person
      if (inline.type === 'participant') return anonymousSpeaker
      if ('children' in inline) {
        const found = find(inline.children)
        if (found !== undefined) return found
      }
    }
    return undefined
  }
  return find(node.children)
}

/** The marked recommendations of a run of inlines, outermost first, in reading order. */
function markedIn(inlines: readonly Inline[]): RecommendationNode[] {
  return inlines.flatMap((inline) =>
    inline.type === 'recommendation'
      ? [inline]
      : 'children' in inline
        ? markedIn(inline.children)
        : [],
  )
}

function runsOf(block: Block): Inline[][] {
  switch (block.type) {
    case 'paragraph':
      return [block.content]
    case 'list':
      return block.items
    case 'checklist':
      return block.items.flatMap((item) => [item.leadIn, item.content])
    case 'table':
      return [...block.header, ...block.rows.flat()]
    case 'recommendations':
    case 'subheading':
      return []
  }
}

/**
 * Every recommendation and call of a report in reading order: each item of a
 * `:::recommendations` list and each sentence, item or paragraph marked with
 * `:recommendation[…]` or `:call[…]`, with who made it and its paragraph's number,
 * counted as resolution numbers paragraphs.
 */
export function gatherRecommendations(report: Report): GatheredRecommendation[] {
  const gathered: GatheredRecommendation[] = []
  let paragraph = 0
  for (const section of report.sections) {
    for (const block of section.blocks) {
      if (block.type === 'paragraph' && block.numbered) paragraph++
      const number = paragraph === 0 ? null : paragraph
      if (block.type === 'recommendations') {
        for (const item of block.items)
          gathered.push({
            speaker: block.speaker,
            kind: 'recommendation',
            content: item,
            paragraph: number,
          })
        continue
      }
      for (const run of runsOf(block)) {
        for (const marked of markedIn(run)) {
          gathered.push({
            speaker: speakerOf(marked) ?? anonymousSpeaker,
            kind: marked.kind,
            content: marked.children,
            paragraph: number,
          })
        }
      }
    }
  }
  return gathered
}
