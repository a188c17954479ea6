import type { SourcePosition } from './source-positions.js'

/** Resolved inline content: every word, number and link a renderer shows, decided by core. */
export type ResolvedInline =
  | { type: 'text'; value: string }
  | { type: 'emphasis'; children: ResolvedInline[] }
  | { type: 'strong'; children: ResolvedInline[] }
  | { type: 'link'; url: string; children: ResolvedInline[] }
  | {
      type: 'footnoteReference'
      /** The note's number, in order of first reference. */
      number: number
      /** The id of the note, such as `note-3`. */
      noteId: string
      /** The id of this reference, such as `note-ref-3` (or `note-ref-3-2` for a second one). */
      referenceId: string
      /** The marker's accessible name, such as `Note 3`. */
      label: string
      /**
       * Set in superscript before the number: `,` when the marker follows another marker
       * directly, so that notes 3 and 4 read as "³,⁴" and not as "³⁴"; else empty.
       */
      separator: string
    }
  | {
      type: 'mention'
      personId: string
      form: 'full' | 'short'
      /** The words shown, such as `Ms. Omidvar`. */
      text: string
    }
  | {
      type: 'participant'
      /** The words shown: the anonymous label, attributed only where the variant allows. */
      text: string
    }
  | { type: 'break' }

/**
 * A part of a report that may say where it was written: a section's heading, a block,
 * an annex, a footnote or an agenda row, when `resolveReport` was given
 * `sourcePositions` (see `toSourcePositions`). Parts core adds have none.
 */
export interface Placed {
  /** Where the part was written in its source. */
  source?: SourcePosition
}

/** A paragraph; numbered ones carry their number and a stable id (`para-12`). */
export interface ResolvedParagraph extends Placed {
  type: 'paragraph'
  number: number | null
  id: string | null
  /** The number as shown before the paragraph, such as `12.` (`12 -` in Arabic); null when unnumbered. */
  marker: string | null
  /** The accessible name of a numbered paragraph, such as `Paragraph 12`; null when unnumbered. */
  label: string | null
  content: ResolvedInline[]
  /** Introduces the list that follows it (ends with a colon): kept on the page of the list's first item. */
  leadsIn: boolean
}

/** A subheading inside a section or annex. */
export interface ResolvedSubheading extends Placed {
  type: 'subheading'
  text: string
}

/** A bullet list, or a numbered list with each item's number. */
export interface ResolvedList extends Placed {
  type: 'list'
  ordered: boolean
  items: Array<{
    number: number | null
    /** The item's number as shown, such as `3.` (`3 -` in Arabic); null for a bullet. */
    marker: string | null
    content: ResolvedInline[]
  }>
}

/** A checklist: each item a check mark, a bold lead-in and its text. */
export interface ResolvedChecklist extends Placed {
  type: 'checklist'
  items: Array<{ marker: string; leadIn: ResolvedInline[]; content: ResolvedInline[] }>
}

/** Lettered recommendations (A, B, …) attributed to one speaker. */
export interface ResolvedRecommendations extends Placed {
  type: 'recommendations'
  /** Who made them; null for anonymous participants (a digest's group of them). */
  speaker: { personId: string; shortName: string; fullName: string } | null
  /** The list's accessible name, such as `Recommendations of Ms. Omidvar`. */
  label: string
  /**
   * The line shown above the list that says who made it, such as `Recommendations of
   * Ms. Omidvar`; null where a heading says it already (a digest's groups).
   */
  caption: string | null
  /**
   * Each item's letter (`A`, or `a` where the language writes small letters) and label as
   * shown (`A.`, `a)`); in a digest, the number of the report's paragraph the item comes
   * from, whose reference (`(para. 30)`) its content ends with; else null.
   */
  items: Array<{
    letter: string
    label: string
    content: ResolvedInline[]
    paragraph: number | null
  }>
}

/** A table with one header row. */
export interface ResolvedTable extends Placed {
  type: 'table'
  header: ResolvedInline[][]
  rows: ResolvedInline[][][]
}

/** A numbered list of titled links, such as the background documents. */
export interface ResolvedDocumentList extends Placed {
  type: 'documentList'
  items: Array<{
    number: number
    /** The item's number as shown, such as `3.` (`3 -` in Arabic). */
    marker: string
    title: string
    url: string
  }>
}

/** The agenda: time slots with sessions and speakers. */
export interface ResolvedAgenda extends Placed {
  type: 'agenda'
  timeHeading: string
  detailsHeading: string
  rows: Array<{
    /** Where the row was written, when `resolveReport` was given `sourcePositions`. */
    source?: SourcePosition
    /** The slot as shown, such as `11.00–11.15`. */
    time: string
    session: string
    /** A practical note rather than a session (set in italics). */
    note: boolean
    speakers: string[]
  }>
}

/** Attendance in figures, with the sentence that states them. */
export interface ResolvedAttendance extends Placed {
  type: 'attendance'
  total: number
  categories: Array<{ label: string; count: number }>
  countries: string[]
  gender: { women: number; men: number; other: number | null } | null
  /** Lines a reader sees, such as `Participants: 42`. */
  lines: string[]
}

/** Any block of a section or annex. */
export type ResolvedBlock =
  | ResolvedParagraph
  | ResolvedSubheading
  | ResolvedList
  | ResolvedChecklist
  | ResolvedRecommendations
  | ResolvedTable
  | ResolvedDocumentList
  | ResolvedAgenda
  | ResolvedAttendance

/** A numbered section of the body. */
export interface ResolvedSection extends Placed {
  type: 'section'
  /** A stable id, such as `section-4`. */
  id: string
  number: number
  /** The numeral in the language's way, such as `IV`, `رابعاً` or `四`. */
  numeral: string
  /** The numeral as shown before the title, such as `IV.` or `رابعاً -`. */
  label: string
  title: string
  /** The label and the title as one line, for bookmarks and contents, such as `IV. Background`. */
  entry: string
  blocks: ResolvedBlock[]
}

