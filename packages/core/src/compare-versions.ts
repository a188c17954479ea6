import { alignParagraphs, type ParagraphAlignment, type ReportBlock } from './align-paragraphs.js'
import { type ReportPath, runsOf } from './block-runs.js'
import { anonymousSpeaker, type Inline } from './content-schema.js'
import { speakerOf } from './gather-recommendations.js'
import type { Problem } from './problem.js'
import type { Report } from './report-schema.js'
import type { SourceMap } from './source-map.js'

/** A marked recommendation or call, with who made it. */
interface Mark {
  path: ReportPath
  speaker: string
}

function marksIn(inlines: readonly Inline[], path: ReportPath, found: Mark[]): void {
  inlines.forEach((inline, index) => {
    const here = [...path, index]
    if (inline.type === 'recommendation')
      found.push({ path: here, speaker: speakerOf(inline) ?? anonymousSpeaker })
    else if ('children' in inline) marksIn(inline.children, [...here, 'children'], found)
  })
}

/** The marked recommendations and calls of a block, outermost first, in reading order. */
function marksOf(block: ReportBlock): Mark[] {
  const found: Mark[] = []
  for (const run of runsOf(block.block, block.path)) marksIn(run.inlines, run.path, found)
  return found
}

function mentionsIn(
  inlines: readonly Inline[],
  path: ReportPath,
  found: Map<string, ReportPath>,
): void {
  inlines.forEach((inline, index) => {
    if (inline.type === 'mention' && !found.has(inline.person))
      found.set(inline.person, [...path, index])
    if ('children' in inline) mentionsIn(inline.children, [...path, index, 'children'], found)
  })
}

/**
 * The people a version mentions, each with the path of the first mention, leaving out
 * the numbered paragraphs without a counterpart: those are a problem of their own.
 */
function mentionsOf(
  report: Report,
  blocks: readonly ReportBlock[],
  counterparts: ReadonlyArray<number | undefined>,
): Map<string, ReportPath> {
  const found = new Map<string, ReportPath>()
  blocks.forEach((block, index) => {
    if (block.number !== undefined && counterparts[index] === undefined) return
    for (const run of runsOf(block.block, block.path)) mentionsIn(run.inlines, run.path, found)
  })
  report.footnotes.forEach((note, index) => {
    mentionsIn(note.content, ['footnotes', index, 'content'], found)
  })
  return found
}

/**
 * Where the original's block `index`, which has no counterpart, is missing from the
 * translation: at the block that follows the gap in its section; at the heading of its
 * section when the gap ends the section; at `end` when the translation lacks the section.
 */
function placeOfGap(
  alignment: ParagraphAlignment,
  index: number,
  sections: number,
  end: ReportPath,
): ReportPath {
  const { original, translation, counterparts, moved } = alignment
  const section = original[index]!.section
  const inOrder = (other: number) => {
    const counterpart = counterparts[other]
    return counterpart === undefined || moved.has(counterpart) ? undefined : counterpart
  }
  for (let next = index + 1; original[next]?.section === section; next++) {
    const counterpart = inOrder(next)
    if (counterpart !== undefined) return translation[counterpart]!.path
  }
  for (let previous = index - 1; original[previous]?.section === section; previous--) {
    const counterpart = inOrder(previous)
    if (counterpart !== undefined) return ['sections', translation[counterpart]!.section]
  }
  return section < sections ? ['sections', section] : end
}

/**
 * The ways a translation's structure differs from the report it translates: the
 * same sections, numbered paragraphs, footnotes, people, mentions and recommendations
 * are expected in both, so that "para. 12" means the same in every language. Each
 * problem is placed in the translation (with `translationMap`, its file:line:column).
 *
 * Paragraphs are matched by what a translation keeps the same (see `alignParagraphs`),
 * not by position: a paragraph left out is one problem, placed where it is missing
 * (at the block after the gap, or at its section's heading when the gap ends the
 * section), and the paragraphs after it are compared with their own counterparts.
 *
 * @param original The report as first written, such as `report.md`.
 * @param translation The same report in another language, such as `report.fr.md`.
 * @param originalName How the problems name the original, such as `report.md`.
 */
