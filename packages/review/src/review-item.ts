/** What a reviewer did: a comment, or a tracked insertion, deletion or move. */
export const reviewItemKinds = ['comment', 'insertion', 'deletion', 'move'] as const

/** One of `reviewItemKinds`. */
export type ReviewItemKind = (typeof reviewItemKinds)[number]

/** Where in the report's source a reviewed text lives. */
export interface SourcePlace {
  file: string
  /** 1-based line. */
  line: number
  /** 1-based column. */
  column: number
}

/** A reply to a comment, as Word threads them. */
export interface CommentReply {
  author: string
  /** ISO 8601, or null when the copy gives none. */
  date: string | null
  text: string
  /** Marked done (resolved) in Word. */
  resolved: boolean
}

/** One comment or tracked change read from a returned copy, and where it belongs. */
export interface ReviewItem {
  kind: ReviewItemKind
  /** The numbered paragraph it is on, or null (a heading, a note, a list, or unplaced). */
  paragraph: number | null
  /** The footnote it is in, or null. */
  footnote: number | null
  /** The section or annex it is in, such as `II. Opening remarks`; null when unplaced. */
  section: string | null
  /** The reviewer, as the copy names them (or `Reviewer 2` when anonymised). */
  author: string
  /** ISO 8601, or null when the copy gives none. */
  date: string | null
  /** The comment, or the text inserted, deleted or moved. */
  text: string
  /** The text the comment is on, or the text around the change; empty when it has none. */
  quoted: string
  /** Where that text lives in the report's source, or null when unplaced. */
  source: SourcePlace | null
  /** The returned copy it was read from, as named on the command line. */
  reviewerFile: string
  /** What the item is placed on, such as `para. 12`, `Footnote 3`, `Agenda, row 2`; `Unplaced` when nothing fits. */
  place: string
  /** How it was placed: by the copy's bookmark, by matching the paragraph's text, or not at all. */
  placedBy: 'bookmark' | 'text' | 'none'
  /** Dated after the comments' deadline. */
  late: boolean
  /** A comment marked done (resolved) in Word. */
  resolved: boolean
  /** Replies to a comment, in order. */
  replies: CommentReply[]
  /** For a move, where the text went, such as `para. 14`; null otherwise. */
  movedTo: string | null
}

/** A part of a returned copy that could not be read, and what was read without it. */
export interface ReviewWarning {
  /** The returned copy, with the part and line where known, such as `ana.docx: word/comments.xml:3:14`. */
  where: string
  message: string
}
