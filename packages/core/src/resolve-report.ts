import { anonymousSpeaker, type Block, type Inline, type Section } from './content-schema.js'
import { contractBeforeMentions, contractWords } from './contractions.js'
import { documentDateOf } from './document-date.js'
import { fillLabel } from './fill-label.js'
import { type FoundLanguage, findLanguage, type LanguageOverrides } from './find-language.js'
import { formatDate, formatNumber, formatTimeRange } from './format-date.js'
import type { Annex, Person } from './front-matter-schema.js'
import { type GatheredRecommendation, gatherRecommendations } from './gather-recommendations.js'
import type { Labels } from './labels.js'
import type { Language } from './language.js'
import { english } from './language-english.js'
import { markLeadIns } from './lead-ins.js'
import { withReference } from './paragraph-reference.js'
import { attributionOf, fullNameOf, shortNameOf } from './person-names.js'
import type { Report } from './report-schema.js'
import type {
  ResolvedAnnex,
  ResolvedAttendance,
  ResolvedBlock,
  ResolvedFootnote,
  ResolvedInline,
  ResolvedLabels,
  ResolvedMasthead,
  ResolvedReport,
  ResolvedSection,
} from './resolved-model.js'
import { toListLetter } from './roman-numeral.js'
import { toNumeral } from './section-numerals.js'
import { capitaliseSentenceStarts, withCapital } from './sentence-capitals.js'
import type { AnnexPositions, SourcePosition, SourcePositions } from './source-positions.js'
import { type Typesetting, typesetPlain, typesetText, typesettingOf } from './typeset-text.js'
import {
  type BuiltInVariantName,
  builtInVariants,
  namesParticipants,
  type Variant,
} from './variant.js'

/** Options of `resolveReport`. */
export interface ResolveOptions {
  /** A built-in variant's name or a variant definition. Default: `draft` for a draft report, `final` for a final one. */
  variant?: BuiltInVariantName | Variant
  /**
   * Languages a config adds or changes (`languages` in `rapporteur.config`), over
   * the built-in ones. Default: none.
   */
  languages?: LanguageOverrides
  /**
   * The moment every format dates the documents (PDF metadata, DOCX core properties),
   * ISO 8601, such as `sourceDateEpochDate(process.env.SOURCE_DATE_EPOCH)` gives.
   * Default: the meeting's day at 00:00 UTC, so the same source gives the same bytes.
   */
  documentDate?: string
  /**
   * Where the report's parts were written (`toSourcePositions`): each section, block,
   * annex, agenda row and footnote taken from the source then carries its `source`
   * (a digest's sections, which core makes, do not). Default: none.
   */
  sourcePositions?: SourcePositions
}

interface ResolveState {
  report: Report
  variant: Variant
  language: Language
  typesetting: Typesetting
  labels: Labels
  people: Map<string, Person>
  mentioned: Set<string>
  paragraphNumber: number
  footnoteNumbers: Map<string, number>
  referenceCounts: Map<string, number>
}

const modalityLabels = {
  virtual: 'modalityVirtual',
  'in-person': 'modalityInPerson',
  hybrid: 'modalityHybrid',
} as const satisfies Record<Report['modality'], keyof Labels>

/**
 * The built-in variants' words are the English catalogue's: a mark that is one of
 * them is shown in the report's language, any other as the config words it.
 */
const variantWords = [
  'statusDraft',
  'statusInternal',
  'statusDigest',
  'watermarkDraft',
  'bannerDraft',
  'internalNotice',
] as const satisfies ReadonlyArray<keyof Labels>

function inLanguage(labels: Labels, value: string | null): string | null {
  if (value === null) return null
  const key = variantWords.find((name) => english.labels[name] === value)
  return key === undefined ? value : labels[key]
}

/**
 * The report with the words of its front matter (titles, names, organisations, places,
 * attendance and document titles) typeset as its text is; identifiers, symbols,
 * addresses and dates are left as written.
 */
