import { anonymousSpeaker, type Block, type Inline } from './content-schema.js'
import { speakerOf } from './gather-recommendations.js'
import type { Problem } from './problem.js'
import type { Report } from './report-schema.js'
import type { SourceMap } from './source-map.js'

type Path = Array<string | number>

interface Structure {
  /** The path of each numbered paragraph, in order: paragraph N is at index N - 1. */
  paragraphs: Path[]
  /** The path of each footnote definition by identifier. */
  footnotes: Map<string, Path>
  /** The people mentioned, with the path of the first mention. */
  mentions: Map<string, Path>
  /** The recommendations blocks, with their speaker and count of items. */
  recommendations: Array<{ path: Path; speaker: string; items: number }>
  /** The marked recommendations and calls, with who made them and their paragraph's number. */
  marked: Array<{ path: Path; speaker: string; paragraph: number }>
}

function markedIn(
  inlines: readonly Inline[],
  path: Path,
  paragraph: number,
  found: Structure['marked'],
): void {
  inlines.forEach((inline, index) => {
    const here = [...path, index]
    if (inline.type === 'recommendation')
      found.push({ path: here, speaker: speakerOf(inline) ?? anonymousSpeaker, paragraph })
    else if ('children' in inline)
      markedIn(inline.children, [...here, 'children'], paragraph, found)
  })
}

function mentionsIn(inlines: readonly Inline[], path: Path, found: Map<string, Path>): void {
  inlines.forEach((inline, index) => {
    if (inline.type === 'mention' && !found.has(inline.person))
      found.set(inline.person, [...path, index])
    if ('children' in inline) mentionsIn(inline.children, [...path, index, 'children'], found)
  })
}

function runsOf(block: Block, path: Path): Array<[readonly Inline[], Path]> {
  switch (block.type) {
    case 'paragraph':
      return [[block.content, [...path, 'content']]]
    case 'list':
    case 'recommendations':
      return block.items.map((item, index) => [item, [...path, 'items', index]])
    case 'checklist':
      return block.items.flatMap(
        (item, index): Array<[readonly Inline[], Path]> => [
          [item.leadIn, [...path, 'items', index, 'leadIn']],
          [item.content, [...path, 'items', index, 'content']],
        ],
      )
    case 'table':
      return [block.header, ...block.rows].flatMap((row, rowIndex) =>
        row.map((cell, index): [readonly Inline[], Path] => [
          cell,
          rowIndex === 0 ? [...path, 'header', index] : [...path, 'rows', rowIndex - 1, index],
        ]),
      )
    case 'subheading':
      return []
  }
}

function structureOf(report: Report): Structure {
  const structure: Structure = {
    paragraphs: [],
    footnotes: new Map(),
    mentions: new Map(),
    recommendations: [],
    marked: [],
  }
  report.sections.forEach((section, sectionIndex) => {
    section.blocks.forEach((block, blockIndex) => {
      const path: Path = ['sections', sectionIndex, 'blocks', blockIndex]
      if (block.type === 'paragraph' && block.numbered) structure.paragraphs.push(path)
      if (block.type === 'recommendations')
        structure.recommendations.push({ path, speaker: block.speaker, items: block.items.length })
      for (const [run, runPath] of runsOf(block, path)) {
        mentionsIn(run, runPath, structure.mentions)
        markedIn(run, runPath, structure.paragraphs.length, structure.marked)
      }
    })
  })
  report.footnotes.forEach((note, index) => {
    structure.footnotes.set(note.identifier, ['footnotes', index])
    mentionsIn(note.content, ['footnotes', index, 'content'], structure.mentions)
  })
  return structure
}

/**
 * The ways a translation's structure differs from the report it translates: the
 * same sections, numbered paragraphs, footnotes, people, mentions and recommendations
 * are expected in both, so that "para. 12" means the same in every language. Each
 * problem is placed in the translation (with `translationMap`, its file:line:column).
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
  const add = (path: Path, message: string) =>
    problems.push({
      ...(translationMap?.locate(path) ?? {}),
      file: translationMap?.file,
      path,
      message,
    })
  const ours = structureOf(original)
  const theirs = structureOf(translation)
  const end: Path = ['sections', translation.sections.length - 1]

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
  theirs.paragraphs.slice(ours.paragraphs.length).forEach((path, index) => {
    add(
      path,
      `paragraph ${ours.paragraphs.length + index + 1} has no counterpart in ${originalName}`,
    )
  })
  for (let index = theirs.paragraphs.length; index < ours.paragraphs.length; index++)
    add(
      theirs.paragraphs.at(-1) ?? end,
      `paragraph ${index + 1} of ${originalName} has no counterpart here`,
    )
  for (const [identifier, path] of theirs.footnotes)
    if (!ours.footnotes.has(identifier))
      add(path, `footnote [^${identifier}] has no counterpart in ${originalName}`)
  for (const identifier of ours.footnotes.keys())
    if (!theirs.footnotes.has(identifier))
      add(['footnotes'], `footnote [^${identifier}] of ${originalName} has no counterpart here`)
  const people = new Set(original.people.map((person) => person.id))
  translation.people.forEach((person, index) => {
    // A person the translation mentions is reported at the mention.
    if (!people.has(person.id) && !theirs.mentions.has(person.id))
      add(
        ['people', index, 'id'],
        `person "${person.id}" is not among the people of ${originalName}`,
      )
  })
  for (const [person, path] of theirs.mentions)
    if (!ours.mentions.has(person))
      add(path, `a mention of "${person}", whom ${originalName} does not mention`)
  for (const [person] of ours.mentions)
    if (!theirs.mentions.has(person))
      add(end, `"${person}", mentioned in ${originalName}, is not mentioned here`)
  theirs.recommendations.forEach((block, index) => {
    const counterpart = ours.recommendations[index]
    if (!counterpart)
      add(
        block.path,
        `recommendations of "${block.speaker}" have no counterpart in ${originalName}`,
      )
    else if (counterpart.speaker !== block.speaker || counterpart.items !== block.items)
      add(
        block.path,
        `recommendations of "${block.speaker}" (${block.items}) differ from those of ${originalName} ("${counterpart.speaker}", ${counterpart.items})`,
      )
  })
  for (let index = theirs.recommendations.length; index < ours.recommendations.length; index++)
    add(
      end,
      `recommendations of "${ours.recommendations[index]!.speaker}" in ${originalName} have no counterpart here`,
    )
  const marked = ({ speaker, paragraph }: Structure['marked'][number]) =>
    `the recommendation of "${speaker}" in paragraph ${paragraph}`
  theirs.marked.forEach((mark, index) => {
    const counterpart = ours.marked[index]
    if (!counterpart) add(mark.path, `${marked(mark)} has no counterpart in ${originalName}`)
    else if (counterpart.speaker !== mark.speaker || counterpart.paragraph !== mark.paragraph)
      add(mark.path, `${marked(mark)} differs from ${originalName}: ${marked(counterpart)}`)
  })
  for (let index = theirs.marked.length; index < ours.marked.length; index++)
    add(end, `${marked(ours.marked[index]!)} of ${originalName} has no counterpart here`)
  return problems
}