/** An annex after the body. */
export interface ResolvedAnnex extends Placed {
  type: 'annex'
  /** A stable id, such as `annex-1`. */
  id: string
  /** The annex's label, such as `Annex` or `Annex II`. */
  label: string
  title: string
  /** The label and the title as one line, for bookmarks and contents, such as `Annex: Provisional agenda`. */
  entry: string
  blocks: ResolvedBlock[]
}

/** A footnote with its number and the ids of the places that reference it. */
export interface ResolvedFootnote extends Placed {
  number: number
  /** A stable id, such as `note-3`. */
  id: string
  /** The note's label in the source, such as `gcm` for `[^gcm]`. */
  identifier: string
  referenceIds: string[]
  /** The accessible name of the link back to each reference, such as `Back to reference 3`. */
  backLabels: string[]
  content: ResolvedInline[]
}

/** The marks a variant asks every format to show. */
export interface ResolvedMarks {
  /** A diagonal watermark on every page (PDF, DOCX), such as `DRAFT`; null for none. */
  watermark: string | null
  /** A banner at the top of the page (HTML) and under the masthead, such as `Web edition`; null for none. */
  banner: string | null
  /** A distribution notice in the header of every page, such as `Internal — not for distribution`. */
  notice: string | null
  /** Line numbers in the margin, restarting each page (DOCX and PDF). */
  lineNumbers: boolean
  /** The line under the masthead that says where and until when to send comments. */
  commentLine: string | null
}

/** The masthead, every line already worded. */
export interface ResolvedMasthead {
  /** The meeting's day as the language writes it, such as `8 February 2022`: where the date line begins. */
  date: string
  title: string
  /** Such as `Facilitated by the Office of …`. */
  facilitatorLine: string
  /** Such as `8 February 2022, 11:00–13:30 (Bangkok time) – Virtual`. */
  dateLine: string
  /** The report type and the variant's status, such as `Summary report — draft for comment`. */
  statusLine: string
  /** The UN document symbol, such as `A/HRC/49/1`. */
  symbol: string | null
  /** Such as `Distr.: General`. */
  distributionLine: string | null
  /** Such as `Original: English`. */
  originalLanguageLine: string | null
}

/** Document metadata for PDF info, DOCX properties and HTML meta elements. */
export interface ResolvedMetadata {
  title: string
  shortTitle: string
  subject: string
  author: string
  keywords: string[]
  language: string
  description: string
  /** The meeting's day, YYYY-MM-DD. */
  date: string
  /**
   * The moment every format dates the document, ISO 8601: resolution's `documentDate`,
   * else the meeting's day at 00:00 UTC, so the same source gives the same bytes.
   */
  documentDate: string
}

/** A part of the page number line: words, or the place of the page's number or the page count. */
export type ResolvedPageNumberPart =
  | { type: 'text'; value: string }
  | { type: 'page' }
  | { type: 'pages' }

/** The words a renderer puts around the report's content, in the report's language. */
export interface ResolvedLabels {
  /** The heading of the table of contents, such as `Contents`. */
  contents: string
  /** The heading of the notes, such as `Notes`. */
  notes: string
  /** The link that skips to the report's body (HTML), such as `Skip to the report`. */
  skipToContent: string
  /** The running foot's page number, such as `Page ` · page · ` of ` · pages. */
  pageNumber: ResolvedPageNumberPart[]
}

/** What renderers need to know of the report's language. */
export interface ResolvedLanguage {
  /** The BCP 47 tag, such as `fr` or `ar`. */
  tag: string
  /** `rtl` for a right-to-left script (Arabic, Hebrew, Persian, Urdu): the page is mirrored. */
  direction: 'ltr' | 'rtl'
  /** How Word fonts the text: `latin`, `eastAsian` (`w:eastAsia`) or `complex` (`w:cs`). */
  scriptClass: 'latin' | 'eastAsian' | 'complex'
  /** The pattern of a list letter's label, `{letter}` its place: `{letter}.` or `{letter})`. */
  letterLabel: string
  /** Whether Latin list letters are capitals or small letters. */
  letterCase: 'upper' | 'lower'
  /** The letters of lists: `latin` (a, b, c…) or `arabicAbjad` (أ، ب، ج، د، هـ…). */
  letters: 'latin' | 'arabicAbjad'
  /** How sections and annexes are numbered: `roman`, `arabicOrdinal` (أولاً، ثانياً…) or `chinese` (一、二…). */
  numerals: 'roman' | 'arabicOrdinal' | 'chinese'
  /** The pattern of a section's label, `{numeral}` its numeral, its spaces no-break spaces: `{numeral}.` or `{numeral} -`. */
  sectionLabel: string
  /** The pattern of a paragraph's number, `{number}` its place, its spaces no-break spaces: `{number}.` or `{number} -`. */
  numberLabel: string
}

/**
 * A report ready to render: every number, mention form and anonymisation decision
 * made. Renderers turn it into bytes without deciding anything themselves.
 */
export interface ResolvedReport {
  type: 'resolvedReport'
  variant: string
  status: 'draft' | 'final'
  rule: 'chatham-house' | 'on-the-record'
  metadata: ResolvedMetadata
  /** The report's language and its conventions. */
  language: ResolvedLanguage
  /** The words renderers add, in the report's language. */
  labels: ResolvedLabels
  masthead: ResolvedMasthead
  marks: ResolvedMarks
  sections: ResolvedSection[]
  annexes: ResolvedAnnex[]
  footnotes: ResolvedFootnote[]
}