function typesetFrontMatter(report: Report, typesetting: Typesetting): Report {
  const plain = (text: string) => typesetPlain(text, typesetting)
  const optional = (text: string | undefined) => (text === undefined ? undefined : plain(text))
  return {
    ...report,
    title: plain(report.title),
    shortTitle: optional(report.shortTitle),
    reportType: optional(report.reportType),
    facilitator: plain(report.facilitator),
    organisers: report.organisers.map(plain),
    venue: optional(report.venue),
    comments: report.comments && {
      ...report.comments,
      recipient: optional(report.comments.recipient),
    },
    people: report.people.map((person) => ({
      ...person,
      honorific: plain(person.honorific),
      formalHonorific: optional(person.formalHonorific),
      name: plain(person.name),
      familyName: plain(person.familyName),
      title: optional(person.title),
      organisation: optional(person.organisation),
      country: optional(person.country),
      affiliation: optional(person.affiliation),
    })),
    participants: report.participants.map((participant) => ({
      ...participant,
      name: plain(participant.name),
      country: optional(participant.country),
      affiliation: optional(participant.affiliation),
    })),
    attendance: report.attendance && {
      ...report.attendance,
      categories: report.attendance.categories.map((category) => ({
        ...category,
        label: plain(category.label),
      })),
      countries: report.attendance.countries.map(plain),
    },
    backgroundDocuments: report.backgroundDocuments && {
      ...report.backgroundDocuments,
      title: optional(report.backgroundDocuments.title),
      items: report.backgroundDocuments.items.map((item) => ({
        ...item,
        title: plain(item.title),
      })),
    },
  }
}

/**
 * Resolves a validated report for one variant: numbers paragraphs, sections, notes
 * and list letters; words every mention; applies the meeting's rule; words the
 * masthead and the variant's marks. Renderers show the result as it is.
 */
export function resolveReport(source: Report, options: ResolveOptions = {}): ResolvedReport {
  const variant = pickVariant(source, options.variant)
  const found: FoundLanguage = findLanguage(source.language, options.languages)
  const { language } = found
  const labels = language.labels
  const typesetting = typesettingOf(language.conventions, source.language, source.typography)
  const report = typesetFrontMatter(source, typesetting)
  const state: ResolveState = {
    report,
    variant,
    language,
    typesetting,
    labels,
    people: new Map(report.people.map((person) => [person.id, person])),
    mentioned: new Set(),
    paragraphNumber: 0,
    footnoteNumbers: new Map(),
    referenceCounts: new Map(),
  }
  const positions = options.sourcePositions
  // A digest's sections are made here, not written: they have no place in the source.
  const written: SectionContent[] =
    variant.layout === 'digest'
      ? [digestSection(state)]
      : report.sections.map((section, index) =>
          placed(
            resolveSection(state, section, positions?.sections[index]),
            positions?.headings?.[index],
          ),
        )
  for (const block of written.flatMap((section) => section.blocks))
    if (block.type === 'attendance') placeOn(block, positions?.attendance)
  if (variant.parts.attendance && report.attendance) {
    const section = attendanceSection(state)
    // A digest opens with who attended, a section it makes; a report closes its body with it.
    if (variant.layout === 'digest') written.unshift(section)
    else {
      for (const block of section.blocks) placeOn(block, positions?.attendance)
      written.push(section)
    }
  }
  if (variant.parts.backgroundDocuments && report.backgroundDocuments) {
    written.push({
      type: 'section',
      title: report.backgroundDocuments.title ?? labels.backgroundDocuments,
      blocks: [
        placed(
          {
            type: 'documentList',
            items: report.backgroundDocuments.items.map((item, index) => ({
              number: index + 1,
              marker: numberLabel(state, index + 1),
              title: item.title,
              url: item.url,
            })),
          },
          positions?.backgroundDocuments,
        ),
      ],
    })
  }
  const sections = written.map((section, index) => numberSection(state, section, index + 1))
  const annexes = variant.parts.annexes
    ? resolveAnnexes(state, report.annexes, positions?.annexes)
    : []
  const footnotes = resolveFootnotes(state).map((note) =>
    placed(note, positions?.footnotes?.[note.identifier]),
  )
  const reportType = report.reportType ?? labels.reportType
  const date = formatDate(report.date, report.language, state.language.conventions.monthNames)
  const notice = namesParticipants(variant)
    ? (variant.marks.notice ?? english.labels.internalNotice)
    : variant.marks.notice

  return {
    type: 'resolvedReport',
    variant: variant.name,
    status: variant.status,
    rule: report.rule,
    metadata: {
      title: report.title,
      shortTitle: report.shortTitle ?? report.title,
      subject: fillLabel(labels.subject, { reportType, date }),
      author: report.facilitator,
      keywords: report.keywords,
      language: report.language,
      description:
        report.description ??
        fillLabel(labels.description, { reportType, title: report.title, date }),
      date: report.date,
      documentDate: documentDateOf(report.date, options.documentDate),
    },
    language: {
      tag: report.language,
      direction: language.conventions.direction,
      scriptClass: language.conventions.scriptClass,
      letterLabel: language.conventions.letterLabel,
      letterCase: language.conventions.letterCase,
      letters: language.conventions.letters,
      numerals: language.conventions.numerals,
      sectionLabel: withNoBreakSpaces(language.conventions.sectionLabel),
      numberLabel: withNoBreakSpaces(language.conventions.numberLabel),
    },
    labels: resolveLabels(labels),
    masthead: resolveMasthead(state, reportType),
    marks: {
      watermark: inLanguage(labels, variant.marks.watermark),
      banner: inLanguage(labels, variant.marks.banner),
      // A variant that names participants is never without a notice, however it was made.
      notice: inLanguage(labels, notice),
      lineNumbers: variant.marks.lineNumbers,
      commentLine: variant.marks.commentInstructions && report.comments ? commentLine(state) : null,
    },
    sections,
    annexes,
    footnotes,
  }
}

