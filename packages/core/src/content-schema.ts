import { z } from 'zod'

/** Plain text. */
export interface TextNode {
  type: 'text'
  value: string
}

/** Emphasised (italic) text, as in *non-refoulement*. */
export interface EmphasisNode {
  type: 'emphasis'
  children: Inline[]
}

/** Strong (bold) text, as in a lead-in. */
export interface StrongNode {
  type: 'strong'
  children: Inline[]
}

/** A hyperlink; only http, https and mailto URLs are accepted. */
export interface LinkNode {
  type: 'link'
  url: string
  children: Inline[]
}

/** A reference to a footnote by its identifier in the source (`[^4]` references `4`). */
export interface FootnoteReferenceNode {
  type: 'footnoteReference'
  identifier: string
}

/**
 * A mention of a named speaker from `people`, by id. Core decides the words:
 * the first mention reads in full, later ones short, unless `form` says otherwise.
 */
export interface MentionNode {
  type: 'mention'
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
  label: string
  identity?: string
}

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
  | BreakNode

const inlineList: z.ZodType<Inline[]> = z.lazy(() => z.array(inline))

/** Schema of one inline node. */
export const inline: z.ZodType<Inline> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('text'), value: z.string() }),
    z.strictObject({ type: z.literal('emphasis'), children: inlineList }),
    z.strictObject({ type: z.literal('strong'), children: inlineList }),
    z.strictObject({ type: z.literal('link'), url: z.string().min(1), children: inlineList }),
    z.strictObject({ type: z.literal('footnoteReference'), identifier: z.string().min(1) }),
    z.strictObject({
      type: z.literal('mention'),
      person: z.string().min(1),
      form: z.enum(['full', 'short']).optional(),
    }),
    z.strictObject({
      type: z.literal('participant'),
      label: z.string().min(1),
      identity: z.string().min(1).optional(),
    }),
    z.strictObject({ type: z.literal('break') }),
  ]),
)

/** Schema of inline content. */
export const inlineContent = z.array(inline)

/** A paragraph of the body; numbered (1…N across the document) unless `numbered` is false. */
export const paragraph = z.strictObject({
  type: z.literal('paragraph'),
  /** Whether the paragraph takes the next paragraph number. Default: true. */
  numbered: z.boolean().default(true),
  content: inlineContent,
})
export type Paragraph = z.infer<typeof paragraph>

/** A subheading inside a section. */
export const subheading = z.strictObject({
  type: z.literal('subheading'),
  text: z.string().min(1),
})
export type Subheading = z.infer<typeof subheading>

/** A bullet list, or an ordered list when `ordered` is true. */
export const list = z.strictObject({
  type: z.literal('list'),
  /** Whether the items are numbered. Default: false. */
  ordered: z.boolean().default(false),
  items: z.array(inlineContent).min(1),
})
export type List = z.infer<typeof list>

/** One item of a checklist: a bold lead-in ("Transparency:") and its text. */
export const checklistItem = z.strictObject({
  leadIn: inlineContent,
  content: inlineContent,
})
export type ChecklistItem = z.infer<typeof checklistItem>

/** A list of principles, each marked with a check mark and a bold lead-in. */
export const checklist = z.strictObject({
  type: z.literal('checklist'),
  items: z.array(checklistItem).min(1),
})
export type Checklist = z.infer<typeof checklist>

/** Recommendations made by one speaker, lettered A, B, C… from A for each list. */
export const recommendations = z.strictObject({
  type: z.literal('recommendations'),
  /** The id of the speaker in `people`. */
  speaker: z.string().min(1),
  items: z.array(inlineContent).min(1),
})
export type Recommendations = z.infer<typeof recommendations>

/** A table with one header row. */
export const table = z.strictObject({
  type: z.literal('table'),
  header: z.array(inlineContent).min(1),
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
export const section = z.strictObject({
  type: z.literal('section'),
  title: z.string().min(1),
  blocks: z.array(block),
})
export type Section = z.infer<typeof section>

/** A footnote's text, referenced from the body by `identifier`. */
export const footnoteDefinition = z.strictObject({
  identifier: z.string().min(1),
  content: inlineContent,
})
export type FootnoteDefinition = z.infer<typeof footnoteDefinition>
