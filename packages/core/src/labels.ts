import { z } from 'zod'
import type { OptionalShape } from './optional-shape.js'
import { strictObject } from './strict-object.js'

const label = z.string()

/**
 * Every word the product adds to a document, in one language. A label may hold
 * `{name}` placeholders, filled by resolution (`{date}`, `{number}`, …); the
 * defaults below are the English catalogue's.
 */
export const labels = strictObject({
  /** The report type when the front matter names none. Default: `Summary report`. */
  reportType: label,
  /** The masthead's line naming the facilitating office. Default: `Facilitated by {facilitator}`. */
  facilitatedBy: label,
  /**
   * The article put before the facilitator's name unless the name starts with it;
   * empty for none. Default: `the`.
   */
  facilitatorArticle: label,
  /** The modality `virtual`. Default: `Virtual`. */
  modalityVirtual: label,
  /** The modality `in-person`. Default: `In person`. */
  modalityInPerson: label,
  /** The modality `hybrid`. Default: `Hybrid`. */
  modalityHybrid: label,
  /** The meeting's time with its zone. Default: `{time} ({zone})`. */
  timeWithZone: label,
  /** The masthead's date line with a time. Default: `{date}, {time} – {place}`. */
  dateLine: label,
  /** The masthead's date line without a time. Default: `{date} – {place}`. */
  dateLineWithoutTime: label,
  /** The distribution line. Default: `Distr.: {distribution}`. */
  distribution: label,
  /** The original-language line. Default: `Original: {language}`. */
  originalLanguage: label,
  /**
   * The masthead's status line and the running head's, the report type and the variant's
   * status (a variant without one shows the report type alone). Default: `{reportType} — {status}`.
   */
  statusLine: label,
  /** The status of the draft variant, as the status line words it. Default: `draft for comment`. */
  statusDraft: label,
  /** The status of the internal variant. Default: `internal`. */
  statusInternal: label,
  /** The status of the digest variant. Default: `recommendations digest`. */
  statusDigest: label,
  /** The draft's diagonal watermark. Default: `DRAFT`. */
  watermarkDraft: label,
  /** A banner that says a document is a draft for comment, for variants a config words so. Default: `Draft for comment`. */
  bannerDraft: label,
  /** The notice of a variant that names participants. Default: `Internal — not for distribution`. */
  internalNotice: label,
  /** The comment line with a deadline only. Default: `Comments on this draft are welcome until {deadline}.` */
  commentLine: label,
  /** The comment line with a recipient. Default: `Comments on this draft are welcome until {deadline}, to {recipient}.` */
  commentLineRecipient: label,
  /** The comment line with an address. Default: `Comments on this draft are welcome until {deadline}, at {address}.` */
  commentLineAddress: label,
  /** The comment line with both. Default: `Comments on this draft are welcome until {deadline}, to {recipient} at {address}.` */
  commentLineRecipientAddress: label,
  /** The document's subject (metadata). Default: `{reportType}, {date}`. */
  subject: label,
  /** The document's description (metadata) when the front matter has none. Default: `{reportType} of {title}, {date}.` */
  description: label,
  /** The heading of the background documents. Default: `Background documents`. */
  backgroundDocuments: label,
  /** The label of a report's only annex. Default: `Annex`. */
  annex: label,
  /** The label of one of several annexes. Default: `Annex {numeral}`. */
  annexNumbered: label,
  /** An annex's label and title as one line, in bookmarks and contents. Default: `{label}: {title}`. */
  annexEntry: label,
  /** The agenda's time column. Default: `Time`. */
  agendaTime: label,
  /** The agenda's details column. Default: `Details`. */
  agendaDetails: label,
  /** The heading of the attendance section. Default: `Attendance`. */
  attendance: label,
  /** The attendance line of the total. Default: `Participants: {count}`. */
  attendanceTotal: label,
  /** The attendance line of a category. Default: `{category}: {count}`. */
  attendanceCategory: label,
  /** The attendance line of the countries. Default: `Countries ({count}): {countries}`. */
  attendanceCountries: label,
  /** The attendance line of the gender shares. Default: `Women: {women}; men: {men}`. */
  attendanceGender: label,
  /** The same with a share of others. Default: `Women: {women}; men: {men}; other: {other}`. */
  attendanceGenderOther: label,
  /** A share in per cent. Default: `{number} per cent`. */
  percent: label,
  /** The heading of the digest's recommendations. Default: `Recommendations`. */
  recommendations: label,
  /** The digest's text when the report has no recommendations. Default: `The report records no recommendations.` */
  noRecommendations: label,
  /** The heading of the digest's recommendations when some are calls. Default: `Recommendations and calls`. */
  recommendationsAndCalls: label,
  /** The digest's heading of what anonymous participants recommended. Default: `Participants`. */
  anonymousSpeakers: label,
  /**
   * A digest item's reference to its paragraph in the report, with the space before it,
   * set before the item's last punctuation. Default: ` (para. {number})`, a no-break space after `para.`.
   */
  paragraphReference: label,
  /** The digest's statement of the Chatham House Rule, made once. Default: `The consultation was held under the Chatham House Rule: …`. */
  ruleChathamHouse: label,
  /** The digest's statement of a meeting held on the record. Default: `The consultation was held on the record: …`. */
  ruleOnTheRecord: label,
  /** The page number in the running foot. Default: `Page {page} of {pages}`. */
  pageNumber: label,
  /** The heading of the table of contents. Default: `Contents`. */
  contents: label,
  /** The heading of the notes. Default: `Notes`. */
  notes: label,
  /** The link that skips to the report's body (HTML). Default: `Skip to the report`. */
  skipToContent: label,
  /** The accessible name of a numbered paragraph's self-link (HTML). Default: `Paragraph {number}`. */
  paragraph: label,
  /** The accessible name of a note marker. Default: `Note {number}`. */
  note: label,
  /** The accessible name of a note's link back to a reference. Default: `Back to reference {number}`. */
  backToReference: label,
  /** The accessible name of a speaker's recommendations. Default: `Recommendations of {speaker}`. */
  recommendationsOf: label,
})
export type Labels = z.infer<typeof labels>

/** Some labels of a language, as a config overrides them. */
export const labelsOverride: z.ZodObject<
  OptionalShape<(typeof labels)['shape']>,
  z.core.$strict
> = labels.partial()
export type LabelsOverride = z.infer<typeof labelsOverride>