function resolveLabels(labels: Labels): ResolvedLabels {
  const pageNumber: ResolvedLabels['pageNumber'] = []
  for (const part of labels.pageNumber.split(/(\{page\}|\{pages\})/)) {
    if (part === '{page}') pageNumber.push({ type: 'page' })
    else if (part === '{pages}') pageNumber.push({ type: 'pages' })
    else if (part !== '') pageNumber.push({ type: 'text', value: part })
  }
  return {
    contents: labels.contents,
    notes: labels.notes,
    skipToContent: labels.skipToContent,
    pageNumber,
  }
}

function commentLine(state: ResolveState): string {
  const { report, labels } = state
  const { deadline, recipient, address } = report.comments!
  const label = recipient
    ? address
      ? labels.commentLineRecipientAddress
      : labels.commentLineRecipient
    : address
      ? labels.commentLineAddress
      : labels.commentLine
  return contractWords(
    fillLabel(label, {
      deadline: formatDate(deadline, report.language, state.language.conventions.monthNames),
      recipient: recipient ?? '',
      address: address ?? '',
    }),
    state.language.conventions.contractions,
  )
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

function resolveMasthead(state: ResolveState, reportType: string): ResolvedMasthead {
  const { report, labels, language } = state
  const date = formatDate(report.date, report.language, state.language.conventions.monthNames)
  const range = report.time
    ? formatTimeRange(report.time.start, report.time.end, language.conventions)
    : null
  const time =
    range !== null && report.time?.zoneLabel
      ? fillLabel(labels.timeWithZone, { time: range, zone: report.time.zoneLabel })
      : range
  const place = [labels[modalityLabels[report.modality]], report.venue]
    .filter(Boolean)
    .join(language.conventions.listSeparator)
  const article = labels.facilitatorArticle
  const facilitator =
    article === '' || report.facilitator.toLowerCase().startsWith(`${article.toLowerCase()} `)
      ? report.facilitator
      : `${article} ${report.facilitator}`
  return {
    date,
    title: report.title,
    facilitatorLine: fillLabel(labels.facilitatedBy, { facilitator }),
    dateLine:
      time === null
        ? fillLabel(labels.dateLineWithoutTime, { date, place })
        : fillLabel(labels.dateLine, { date, time, place }),
    statusLine: statusLine(state, reportType),
    symbol: report.symbol ?? null,
    distributionLine: report.distribution
      ? fillLabel(labels.distribution, { distribution: report.distribution })
      : null,
    originalLanguageLine: report.originalLanguage
      ? fillLabel(labels.originalLanguage, { language: report.originalLanguage })
      : null,
  }
}

/** `Summary report — draft for comment`: the report type and the variant's status, in the language's pattern. */
function statusLine(state: ResolveState, reportType: string): string {
  const status = inLanguage(state.labels, state.variant.statusLabel)
  return status === null ? reportType : fillLabel(state.labels.statusLine, { reportType, status })
}

/** A section before it is numbered: sections are numbered once all of them are known. */
type SectionContent = Omit<ResolvedSection, 'id' | 'number' | 'numeral' | 'label' | 'entry'>

/** The section as the `number`th of the body: its id, numeral, label and contents entry. */
function numberSection(
  state: ResolveState,
  section: SectionContent,
  number: number,
): ResolvedSection {
  const { conventions } = state.language
  const numeral = toNumeral(number, conventions.numerals)
  const label = fillLabel(withNoBreakSpaces(conventions.sectionLabel), { numeral })
  return {
    ...section,
    id: `section-${number}`,
    number,
    numeral,
    label,
    entry: `${label}\u00a0${section.title}`,
  }
}

/** A pattern whose spaces are no-break spaces, so that a label never breaks across lines. */
function withNoBreakSpaces(pattern: string): string {
  return pattern.replaceAll(' ', '\u00a0')
}

/** The label of a numbered paragraph or list item, such as `12.` or `12 -`. */
function numberLabel(state: ResolveState, number: number): string {
  return fillLabel(withNoBreakSpaces(state.language.conventions.numberLabel), { number })
}

function resolveSection(
  state: ResolveState,
  section: Section,
  positions: ReadonlyArray<SourcePosition | null> | undefined,
): SectionContent {
  return {
    type: 'section',
    title: typesetPlain(section.title, state.typesetting),
    blocks: markLeadIns(
      section.blocks.map((block, index) => placed(resolveBlock(state, block), positions?.[index])),
    ),
  }
}

/** `part` with where it was written, when that is known. */
function placed<Part extends object>(
  part: Part,
  position: SourcePosition | null | undefined,
): Part & { source?: SourcePosition } {
  return position ? { ...part, source: { ...position } } : part
}

/** Says on `part` itself where it was written, when that is known. */
function placeOn(part: { source?: SourcePosition }, position: SourcePosition | null | undefined) {
  if (position) part.source = { ...position }
}

function resolveBlock(state: ResolveState, block: Block): ResolvedBlock {
  switch (block.type) {
    case 'paragraph': {
      const number = block.numbered ? ++state.paragraphNumber : null
      return {
        type: 'paragraph',
        number,
        id: number === null ? null : `para-${number}`,
        marker: number === null ? null : numberLabel(state, number),
        label: number === null ? null : fillLabel(state.labels.paragraph, { number }),
        content: resolveInlines(state, block.content, true),
        leadsIn: false,
      }
    }
    case 'subheading':
      return { type: 'subheading', text: typesetPlain(block.text, state.typesetting) }
    case 'list':
      return {
        type: 'list',
        ordered: block.ordered,
        items: block.items.map((item, index) => ({
          number: block.ordered ? index + 1 : null,
          marker: block.ordered ? numberLabel(state, index + 1) : null,
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
      const speaker = speakerNames(state, block.speaker)
      const label = contractWords(
        fillLabel(state.labels.recommendationsOf, { speaker: speaker.shortName }),
        state.language.conventions.contractions,
      )
      return {
        type: 'recommendations',
        speaker,
        label,
        caption: label,
        items: block.items.map((item, index) => ({
          ...letterOf(state, index),
          content: resolveInlines(state, item),
          paragraph: null,
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

/** The space between a person's honorific and name: a no-break space, unless typography is off. */
function nameSpace(state: ResolveState): string {
  return state.typesetting.typography ? '\u00a0' : ' '
}

function speakerNames(
  state: ResolveState,
  id: string,
): { personId: string; shortName: string; fullName: string } {
  const person = state.people.get(id)
  return {
    personId: id,
    shortName: person ? shortNameOf(person, state.language.conventions, nameSpace(state)) : id,
    fullName: person ? fullNameOf(person, state.language.conventions, nameSpace(state)) : id,
  }
}

/** The letter of a list's item at `index` (0 for `A`), and its label as shown (`A.`). */
function letterOf(state: ResolveState, index: number): { letter: string; label: string } {
  const { letterCase, letterLabel, letters } = state.language.conventions
  const capital = toListLetter(index + 1, letters)
  const letter = letterCase === 'lower' ? capital.toLowerCase() : capital
  return { letter, label: fillLabel(letterLabel, { letter }) }
}

/** A run with its marked recommendations opened: in the report, they read as the text around them. */
/** The inlines without their note references, at any depth. */
function withoutNotes(inlines: readonly Inline[]): Inline[] {
  return inlines.flatMap((inline): Inline[] => {
    if (inline.type === 'footnoteReference') return []
    return 'children' in inline
      ? [{ ...inline, children: withoutNotes(inline.children) }]
      : [inline]
  })
}

function unmarked(inlines: readonly Inline[]): Inline[] {
  return inlines.flatMap((inline) =>
    inline.type === 'recommendation' ? unmarked(inline.children) : [inline],
  )
}

/**
 * Inlines resolved and typeset; a mention that begins a sentence starts with a capital,
 * and so does one at the start when the inlines begin a sentence (`atStart`: a paragraph
 * or a note, not an item that continues its lead-in).
 */
function resolveInlines(state: ResolveState, inlines: Inline[], atStart = false): ResolvedInline[] {
  const resolved = capitaliseSentenceStarts(
    contractBeforeMentions(
      typesetText(
        unmarked(inlines).map((inline) => resolveInline(state, inline)),
        state.typesetting,
      ),
      state.language.conventions.contractions,
    ),
    {
      tag: state.report.language,
      abbreviations: state.language.conventions.abbreviations,
      atStart,
    },
  )
  resolved.forEach((inline, index) => {
    if (inline.type === 'footnoteReference' && resolved[index - 1]?.type === 'footnoteReference')
      inline.separator = ','
  })
  return resolved
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
        label: fillLabel(state.labels.note, { number }),
        separator: '',
      }
    }
    case 'mention': {
      const person = state.people.get(inline.person)
      const form = inline.form ?? (state.mentioned.has(inline.person) ? 'short' : 'full')
      state.mentioned.add(inline.person)
      const text = person
        ? form === 'full'
          ? fullNameOf(person, state.language.conventions, nameSpace(state))
          : shortNameOf(person, state.language.conventions, nameSpace(state))
        : inline.person
      return { type: 'mention', personId: inline.person, form, text }
    }
    case 'recommendation':
      // `unmarked` opens every recommendation before its inlines are resolved.
      throw new Error('a marked recommendation reached resolution unopened')
    case 'participant': {
      if (state.variant.applyRule || !inline.identity)
        return { type: 'participant', text: inline.label }
      const identity = state.report.participants.find((entry) => entry.id === inline.identity)
      return {
        type: 'participant',
        text: identity
          ? `${inline.label} (${attributionOf(identity, state.language.conventions.comma)})`
          : inline.label,
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
      content: definition ? resolveInlines(state, definition.content, true) : [],
    })
  }
  return resolved.map(({ identifier, number, content }) => {
    const count = state.referenceCounts.get(identifier) ?? 1
    return {
      number,
      id: `note-${number}`,
      identifier,
      referenceIds: Array.from({ length: count }, (_, index) =>
        index === 0 ? `note-ref-${number}` : `note-ref-${number}-${index + 1}`,
      ),
      backLabels: Array.from({ length: count }, (_, index) =>
        fillLabel(state.labels.backToReference, {
          number: count > 1 ? `${number} (${index + 1})` : number,
        }),
      ),
      content,
    }
  })
}

function resolveAnnexes(
  state: ResolveState,
  annexes: Annex[],
  positions: readonly AnnexPositions[] | undefined,
): ResolvedAnnex[] {
  const { labels } = state
  return annexes.map((annex, index) => {
    const blocks: ResolvedBlock[] = []
    const at = positions?.[index]
    if (annex.agenda) {
      blocks.push(
        placed(
          {
            type: 'agenda',
            timeHeading: annex.agenda.timeHeading ?? labels.agendaTime,
            detailsHeading: annex.agenda.detailsHeading ?? labels.agendaDetails,
            rows: annex.agenda.items.map((item, row) =>
              placed(
                {
                  time: formatTimeRange(item.start, item.end, state.language.conventions),
                  session: typesetPlain(item.session, state.typesetting),
                  note: item.note,
                  speakers: item.speakers.map((speaker) =>
                    typesetPlain(speaker, state.typesetting),
                  ),
                },
                at?.rows[row],
              ),
            ),
          },
          at?.agenda,
        ),
      )
    }
    if (annex.questions) {
      blocks.push(
        placed(
          {
            type: 'subheading',
            text: typesetPlain(annex.questions.title, state.typesetting),
          },
          at?.questionsTitle,
        ),
      )
      blocks.push(
        placed(
          {
            type: 'list',
            ordered: false,
            items: annex.questions.items.map((question) => ({
              number: null,
              marker: null,
              content: typesetText([{ type: 'text', value: question }], state.typesetting),
            })),
          },
          at?.questions,
        ),
      )
    }
    const label =
      annexes.length === 1
        ? labels.annex
        : fillLabel(labels.annexNumbered, {
            numeral: toNumeral(index + 1, state.language.conventions.numerals, 'annex'),
          })
    return placed(
      {
        type: 'annex',
        id: `annex-${index + 1}`,
        label,
        title: typesetPlain(annex.title, state.typesetting),
        entry: typesetPlain(
          fillLabel(labels.annexEntry, { label, title: annex.title }),
          state.typesetting,
        ),
        blocks,
      } satisfies ResolvedAnnex,
      at?.annex,
    )
  })
}

function attendanceSection(state: ResolveState): SectionContent {
  const { report, labels, language } = state
  const attendance = report.attendance!
  const tag = report.language
  const number = (value: number) => formatNumber(value, tag)
  const percent = (value: number) => fillLabel(labels.percent, { number: number(value) })
  const lines = [fillLabel(labels.attendanceTotal, { count: number(attendance.total) })]
  for (const category of attendance.categories)
    lines.push(
      fillLabel(labels.attendanceCategory, {
        category: capitalise(category.label, tag),
        count: number(category.count),
      }),
    )
  if (attendance.countries.length > 0) {
    lines.push(
      fillLabel(labels.attendanceCountries, {
        count: number(attendance.countries.length),
        countries: attendance.countries.join(language.conventions.listSeparator),
      }),
    )
  }
  if (attendance.gender) {
    const { women, men, other } = attendance.gender
    lines.push(
      other
        ? fillLabel(labels.attendanceGenderOther, {
            women: percent(women),
            men: percent(men),
            other: percent(other),
          })
        : fillLabel(labels.attendanceGender, { women: percent(women), men: percent(men) }),
    )
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
    title: labels.attendance,
    blocks: [block],
  }
}

function capitalise(text: string, tag: string): string {
  const first = String.fromCodePoint(text.codePointAt(0) ?? 0)
  return text === '' ? text : first.toLocaleUpperCase(tag) + text.slice(first.length)
}

/**
 * The digest's body: the meeting's rule, stated once, then every recommendation and
 * call of the report, grouped by who made them (named speakers in the order they first
 * recommend, anonymous participants last), lettered A, B, … in each group, each ending
 * with the reference of its paragraph in the report, where its notes are: the digest
 * has none of its own.
 */
function digestSection(state: ResolveState): SectionContent {
  const { labels, report } = state
  const gathered = gatherRecommendations(report)
  const groups = new Map<string, GatheredRecommendation[]>()
  for (const item of gathered) {
    if (item.speaker === anonymousSpeaker) continue
    groups.set(item.speaker, [...(groups.get(item.speaker) ?? []), item])
  }
  const anonymous = gathered.filter((item) => item.speaker === anonymousSpeaker)
  if (anonymous.length > 0) groups.set(anonymousSpeaker, anonymous)
  const blocks: ResolvedBlock[] = [
    {
      type: 'paragraph',
      number: null,
      id: null,
      marker: null,
      label: null,
      content: [
        {
          type: 'text',
          value: report.rule === 'chatham-house' ? labels.ruleChathamHouse : labels.ruleOnTheRecord,
        },
      ],
      leadsIn: false,
    },
  ]
  for (const [speaker, items] of groups) {
    const named = speaker === anonymousSpeaker ? null : speakerNames(state, speaker)
    const heading = named === null ? labels.anonymousSpeakers : named.fullName
    // The heading names the speaker in full: the items' mentions of them read short.
    if (named !== null) state.mentioned.add(speaker)
    blocks.push({
      type: 'subheading',
      text: withCapital(typesetPlain(heading, state.typesetting), state.report.language),
    })
    blocks.push({
      type: 'recommendations',
      speaker: named,
      label:
        named === null
          ? heading
          : contractWords(
              fillLabel(labels.recommendationsOf, { speaker: named.shortName }),
              state.language.conventions.contractions,
            ),
      caption: null,
      items: items.map((item, index) => ({
        ...letterOf(state, index),
        content: withReference(
          resolveInlines(state, withoutNotes(item.content), true),
          item.paragraph,
          labels,
        ),
        paragraph: item.paragraph,
      })),
    })
  }
  if (gathered.length === 0) {
    blocks.push({
      type: 'paragraph',
      number: null,
      id: null,
      marker: null,
      label: null,
      content: [{ type: 'text', value: labels.noRecommendations }],
      leadsIn: false,
    })
  }
  return {
    type: 'section',
    title: gathered.some((item) => item.kind === 'call')
      ? labels.recommendationsAndCalls
      : labels.recommendations,
    blocks,
  }
}
