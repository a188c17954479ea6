import type { Block, Inline, Section } from './content-schema.js'
import { formatDate, formatTimeRange } from './format-date.js'
import type { Annex, Person } from './front-matter-schema.js'
import { markLeadIns } from './lead-ins.js'
import { attributionOf, fullNameOf, shortNameOf } from './person-names.js'
import type { Report } from './report-schema.js'
import type {
  ResolvedAnnex,
  ResolvedAttendance,
  ResolvedBlock,
  ResolvedFootnote,
  ResolvedInline,
  ResolvedMasthead,
  ResolvedReport,
  ResolvedSection,
} from './resolved-model.js'
import { toListLetter, toRomanNumeral } from './roman-numeral.js'
import {
  type BuiltInVariantName,
  builtInVariants,
  internalNotice,
  namesParticipants,
  type Variant,
} from './variant.js'

/** Options of `resolveReport`. */
export interface ResolveOptions {
  /** A built-in variant's name or a variant definition. Default: `draft` for a draft report, `final` for a final one. */
  variant?: BuiltInVariantName | Variant
}

interface ResolveState {
  report: Report
  variant: Variant
  people: Map<string, Person>
  mentioned: Set<string>
  paragraphNumber: number
  footnoteNumbers: Map<string, number>
  referenceCounts: Map<string, number>
}

const modalityLabels = { virtual: 'Virtual', 'in-person': 'In person', hybrid: 'Hybrid' } as const

/**
 * Resolves a validated report for one variant: numbers paragraphs, sections, notes
 * and list letters; words every mention; applies the meeting's rule; words the
 * masthead and the variant's marks. Renderers show the result as it is.
 */
export function resolveReport(report: Report, options: ResolveOptions = {}): ResolvedReport {
  const variant = pickVariant(report, options.variant)
  const state: ResolveState = {
    report,
    variant,
    people: new Map(report.people.map((person) => [person.id, person])),
    mentioned: new Set(),
    paragraphNumber: 0,
    footnoteNumbers: new Map(),
    referenceCounts: new Map(),
  }
  const sourceSections =
    variant.layout === 'digest' ? digestSections(report, state) : report.sections
  const sections: ResolvedSection[] = sourceSections.map((section, index) =>
    resolveSection(state, section, index + 1),
  )
  if (variant.layout === 'digest' && variant.parts.attendance && report.attendance) {
    sections.unshift(attendanceSection(report))
    sections.forEach((section, index) => {
      section.number = index + 1
      section.numeral = toRomanNumeral(index + 1)
      section.id = `section-${index + 1}`
    })
  } else if (variant.parts.attendance && report.attendance) {
    sections.push({
      ...attendanceSection(report),
      number: sections.length + 1,
      numeral: toRomanNumeral(sections.length + 1),
      id: `section-${sections.length + 1}`,
    })
  }
  if (variant.parts.backgroundDocuments && report.backgroundDocuments) {
    const number = sections.length + 1
    sections.push({
      type: 'section',
      id: `section-${number}`,
      number,
      numeral: toRomanNumeral(number),
      title: report.backgroundDocuments.title,
      blocks: [
        {
          type: 'documentList',
          items: report.backgroundDocuments.items.map((item, index) => ({
            number: index + 1,
            title: item.title,
            url: item.url,
          })),
        },
      ],
    })
  }
  const annexes = variant.parts.annexes ? resolveAnnexes(report.annexes) : []
  const footnotes = resolveFootnotes(state)

  return {
    type: 'resolvedReport',
    variant: variant.name,
    status: variant.status,
    rule: report.rule,
    metadata: {
      title: report.title,
      shortTitle: report.shortTitle ?? report.title,
      subject: `${report.reportType}, ${formatDate(report.date, report.language)}`,
      author: report.facilitator,
      keywords: report.keywords,
      language: report.language,
      description:
        report.description ??
        `${report.reportType} of ${report.title}, ${formatDate(report.date, report.language)}.`,
      date: report.date,
      documentDate: `${report.date}T00:00:00.000Z`,
    },
    masthead: resolveMasthead(report, variant),
    marks: {
      watermark: variant.marks.watermark,
      banner: variant.marks.banner,
      // A variant that names participants is never without a notice, however it was made.
      notice: namesParticipants(variant)
        ? (variant.marks.notice ?? internalNotice)
        : variant.marks.notice,
      lineNumbers: variant.marks.lineNumbers,
      commentLine:
        variant.marks.commentInstructions && report.comments ? commentLine(report) : null,
    },
    sections,
    annexes,
    footnotes,
  }
}

