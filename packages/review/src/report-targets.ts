import {
  inlineText,
  type Location,
  type ResolvedBlock,
  type ResolvedInline,
  type ResolvedReport,
  type SourceMap,
} from '@rapporteur/core'

/** A part of the report a reviewer's item can be placed on. */
export interface ReportTarget {
  /** The bookmark the DOCX gives it (`para-12`, `section-3`, `annex-1`, `note-2`), or null. */
  anchor: string | null
  /** What the matrix calls it, such as `para. 12`, `Footnote 3`, `Section II (heading)`. */
  place: string
  paragraph: number | null
  footnote: number | null
  /** The section or annex it is in, such as `II. Opening remarks`. */
  section: string | null
  /** Its text as the DOCX shows it, to match a copy's paragraph against. */
  text: string
  /** Where it was written in the source; undefined for what core words itself. */
  source: Location | undefined
  /** Its place in reading order; a note sorts just after the paragraph that first cites it. */
  order: number
  /** A note's target, or not. */
  inNote: boolean
  /** A table row's target, matched against the whole row of a copy's table. */
  inTable: boolean
}

function firstNoteNumbers(inlines: readonly ResolvedInline[]): number[] {
  return inlines.flatMap((inline) =>
    inline.type === 'footnoteReference'
      ? [inline.number]
      : 'children' in inline
        ? firstNoteNumbers(inline.children)
        : [],
  )
}

function blockInlines(block: ResolvedBlock): ResolvedInline[][] {
  switch (block.type) {
    case 'paragraph':
      return [block.content]
    case 'list':
      return block.items.map((item) => item.content)
    case 'checklist':
      return block.items.flatMap((item) => [item.leadIn, item.content])
    case 'recommendations':
      return block.items.map((item) => item.content)
    case 'table':
      return [...block.header, ...block.rows.flat()]
    default:
      return []
  }
}

/**
 * Every part of a resolved report a comment or change can be on, in reading order:
 * the masthead's lines, section and annex headings, every paragraph, list item, table
 * and agenda row, attendance line, background document and footnote, each with its
 * place in the source: the `source` core put on each part (`resolveReport` with
 * `sourcePositions`), the front matter's places from `sourceMap`.
 */
export function reportTargets(resolved: ResolvedReport, sourceMap: SourceMap): ReportTarget[] {
  const targets: ReportTarget[] = []
  const noteParagraph = new Map<
    number,
    { paragraph: number | null; section: string; order: number }
  >()
  const add = (target: Omit<ReportTarget, 'order' | 'inNote' | 'inTable'>, inTable = false) => {
    targets.push({ ...target, order: targets.length, inNote: false, inTable })
    return targets.length - 1
  }
  const front = (path: Array<string | number>): Location | undefined => {
    const location = sourceMap.locate(path)
    return location?.line === undefined ? undefined : { ...location, file: sourceMap.file }
  }
  const { masthead, marks } = resolved
  const mastheadTarget = (text: string | null, path: Array<string | number>) => {
    if (text)
      add({
        anchor: null,
        place: 'Masthead',
        paragraph: null,
        footnote: null,
        section: null,
        text,
        source: front(path),
      })
  }
  mastheadTarget(masthead.title, ['title'])
  mastheadTarget(masthead.facilitatorLine, ['facilitator'])
  mastheadTarget(masthead.dateLine, ['date'])
  mastheadTarget(masthead.statusLine, ['reportType'])
  mastheadTarget(marks.commentLine, ['comments', 'deadline'])

  const blocksOf = (
    blocks: readonly ResolvedBlock[],
    section: string,
    heading: string,
    fallback: Location | undefined,
  ) => {
    for (const block of blocks) {
      const where = block.source ?? fallback
      const base = { footnote: null, section, source: where }
      const notesOf = (
        inlines: readonly ResolvedInline[],
        paragraph: number | null,
        order: number,
      ) => {
        for (const number of firstNoteNumbers(inlines))
          if (!noteParagraph.has(number)) noteParagraph.set(number, { paragraph, section, order })
      }
      switch (block.type) {
        case 'paragraph': {
          const order = add({
            ...base,
            anchor: block.id,
            place: block.number === null ? heading : `para. ${block.number}`,
            paragraph: block.number,
            text: inlineText(block.content),
          })
          notesOf(block.content, block.number, order)
          break
        }
        case 'subheading':
          add({ ...base, anchor: null, place: heading, paragraph: null, text: block.text })
          break
        case 'agenda':
          block.rows.forEach((row, index) => {
            add(
              {
                ...base,
                source: row.source ?? where,
                anchor: null,
                place: `Agenda, row ${index + 1}`,
                paragraph: null,
                text: [row.time, row.session, ...row.speakers].join(' '),
              },
              true,
            )
          })
          break
        case 'table':
          for (const row of [block.header, ...block.rows]) {
            const order = add(
              {
                ...base,
                anchor: null,
                place: `${heading}, table`,
                paragraph: null,
                text: row.map(inlineText).join(' '),
              },
              true,
            )
            for (const cell of row) notesOf(cell, null, order)
          }
          break
        case 'documentList':
          for (const item of block.items)
            add({
              ...base,
              anchor: null,
              place: `${heading}, document ${item.number}`,
              paragraph: null,
              text: `${item.title} ${item.url}`,
            })
          break
        case 'attendance':
          for (const line of block.lines)
            add({ ...base, anchor: null, place: heading, paragraph: null, text: line })
          break
        default:
          for (const inlines of blockInlines(block)) {
            const order = add({
              ...base,
              anchor: null,
              place: heading,
              paragraph: null,
              text: inlineText(inlines),
            })
            notesOf(inlines, null, order)
          }
      }
    }
  }

  for (const section of resolved.sections) {
    const title = `${section.label} ${section.title}`
    const heading = `Section ${section.numeral}`
    const where = section.source
    add({
      anchor: section.id,
      place: `${heading} (heading)`,
      paragraph: null,
      footnote: null,
      section: title,
      text: section.title,
      source: where,
    })
    blocksOf(section.blocks, title, heading, where)
  }
  for (const annex of resolved.annexes) {
    const title = `${annex.label}: ${annex.title}`
    const where = annex.source
    add({
      anchor: annex.id,
      place: `${annex.label} (heading)`,
      paragraph: null,
      footnote: null,
      section: title,
      text: `${annex.label} ${annex.title}`,
      source: where,
    })
    blocksOf(annex.blocks, title, annex.label, where)
  }
  for (const note of resolved.footnotes) {
    const cited = noteParagraph.get(note.number)
    targets.push({
      anchor: note.id,
      place: `Footnote ${note.number}`,
      paragraph: cited?.paragraph ?? null,
      footnote: note.number,
      section: cited?.section ?? null,
      text: inlineText(note.content),
      source: note.source,
      order: (cited?.order ?? targets.length) + 0.5,
      inNote: true,
      inTable: false,
    })
  }
  return targets
}
