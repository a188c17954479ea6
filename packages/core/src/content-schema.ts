import { z } from 'zod'
import { strictObject } from './strict-object.js'

/** Plain text. */
export interface TextNode {
  type: 'text'
  /** The text, as written; core sets its quotation marks and spaces by the report's language. */
  value: string
}

/** Emphasised (italic) text, as in *non-refoulement*. */
export interface EmphasisNode {
  type: 'emphasis'
  /** The emphasised content. */
  children: Inline[]
}

/** Strong (bold) text, as in a lead-in. */
export interface StrongNode {
  type: 'strong'
  /** The bold content. */
  children: Inline[]
}

/** A hyperlink; only http, https and mailto URLs are accepted. */
export interface LinkNode {
  type: 'link'
  /** Where the link goes: an `http:`, `https:` or `mailto:` URL. */
  url: string
  /** The words that carry the link. */
  children: Inline[]
}

/** A reference to a footnote by its identifier in the source (`[^4]` references `4`). */
export interface FootnoteReferenceNode {
  type: 'footnoteReference'
  /** The `identifier` of a footnote in `footnotes`; core numbers notes in order of first reference. */
  identifier: string
}

/**
 * A mention of a named speaker from `people`, by id. Core decides the words:
 * the first mention reads in full, later ones short, unless `form` says otherwise.
 */
export interface MentionNode {
  type: 'mention'
  /** The `id` of a person in `people`, as `:person{#omidvar}` writes it. */
  person: string
  /** Force the full or the short form. Default: full at the first mention, short after. */
  form?: 'full' | 'short'
}

/**
 * An intervention by a participant who is not a named speaker: `label` is what the
 * text says ("A participant"); `identity` optionally points at `participants`, which
 * only the internal variant reveals.
 */
export interface ParticipantNode {
  type: 'participant'
  /** What every variant says, such as `A participant` or `One parliamentarian`. */
  label: string
  /** The `id` of an entry in `participants`, named only by the internal variant. Default: none. */
  identity?: string
}

/**
 * A sentence, list item or paragraph marked as a recommendation or a call the meeting
 * made, which the digest gathers with its paragraph's number. `by` names who made it:
 * a person's id, or `participant` for an anonymous participant; without it, the first
 * mention or intervention inside says who.
 */
export interface RecommendationNode {
  type: 'recommendation'
  /** `recommendation`, or `call` for a call to action. */
  kind: 'recommendation' | 'call'
  /** A person's id, or `participant`. Default: the first mention or intervention inside. */
  by?: string
  /** The marked words, which the report reads as if they were not marked. */
  children: Inline[]
}

/** The `by` of a recommendation made by an anonymous participant. */
export const anonymousSpeaker = 'participant'

/** A hard line break. */
export interface BreakNode {
  type: 'break'
}

/** Inline content of paragraphs, list items, footnotes and table cells. */
export type Inline =
  | TextNode
  | EmphasisNode
  | StrongNode
  | LinkNode
  | FootnoteReferenceNode
  | MentionNode
  | ParticipantNode
  | RecommendationNode
  | BreakNode

// Inline nodes have no defaults: what is written in code is what is checked, so the
// input and the output types are both `Inline`.
const inlineList: z.ZodType<Inline[], Inline[]> = z.lazy(() => z.array(inline))

/** Schema of one inline node, the union of the `*Node` types by their `type`. */
export const inline: z.ZodType<Inline, Inline> = z.discriminatedUnion('type', [
  strictObject({ type: z.literal('text'), value: z.string() }),
  strictObject({ type: z.literal('emphasis'), children: inlineList }),
  strictObject({ type: z.literal('strong'), children: inlineList }),
  strictObject({ type: z.literal('link'), url: z.string().min(1), children: inlineList }),
  strictObject({ type: z.literal('footnoteReference'), identifier: z.string().min(1) }),
  strictObject({
    type: z.literal('mention'),
    person: z.string().min(1),
    form: z.enum(['full', 'short']).optional(),
  }),
  strictObject({
    type: z.literal('participant'),
    label: z.string().min(1),
    identity: z.string().min(1).optional(),
  }),
  strictObject({
    type: z.literal('recommendation'),
    kind: z.enum(['recommendation', 'call']),
    by: z.string().min(1).optional(),
    children: inlineList,
  }),
  strictObject({ type: z.literal('break') }),
])