function commentLine(report: Report): string {
  const { deadline, recipient, address } = report.comments!
  const to = [recipient ? ` to ${recipient}` : '', address ? ` at ${address}` : ''].join('')
  return `Comments on this draft are welcome until ${formatDate(deadline, report.language)}${to ? `,${to}` : ''}.`
}

function pickVariant(report: Report, option: ResolveOptions['variant']): Variant {
  if (typeof option === 'string') {
    const found = builtInVariants[option]
    if (!found)
      throw new RangeError(
        `unknown variant "${option}"; built in: ${Object.keys(builtInVariants).join(', ')}`,
      )
    return found
  }
  return option ?? (report.status === 'final' ? builtInVariants.final : builtInVariants.draft)
}

function resolveMasthead(report: Report, variant: Variant): ResolvedMasthead {
  const date = formatDate(report.date, report.language)
  const time = report.time
    ? `, ${formatTimeRange(report.time.start, report.time.end)}${report.time.zoneLabel ? ` (${report.time.zoneLabel})` : ''}`
    : ''
  const place = [modalityLabels[report.modality], report.venue].filter(Boolean).join(', ')
  const facilitator = report.facilitator
  return {
    title: report.title,
    facilitatorLine: `Facilitated by ${/^the\b/i.test(facilitator) ? '' : 'the '}${facilitator}`,
    dateLine: `${date}${time} – ${place}`,
    statusLine: [report.reportType.toUpperCase(), variant.statusLabel].filter(Boolean).join(' '),
    symbol: report.symbol ?? null,
    distributionLine: report.distribution ? `Distr.: ${report.distribution}` : null,
    originalLanguageLine: report.originalLanguage ? `Original: ${report.originalLanguage}` : null,
  }
}

function resolveSection(state: ResolveState, section: Section, number: number): ResolvedSection {
  return {
    type: 'section',
    id: `section-${number}`,
    number,
    numeral: toRomanNumeral(number),
    title: section.title,
    blocks: markLeadIns(section.blocks.map((block) => resolveBlock(state, block))),
  }
}

function resolveBlock(state: ResolveState, block: Block): ResolvedBlock {
  switch (block.type) {
    case 'paragraph': {
      const number = block.numbered ? ++state.paragraphNumber : null
      return {
        type: 'paragraph',
        number,
        id: number === null ? null : `para-${number}`,
        content: resolveInlines(state, block.content),
        leadsIn: false,
      }
    }
    case 'subheading':
      return { type: 'subheading', text: block.text }
    case 'list':
      return {
        type: 'list',
        ordered: block.ordered,
        items: block.items.map((item, index) => ({
          number: block.ordered ? index + 1 : null,
          content: resolveInlines(state, item),
        })),
      }
    case 'checklist':
      return {
        type: 'checklist',
        items: block.items.map((item) => ({
          marker: '✓',
          leadIn: resolveInlines(state, item.leadIn),
          content: resolveInlines(state, item.content),
        })),
      }
    case 'recommendations': {
      const person = state.people.get(block.speaker)
      return {
        type: 'recommendations',
        speaker: {
          personId: block.speaker,
          shortName: person ? shortNameOf(person) : block.speaker,
          fullName: person ? fullNameOf(person) : block.speaker,
        },
        items: block.items.map((item, index) => ({
          letter: toListLetter(index + 1),
          content: resolveInlines(state, item),
        })),
      }
    }
    case 'table':
      return {
        type: 'table',
        header: block.header.map((cell) => resolveInlines(state, cell)),
        rows: block.rows.map((row) => row.map((cell) => resolveInlines(state, cell))),
      }
  }
}

function resolveInlines(state: ResolveState, inlines: Inline[]): ResolvedInline[] {
  return inlines.map((inline) => resolveInline(state, inline))
}

function resolveInline(state: ResolveState, inline: Inline): ResolvedInline {
  switch (inline.type) {
    case 'text':
    case 'break':
      return inline
    case 'emphasis':
    case 'strong':
      return { type: inline.type, children: resolveInlines(state, inline.children) }
    case 'link':
      return { type: 'link', url: inline.url, children: resolveInlines(state, inline.children) }
    case 'footnoteReference': {
      let number = state.footnoteNumbers.get(inline.identifier)
      if (number === undefined) {
        number = state.footnoteNumbers.size + 1
        state.footnoteNumbers.set(inline.identifier, number)
      }
      const count = (state.referenceCounts.get(inline.identifier) ?? 0) + 1
      state.referenceCounts.set(inline.identifier, count)
      return {
        type: 'footnoteReference',
        number,
        noteId: `note-${number}`,
        referenceId: count === 1 ? `note-ref-${number}` : `note-ref-${number}-${count}`,
      }
    }
    case 'mention': {
      const person = state.people.get(inline.person)
      const form = inline.form ?? (state.mentioned.has(inline.person) ? 'short' : 'full')
      state.mentioned.add(inline.person)
      const text = person
        ? form === 'full'
          ? fullNameOf(person)
          : shortNameOf(person)
        : inline.person
      return { type: 'mention', personId: inline.person, form, text }
    }
    case 'participant': {
      if (state.variant.applyRule || !inline.identity)
        return { type: 'participant', text: inline.label }
      const identity = state.report.participants.find((entry) => entry.id === inline.identity)
      return {
        type: 'participant',
        text: identity ? `${inline.label} (${attributionOf(identity)})` : inline.label,
      }
    }
  }
}