export function compareVersions(
  original: Report,
  translation: Report,
  originalName: string,
  translationMap?: SourceMap,
): Problem[] {
  const problems: Problem[] = []
  const add = (path: ReportPath, message: string) =>
    problems.push({
      ...(translationMap?.locate(path) ?? {}),
      file: translationMap?.file,
      path,
      message,
    })
  const alignment = alignParagraphs(original, translation)
  const { counterparts, originals, moved } = alignment
  const end: ReportPath = ['sections', translation.sections.length - 1]
  const gap = (index: number) => placeOfGap(alignment, index, translation.sections.length, end)

  if (translation.sections.length !== original.sections.length) {
    translation.sections.slice(original.sections.length).forEach((_, index) => {
      add(
        ['sections', original.sections.length + index],
        `section ${original.sections.length + index + 1} has no counterpart in ${originalName}`,
      )
    })
    for (let index = translation.sections.length; index < original.sections.length; index++)
      add(end, `section ${index + 1} of ${originalName} has no counterpart here`)
  }
  alignment.translation.forEach((block, index) => {
    if (block.number === undefined) return
    const counterpart = originals[index]
    if (counterpart === undefined)
      add(block.path, `paragraph ${block.number} has no counterpart in ${originalName}`)
    else if (moved.has(index))
      add(
        block.path,
        `paragraph ${block.number} is out of place: it translates paragraph ${alignment.original[counterpart]!.number} of ${originalName}`,
      )
  })
  alignment.original.forEach((block, index) => {
    if (block.number !== undefined && counterparts[index] === undefined)
      add(gap(index), `paragraph ${block.number} of ${originalName} has no counterpart here`)
  })
  const ourNotes = new Set(original.footnotes.map((note) => note.identifier))
  const theirNotes = new Set(translation.footnotes.map((note) => note.identifier))
  translation.footnotes.forEach((note, index) => {
    if (!ourNotes.has(note.identifier))
      add(
        ['footnotes', index],
        `footnote [^${note.identifier}] has no counterpart in ${originalName}`,
      )
  })
  for (const identifier of ourNotes)
    if (!theirNotes.has(identifier))
      add(['footnotes'], `footnote [^${identifier}] of ${originalName} has no counterpart here`)
  const ourMentions = mentionsOf(original, alignment.original, counterparts)
  const theirMentions = mentionsOf(translation, alignment.translation, originals)
  const people = new Set(original.people.map((person) => person.id))
  translation.people.forEach((person, index) => {
    // A person the translation mentions is reported at the mention.
    if (!people.has(person.id) && !theirMentions.has(person.id))
      add(
        ['people', index, 'id'],
        `person "${person.id}" is not among the people of ${originalName}`,
      )
  })
  for (const [person, path] of theirMentions)
    if (!ourMentions.has(person))
      add(path, `a mention of "${person}", whom ${originalName} does not mention`)
  for (const person of ourMentions.keys())
    if (!theirMentions.has(person))
      add(end, `"${person}", mentioned in ${originalName}, is not mentioned here`)
  alignment.translation.forEach(({ block, path }, index) => {
    if (block.type !== 'recommendations') return
    const counterpart = originals[index]
    const theirs = counterpart === undefined ? undefined : alignment.original[counterpart]!.block
    if (theirs?.type !== 'recommendations')
      add(path, `recommendations of "${block.speaker}" have no counterpart in ${originalName}`)
    else if (theirs.speaker !== block.speaker || theirs.items.length !== block.items.length)
      add(
        path,
        `recommendations of "${block.speaker}" (${block.items.length}) differ from those of ${originalName} ("${theirs.speaker}", ${theirs.items.length})`,
      )
  })
  alignment.original.forEach(({ block }, index) => {
    if (block.type === 'recommendations' && counterparts[index] === undefined)
      add(
        gap(index),
        `recommendations of "${block.speaker}" in ${originalName} have no counterpart here`,
      )
  })
  const marked = (speaker: string, paragraph: number) =>
    `the recommendation of "${speaker}" in paragraph ${paragraph}`
  // The number each of the original's paragraphs has in the translation.
  const numbers = new Map<number, number>([[0, 0]])
  alignment.original.forEach((block, index) => {
    const counterpart = counterparts[index]
    const number =
      counterpart === undefined ? undefined : alignment.translation[counterpart]!.number
    if (block.number !== undefined && number !== undefined) numbers.set(block.number, number)
  })
  // Marks in a paragraph without a counterpart go with the paragraph's problem.
  alignment.translation.forEach((block, index) => {
    const counterpart = originals[index]
    if (counterpart === undefined && block.number !== undefined) return
    const source = counterpart === undefined ? undefined : alignment.original[counterpart]!
    const ours = source === undefined ? [] : marksOf(source)
    marksOf(block).forEach((mark, markIndex) => {
      const other = ours[markIndex]
      const expected = source === undefined ? undefined : numbers.get(source.paragraph)
      if (other === undefined || source === undefined)
        add(
          mark.path,
          `${marked(mark.speaker, block.paragraph)} has no counterpart in ${originalName}`,
        )
      else if (
        other.speaker !== mark.speaker ||
        (expected !== undefined && expected !== block.paragraph)
      )
        add(
          mark.path,
          `${marked(mark.speaker, block.paragraph)} differs from ${originalName}: ${marked(other.speaker, source.paragraph)}`,
        )
    })
  })
  alignment.original.forEach((block, index) => {
    const counterpart = counterparts[index]
    if (counterpart === undefined && block.number !== undefined) return
    const theirs = counterpart === undefined ? [] : marksOf(alignment.translation[counterpart]!)
    const place = counterpart === undefined ? gap(index) : alignment.translation[counterpart]!.path
    for (const mark of marksOf(block).slice(theirs.length))
      add(
        place,
        `${marked(mark.speaker, block.paragraph)} of ${originalName} has no counterpart here`,
      )
  })
  return problems
}