/** Schema of inline content. */
export const inlineContent = z.array(inline)

/** A paragraph of the body; numbered (1…N across the document) unless `numbered` is false. */
export const paragraph = strictObject({
  type: z.literal('paragraph'),
  /** Whether the paragraph takes the next paragraph number. Default: true. */
  numbered: z.boolean().default(true),
  /** The paragraph's text. */
  content: inlineContent,
})
export type Paragraph = z.infer<typeof paragraph>

/** A subheading inside a section. */
export const subheading = strictObject({
  type: z.literal('subheading'),
  /** The subheading's words. */
  text: z.string().min(1),
})
export type Subheading = z.infer<typeof subheading>

/** A bullet list, or an ordered list when `ordered` is true. */
export const list = strictObject({
  type: z.literal('list'),
  /** Whether the items are numbered. Default: false. */
  ordered: z.boolean().default(false),
  /** The items, each its inline content. At least one. */
  items: z.array(inlineContent).min(1),
})
export type List = z.infer<typeof list>

/** One item of a checklist: a bold lead-in ("Transparency:") and its text. */
export const checklistItem = strictObject({
  /** The bold words that open the item, such as `Transparency:`. */
  leadIn: inlineContent,
  /** The rest of the item's text. */
  content: inlineContent,
})
export type ChecklistItem = z.infer<typeof checklistItem>

/** A list of principles, each marked with a check mark and a bold lead-in. */
export const checklist = strictObject({
  type: z.literal('checklist'),
  /** The checklist's items. At least one. */
  items: z.array(checklistItem).min(1),
})
export type Checklist = z.infer<typeof checklist>

/** Recommendations made by one speaker, lettered A, B, C… from A for each list. */
export const recommendations = strictObject({
  type: z.literal('recommendations'),
  /** The id of the speaker in `people`. */
  speaker: z.string().min(1),
  /** The recommendations, lettered in this order. At least one. */
  items: z.array(inlineContent).min(1),
})
export type Recommendations = z.infer<typeof recommendations>

/** A table with one header row. */
export const table = strictObject({
  type: z.literal('table'),
  /** The header row's cells. At least one. */
  header: z.array(inlineContent).min(1),
  /** The body rows, each a list of cells as wide as the header. */
  rows: z.array(z.array(inlineContent)),
})
export type Table = z.infer<typeof table>

/** Schema of one block of a section. */
export const block = z.discriminatedUnion('type', [
  paragraph,
  subheading,
  list,
  checklist,
  recommendations,
  table,
])
export type Block = z.infer<typeof block>

/** A section of the body, numbered with a roman numeral (I, II, …) by core. */
export const section = strictObject({
  type: z.literal('section'),
  /** The section's heading, without its number. */
  title: z.string().min(1),
  /** The section's paragraphs, subheadings, lists, checklists, recommendations and tables. */
  blocks: z.array(block),
})
export type Section = z.infer<typeof section>

/** A footnote's text, referenced from the body by `identifier`. */
export const footnoteDefinition = strictObject({
  /** The label references use: `[^4]` in the source is identifier `4`. */
  identifier: z.string().min(1),
  /** The note's text. */
  content: inlineContent,
})
export type FootnoteDefinition = z.infer<typeof footnoteDefinition>

/** The body of a report: its sections and the footnotes' texts, after the front matter. */
export const reportBody = strictObject({
  /** The body: the numbered sections, in order. At least one. */
  sections: z.array(section).min(1, 'at least one section'),
  /** The footnotes' texts, referenced from the body by identifier. Default: none. */
  footnotes: z.array(footnoteDefinition).default([]),
})
export type ReportBody = z.infer<typeof reportBody>
