import { z } from 'zod'
import { strictObject } from './strict-object.js'

const identifier = z
  .string()
  .regex(
    /^[A-Za-z][A-Za-z0-9_-]*$/,
    'an id of letters, digits, "-" and "_", starting with a letter',
  )

const isoDate = z.iso.date({ error: 'a date written YYYY-MM-DD, such as 2022-02-08' })

const clockTime = z
  .string({ error: 'a time written HH:MM, such as 11:00' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time written HH:MM, such as 11:00')

const url = z.string().min(1)

/** Whether the dates of a report can be written in `tag`'s language: a well-formed BCP 47 tag. */
function isLanguageTag(tag: string): boolean {
  try {
    Intl.getCanonicalLocales(tag)
    new Intl.DateTimeFormat(tag)
    return true
  } catch {
    return false
  }
}

/** When the meeting took place, in its own time zone. */
export const meetingTime = strictObject({
  /** Start, HH:MM. */
  start: clockTime,
  /** End, HH:MM. */
  end: clockTime,
  /** IANA time zone, such as `Asia/Bangkok`. */
  zone: z.string().min(1).optional(),
  /** How the zone is named in the masthead, such as `Bangkok time`. */
  zoneLabel: z.string().min(1).optional(),
})
export type MeetingTime = z.infer<typeof meetingTime>

/** A named speaker, mentioned in the text by `id`. */
export const person = strictObject({
  /** The id that mentions use: `:person{#omidvar}`. */
  id: identifier,
  /** The honorific of the short form, such as `Ms.`, `Mr.` or `Dr.`. */
  honorific: z.string().min(1),
  /** The honorific of the full form when it differs, such as `The Honourable` or `Senator`. */
  formalHonorific: z.string().min(1).optional(),
  /** The name as written in full, such as `Ratna Omidvar`. */
  name: z.string().min(1),
  /** The name used in the short form after the honorific, such as `Omidvar`. */
  familyName: z.string().min(1),
  /** Title or role, such as `Senator for Ontario`. */
  title: z.string().min(1).optional(),
  /** Organisation, such as `Quaker UN Office (QUNO)`. */
  organisation: z.string().min(1).optional(),
  /** Country, shown in brackets after the title and organisation. */
  country: z.string().min(1).optional(),
  /**
   * The exact words after the name in the full form, when title, organisation and
   * country do not compose them. Default: `title, organisation (country)`.
   */
  affiliation: z.string().min(1).optional(),
})
export type Person = z.infer<typeof person>

/**
 * Who made an anonymous intervention. Known to the source, shown only by the
 * internal variant; every variant that applies the meeting's rule removes it.
 */
export const participantIdentity = strictObject({
  /** The id that interventions point at: `:participant[A participant]{#p1}`. */
  id: identifier,
  /** The participant's name, as the internal variant shows it. */
  name: z.string().min(1),
  /** The participant's country, shown in brackets by the internal variant. */
  country: z.string().min(1).optional(),
  /** The participant's organisation or role, shown by the internal variant. */
  affiliation: z.string().min(1).optional(),
})
export type ParticipantIdentity = z.infer<typeof participantIdentity>

/** One category of attendance, such as 19 parliamentarians. */
export const attendanceCategory = strictObject({
  /** What the category counts, such as `parliamentarians`. */
  label: z.string().min(1),
  /** How many attended in the category. */
  count: z.int().nonnegative(),
})

/** Who attended: totals by category, countries and gender shares in per cent. */
export const attendance = strictObject({
  /** Everyone who attended. */
  total: z.int().positive(),
  /** Counts by category; together they may not exceed `total`. */
  categories: z.array(attendanceCategory).default([]),
  /** Countries represented, by name. */
  countries: z.array(z.string().min(1)).default([]),
  /** Shares in per cent; they add up to 100. */
  gender: strictObject({
    /** Women, in per cent. */
    women: z.number().min(0).max(100),
    /** Men, in per cent. */
    men: z.number().min(0).max(100),
    /** Everyone else, in per cent. Default: none. */
    other: z.number().min(0).max(100).optional(),
  }).optional(),
})
export type Attendance = z.infer<typeof attendance>

/** A document listed under background documents. */
export const backgroundDocument = strictObject({
  /** The document's title, as the list shows it. */
  title: z.string().min(1),
  /** Where the document can be read: an http, https or mailto URL. */
  url,
})
export type BackgroundDocument = z.infer<typeof backgroundDocument>

/** The numbered list of background documents, the last section of the report. */
export const backgroundDocuments = strictObject({
  /** The section's heading. Default: the language's word, `Background documents` in English. */
  title: z.string().min(1).optional(),
  /** The documents, numbered in this order. At least one. */
  items: z.array(backgroundDocument).min(1),
})
export type BackgroundDocuments = z.infer<typeof backgroundDocuments>

/** One time slot of the agenda. */
export const agendaItem = strictObject({
  /** The slot's start, HH:MM. */
  start: clockTime,
  /** The slot's end, HH:MM. */
  end: clockTime,
  /** The session's title, such as `Welcome`. */
  session: z.string().min(1),
  /** Whether the slot is a practical note rather than a session (set in italics). Default: false. */
  note: z.boolean().default(false),
  /** Speakers as the agenda lists them. */
  speakers: z.array(z.string().min(1)).default([]),
})
export type AgendaItem = z.infer<typeof agendaItem>

/** An agenda, shown as a table of time slots. */
export const agenda = strictObject({
  /** Heading of the time column. Default: the language's word, `Time` in English. */
  timeHeading: z.string().min(1).optional(),
  /** Heading of the details column. Default: the language's word, `Details` in English. */
  detailsHeading: z.string().min(1).optional(),
  /** The time slots, in order. At least one. */
  items: z.array(agendaItem).min(1),
})
export type Agenda = z.infer<typeof agenda>

/** A titled list of questions. */
export const questions = strictObject({
  /** The list's heading, such as `Guiding questions`. */
  title: z.string().min(1),
  /** The questions, numbered in this order. At least one. */
  items: z.array(z.string().min(1)).min(1),
})
export type Questions = z.infer<typeof questions>

/** An annex: an agenda, a list of questions, or both. */
export const annex = strictObject({
  /** The annex's heading, such as `Agenda`. */
  title: z.string().min(1),
  /** An agenda, shown as a table. Default: none. */
  agenda: agenda.optional(),
  /** A list of questions, shown after the agenda when both are given. Default: none. */
  questions: questions.optional(),
})
export type Annex = z.infer<typeof annex>

/** Where and until when participants send comments on a draft. */
export const commentInstructions = strictObject({
  /** The last day for comments, YYYY-MM-DD. */
  deadline: isoDate,
  /**
   * Who receives comments, in words, with the article the sentence needs, such as
   * `the secretariat` (in French `le secrétariat`, which the comment line joins: `du secrétariat`).
   */
  recipient: z.string().min(1).optional(),
  /** An e-mail address or http(s) URL that receives comments. */
  address: z.string().min(1).optional(),
})
export type CommentInstructions = z.infer<typeof commentInstructions>

/** The YAML front matter of a report source: metadata, people, attendance and annexes. */
export const frontMatter = strictObject({
  /** The report's full title. */
  title: z.string({ error: 'a title (text)' }).min(1, 'a title that is not empty'),
  /** A short title for running headers. Default: the title. */
  shortTitle: z.string().min(1).optional(),
  /** The kind of report. Default: the language's words, `Summary report` in English. */
  reportType: z.string().min(1).optional(),
  /** `draft` or `final`. Default: `draft`. */
  status: z.enum(['draft', 'final']).default('draft'),
  /** The office that facilitated the meeting, as the masthead names it. */
  facilitator: z.string().min(1),
  /** Other organising bodies. Default: none. */
  organisers: z.array(z.string().min(1)).default([]),
  /** The day of the meeting, YYYY-MM-DD. */
  date: isoDate,
  /** When the meeting started and ended, and in which time zone. Default: no time shown. */
  time: meetingTime.optional(),
  /** `virtual`, `in-person` or `hybrid`. */
  modality: z.enum(['virtual', 'in-person', 'hybrid']),
  /** Where the meeting took place, such as `Palais des Nations, Geneva`. Default: none. */
  venue: z.string().min(1).optional(),
  /**
   * The report's language, a BCP 47 tag such as `en` or `fr-CA`: the words and
   * conventions the product writes in. Built in: `ar`, `zh`, `en`, `fr`, `ru`, `es`;
   * a config adds others. Default: `en`.
   */
  language: z
    .string()
    .min(2)
    .refine(isLanguageTag, { message: 'a BCP 47 language tag, such as en or fr-CA' })
    .default('en'),
  /**
   * Typography as an editor sets it: straight quotes as the language's marks (`“…”`,
   * `«…»`), apostrophes as `’`, hyphens in number and date ranges as en dashes
   * (`17–20 May`, `2022–2025`) with no line break after the dash, and no-break spaces that
   * keep dates, ranges of dates, short references, a title with the name after it and, in
   * languages that group digits with spaces, numbers (`27 December 2021`, `30 April – 2 May`,
   * `para. 12`, `Ms. Roe`, `12 500`) on one line. Addresses, symbols with a slash, ISBNs
   * and phone numbers are left as written. `false` leaves the text as written. Default: `true`.
   */
  typography: z.boolean().optional(),
  /** The meeting's rule: `chatham-house` hides who said what; `on-the-record` does not. */
  rule: z.enum(['chatham-house', 'on-the-record']).default('chatham-house'),
  /** UN document symbol, such as `A/HRC/49/1`. */
  symbol: z.string().min(1).optional(),
  /** Distribution, such as `General`. */
  distribution: z.string().min(1).optional(),
  /** Original language, such as `English`. */
  originalLanguage: z.string().min(1).optional(),
  /** A one-sentence description for document metadata. */
  description: z.string().min(1).optional(),
  /** Keywords for document metadata. Default: none. */
  keywords: z.array(z.string().min(1)).default([]),
  /** Where and until when participants send comments, shown by the draft for comment. Default: none. */
  comments: commentInstructions.optional(),
  /** Named speakers. Default: none. */
  people: z.array(person).default([]),
  /** Identities behind anonymous interventions, for the internal variant only. Default: none. */
  participants: z.array(participantIdentity).default([]),
  /** Who attended, in figures, for the attendance section. Default: none. */
  attendance: attendance.optional(),
  /** The numbered list of background documents, the last section. Default: none. */
  backgroundDocuments: backgroundDocuments.optional(),
  /** Annexes after the body. Default: none. */
  annexes: z.array(annex).default([]),
})
export type FrontMatter = z.infer<typeof frontMatter>
export type FrontMatterInput = z.input<typeof frontMatter>
