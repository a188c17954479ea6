import type { Inline } from './content-schema.js'
import type { ParticipantIdentity } from './front-matter-schema.js'
import type { Problem } from './problem.js'
import type { Report } from './report-schema.js'
import type { SourceMap } from './source-map.js'

type Path = Array<string | number>

/** The parts of an identity that would name a participant. */
const identityParts = ['name', 'affiliation', 'country'] as const

/** A participant's label in a run of text, with where its label starts and ends in the run. */
interface PlacedLabel {
  node: Extract<Inline, { type: 'participant' }>
  path: Path
  start: number
  end: number
}

/**
 * Warnings for anonymous interventions whose words give away whom they hide: a
 * label, or the sentence around it, that contains the name, affiliation or country
 * of the identity behind it. Every variant that applies the rule would publish them.
 */
export function findIdentityLeaks(report: Report, sourceMap?: SourceMap): Problem[] {
  const identities = new Map(report.participants.map((identity) => [identity.id, identity]))
  if (identities.size === 0) return []
  const hides =
    report.rule === 'chatham-house'
      ? 'whom the Chatham House Rule hides'
      : 'whom the report keeps anonymous'
  const problems: Problem[] = []
  const checkRun = (inlines: readonly Inline[], path: Path) => {
    const { text, labels } = runText(inlines, path)
    for (const label of labels) {
      const identity = label.node.identity ? identities.get(label.node.identity) : undefined
      if (!identity) continue
      const inLabel = namedPart(label.node.label, identity)
      const sentence = sentenceAround(text, label.start, label.end)
      const part = inLabel ?? namedPart(sentence, identity)
      if (!part) continue
      const subject = inLabel
        ? `the label "${label.node.label}"`
        : `the sentence around the label "${label.node.label}"`
      problems.push({
        ...(sourceMap?.locate(label.path) ?? {}),
        file: sourceMap?.file,
        path: label.path,
        severity: 'warning',
        message: `${subject} names the ${part} of participant ${identity.id}, ${hides}`,
      })
    }
  }

  report.sections.forEach((section, sectionIndex) => {
    section.blocks.forEach((block, blockIndex) => {
      const path: Path = ['sections', sectionIndex, 'blocks', blockIndex]
      switch (block.type) {
        case 'paragraph':
          checkRun(block.content, [...path, 'content'])
          break
        case 'list':
        case 'recommendations':
          for (const [index, item] of block.items.entries())
            checkRun(item, [...path, 'items', index])
          break
        case 'checklist':
          block.items.forEach((item, index) => {
            checkRun(item.leadIn, [...path, 'items', index, 'leadIn'])
            checkRun(item.content, [...path, 'items', index, 'content'])
          })
          break
        case 'table':
          for (const [index, cell] of block.header.entries())
            checkRun(cell, [...path, 'header', index])
          for (const [rowIndex, row] of block.rows.entries())
            for (const [index, cell] of row.entries())
              checkRun(cell, [...path, 'rows', rowIndex, index])
          break
      }
    })
  })
  for (const [index, note] of report.footnotes.entries())
    checkRun(note.content, ['footnotes', index, 'content'])
  return problems
}

/** The text of a run of inlines as it reads, with where each participant's label is. */
function runText(inlines: readonly Inline[], path: Path): { text: string; labels: PlacedLabel[] } {
  let text = ''
  const labels: PlacedLabel[] = []
  const add = (nodes: readonly Inline[], at: Path) => {
    nodes.forEach((node, index) => {
      const here = [...at, index]
      switch (node.type) {
        case 'text':
          text += node.value
          break
        case 'break':
          text += ' '
          break
        case 'emphasis':
        case 'strong':
        case 'link':
        case 'recommendation':
          add(node.children, [...here, 'children'])
          break
        case 'participant':
          labels.push({
            node,
            path: here,
            start: text.length,
            end: text.length + node.label.length,
          })
          text += node.label
          break
        case 'mention':
          // A named speaker's words are no one's identity; they only keep words apart.
          text += ' '
          break
        case 'footnoteReference':
          break
      }
    })
  }
  add(inlines, path)
  return { text, labels }
}

/** The sentence of `text` that holds the span from `start` to `end`. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start)
  const boundary = /[.!?]["'’”)]*\s+/g
  let sentenceStart = 0
  for (const match of before.matchAll(boundary)) sentenceStart = match.index + match[0].length
  boundary.lastIndex = end
  const after = boundary.exec(text)
  return text.slice(sentenceStart, after ? after.index + 1 : text.length)
}

/** Which part of the identity `text` names, if any: its name, affiliation or country. */
function namedPart(
  text: string,
  identity: ParticipantIdentity,
): (typeof identityParts)[number] | undefined {
  return identityParts.find((part) => {
    const value = identity[part]
    return value !== undefined && containsWords(text, value.replace(/^the\s+/i, ''))
  })
}

/** Whether `text` contains `words` as whole words, whatever their case and spacing. */
function containsWords(text: string, words: string): boolean {
  const trimmed = words.trim()
  if (trimmed === '') return false
  const pattern = trimmed
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+')
  return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'iu').test(text)
}