function resolveFootnotes(state: ResolveState): ResolvedFootnote[] {
  const definitions = new Map(state.report.footnotes.map((note) => [note.identifier, note]))
  const resolved: Array<{ identifier: string; number: number; content: ResolvedInline[] }> = []
  // A note may reference another note; the map's iteration then reaches it too.
  for (const [identifier, number] of state.footnoteNumbers) {
    const definition = definitions.get(identifier)
    resolved.push({
      identifier,
      number,
      content: definition ? resolveInlines(state, definition.content) : [],
    })
  }
  return resolved.map(({ identifier, number, content }) => ({
    number,
    id: `note-${number}`,
    identifier,
    referenceIds: Array.from({ length: state.referenceCounts.get(identifier) ?? 1 }, (_, index) =>
      index === 0 ? `note-ref-${number}` : `note-ref-${number}-${index + 1}`,
    ),
    content,
  }))
}

function resolveAnnexes(annexes: Annex[]): ResolvedAnnex[] {
  return annexes.map((annex, index) => {
    const blocks: ResolvedBlock[] = []
    if (annex.agenda) {
      blocks.push({
        type: 'agenda',
        timeHeading: annex.agenda.timeHeading,
        detailsHeading: annex.agenda.detailsHeading,
        rows: annex.agenda.items.map((item) => ({
          time: formatTimeRange(item.start, item.end),
          session: item.session,
          note: item.note,
          speakers: item.speakers,
        })),
      })
    }
    if (annex.questions) {
      blocks.push({ type: 'subheading', text: annex.questions.title })
      blocks.push({
        type: 'list',
        ordered: false,
        items: annex.questions.items.map((question) => ({
          number: null,
          content: [{ type: 'text', value: question }],
        })),
      })
    }
    return {
      type: 'annex',
      id: `annex-${index + 1}`,
      label: annexes.length === 1 ? 'Annex' : `Annex ${toRomanNumeral(index + 1)}`,
      title: annex.title,
      blocks,
    }
  })
}

function attendanceSection(report: Report): ResolvedSection {
  const attendance = report.attendance!
  const lines = [`Participants: ${attendance.total}`]
  for (const category of attendance.categories)
    lines.push(`${capitalise(category.label)}: ${category.count}`)
  if (attendance.countries.length > 0) {
    lines.push(`Countries (${attendance.countries.length}): ${attendance.countries.join(', ')}`)
  }
  if (attendance.gender) {
    const { women, men, other } = attendance.gender
    lines.push(`Women ${women} %, men ${men} %${other ? `, other ${other} %` : ''}`)
  }
  const block: ResolvedAttendance = {
    type: 'attendance',
    total: attendance.total,
    categories: attendance.categories,
    countries: attendance.countries,
    gender: attendance.gender
      ? {
          women: attendance.gender.women,
          men: attendance.gender.men,
          other: attendance.gender.other ?? null,
        }
      : null,
    lines,
  }
  return {
    type: 'section',
    id: 'section-1',
    number: 1,
    numeral: 'I',
    title: 'Attendance',
    blocks: [block],
  }
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** The digest's body: one section of every recommendation, grouped by speaker. */
function digestSections(report: Report, state: ResolveState): Section[] {
  const bySpeaker = new Map<string, Inline[][]>()
  for (const section of report.sections) {
    for (const block of section.blocks) {
      if (block.type !== 'recommendations') continue
      const items = bySpeaker.get(block.speaker) ?? []
      items.push(...block.items)
      bySpeaker.set(block.speaker, items)
    }
  }
  const blocks: Block[] = []
  for (const [speaker, items] of bySpeaker) {
    const person = state.people.get(speaker)
    blocks.push({ type: 'subheading', text: person ? fullNameOf(person) : speaker })
    blocks.push({ type: 'recommendations', speaker, items })
  }
  if (blocks.length === 0) {
    blocks.push({
      type: 'paragraph',
      numbered: false,
      content: [{ type: 'text', value: 'The report records no recommendations.' }],
    })
  }
  return [{ type: 'section', title: 'Recommendations', blocks }]
}
