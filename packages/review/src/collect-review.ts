import {
  type BuiltInVariantName,
  parseReport,
  resolveReport,
  type SourceMap,
  toSourcePositions,
  type Variant,
} from '@rapporteur/core'
import type { CopyComment } from './comment-parts.js'
import { type ReturnedCopy, readReturnedCopy } from './read-returned-copy.js'
import { type ReportTarget, reportTargets } from './report-targets.js'
import { ReviewError } from './review-error.js'
import type { CommentReply, ReviewItem, ReviewWarning } from './review-item.js'
import { createSourceFinder, type SourceFinder } from './source-finder.js'
import {
  type ComparableText,
  comparable,
  createTextIndex,
  similarity,
  type TextIndex,
} from './text-similarity.js'
import type { CopyParagraph, WalkedPart } from './word-part.js'

/** A returned copy to read: its name as given and its bytes. */
export interface ReturnedFile {
  file: string
  bytes: Uint8Array
}

/** Options of `collectReview`. */
export interface CollectOptions {
  /** The report's source file name, used in source places. Default: `report.md`. */
  filename?: string
  /** The variant the copies were sent as. Default: `draft`. */
  variant?: BuiltInVariantName | Variant
  /** Name reviewers `Reviewer 1`, `Reviewer 2`, … in the order they first appear. Default: false. */
  anonymise?: boolean
}

/** Every comment and tracked change of the returned copies, placed and ordered by paragraph. */
export interface Review {
  /** The report's title. */
  title: string
  /** The comments' deadline, YYYY-MM-DD, or null when the report sets none. */
  deadline: string | null
  /** The reviewers as named in the items, in order of first appearance. */
  reviewers: string[]
  /** In the order of the report's paragraphs; unplaced items last. */
  items: ReviewItem[]
  /** Parts of copies that could not be read, each with what was left out. */
  warnings: ReviewWarning[]
}

// Below this, a copy's paragraph is not taken for a part of the report.
const threshold = 0.5

interface Placement {
  target: ReportTarget | null
  by: 'bookmark' | 'text' | 'none'
}

interface PlacedItem {
  item: ReviewItem
  order: number
  file: number
  sequence: number
}

/** The report's targets, indexed for matching a copy's paragraphs against them. */
interface PreparedTargets {
  targets: readonly ReportTarget[]
  texts: ReadonlyMap<ReportTarget, ComparableText>
  index: TextIndex
  /**
   * The copies' texts already prepared, and the target each matched: copies of one draft
   * share most of their paragraphs, so each is compared once a review.
   */
  seen: Map<string, ComparableText>
  matched: Map<string, number>
}

// A bookmark is believed when its paragraph still reads somewhat like the report's: a
// copy of another report made by Rapporteur has bookmarks of the same names.
const bookmarkThreshold = 0.25

function comparableOnce(text: string, seen: Map<string, ComparableText>): ComparableText {
  let prepared = seen.get(text)
  if (prepared === undefined) {
    prepared = comparable(text)
    seen.set(text, prepared)
  }
  return prepared
}

function placeParagraphs(
  part: WalkedPart,
  inNote: boolean,
  { targets, texts, index, seen, matched }: PreparedTargets,
): Map<CopyParagraph, Placement> {
  const byAnchor = new Map(
    targets.flatMap((target) =>
      target.anchor !== null && target.inNote === inNote ? [[target.anchor, target] as const] : [],
    ),
  )
  const rows = new Map<string, string>()
  for (const paragraph of part.paragraphs) {
    if (paragraph.row === null) continue
    const key = `${paragraph.row.table}:${paragraph.row.row}`
    rows.set(key, `${rows.get(key) ?? ''} ${paragraph.original}`)
  }
  const placements = new Map<CopyParagraph, Placement>()
  let previous: Placement = { target: null, by: 'none' }
  let previousNote: string | null = null
  for (const paragraph of part.paragraphs) {
    if (paragraph.footnoteId !== previousNote) previous = { target: null, by: 'none' }
    previousNote = paragraph.footnoteId
    const anchored = paragraph.bookmarks
      .map((name) => byAnchor.get(name.replace(/_Copy_\d+$/, '')))
      .find((target) => target !== undefined)
    const believed =
      anchored !== undefined &&
      similarity(
        comparableOnce(`${paragraph.original} ${paragraph.current}`, seen),
        texts.get(anchored)!,
      ) >= bookmarkThreshold
    let placement: Placement
    if (anchored && believed) placement = { target: anchored, by: 'bookmark' }
    else if (paragraph.original.trim() === '') {
      // A paragraph the reviewer added belongs where it was added.
      placement = previous
    } else {
      const text =
        paragraph.row === null
          ? paragraph.original
          : (rows.get(`${paragraph.row.table}:${paragraph.row.row}`) ?? paragraph.original)
      const inTable = paragraph.row !== null
      const key = `${inNote ? 'n' : 'b'}${inTable ? 't' : 'p'}${text}`
      let found = matched.get(key)
      if (found === undefined) {
        found = index.closest(comparableOnce(text, seen), threshold, (at) => {
          const target = targets[at]!
          // A table's row is matched as a whole row; a paragraph outside tables is not one.
          return target.inNote === inNote && (inTable || !target.inTable)
        })
        matched.set(key, found)
      }
      placement =
        found === -1 ? { target: null, by: 'none' } : { target: targets[found]!, by: 'text' }
    }
    placements.set(paragraph, placement)
    if (placement.target !== null) previous = placement
  }
  return placements
}

function tail(text: string, length: number): string {
  const trimmed = text.trimEnd()
  if (trimmed.length <= length) return trimmed.trim()
  const cut = trimmed.slice(-length)
  const space = cut.indexOf(' ')
  return (space === -1 ? cut : cut.slice(space + 1)).trim()
}

function isLate(date: string | null, deadline: string | null): boolean {
  return date !== null && deadline !== null && date.slice(0, 10) > deadline
}

function repliesOf(comment: CopyComment, comments: readonly CopyComment[]): CommentReply[] {
  const replies: CommentReply[] = []
  const seen = new Set([comment.id])
  const visit = (parent: string) => {
    for (const reply of comments) {
      if (reply.parentId !== parent || seen.has(reply.id)) continue
      seen.add(reply.id)
      replies.push({
        author: reply.author,
        date: reply.date,
        text: reply.text,
        resolved: reply.resolved,
      })
      visit(reply.id)
    }
  }
  visit(comment.id)
  return replies
}

function itemsOfCopy(
  copy: ReturnedCopy,
  fileIndex: number,
  prepared: PreparedTargets,
  finder: SourceFinder,
  deadline: string | null,
): PlacedItem[] {
  const placed: PlacedItem[] = []
  const placements = new Map<CopyParagraph, Placement>()
  let substantive = 0
  let matched = 0
  for (const [part, inNote] of [
    [copy.body, false],
    [copy.footnotes, true],
  ] as const) {
    if (part === null) continue
    for (const [paragraph, placement] of placeParagraphs(part, inNote, prepared)) {
      placements.set(paragraph, placement)
      if (paragraph.original.trim().length >= 30) {
        substantive += 1
        // The masthead's lines are partly words every report shares ("Summary report —
        // draft for comment"), so a match there says nothing about whose copy this is.
        if (placement.target !== null && placement.target.section !== null) matched += 1
      }
    }
  }
  if (substantive > 0 && matched < Math.max(1, substantive / 5))
    throw new ReviewError(
      `${copy.file}: not a copy of this report: ${matched} of its ${substantive} paragraphs match the report's text`,
    )

  let sequence = 0
  const push = (
    paragraph: CopyParagraph | null,
    fields: Pick<ReviewItem, 'kind' | 'author' | 'date' | 'text' | 'quoted'> &
      Partial<Pick<ReviewItem, 'resolved' | 'replies' | 'movedTo'>>,
    needle: string,
    atEnd: boolean,
  ) => {
    const placement = (paragraph && placements.get(paragraph)) ?? {
      target: null,
      by: 'none' as const,
    }
    const target = placement.target
    placed.push({
      item: {
        kind: fields.kind,
        paragraph: target?.paragraph ?? null,
        footnote: target?.footnote ?? null,
        section: target?.section ?? null,
        author: fields.author,
        date: fields.date,
        text: fields.text,
        quoted: fields.quoted,
        source: target ? finder.find(target.source, needle, atEnd) : null,
        reviewerFile: copy.file,
        place: target?.place ?? 'Unplaced',
        placedBy: placement.by,
        late: isLate(fields.date, deadline),
        resolved: fields.resolved ?? false,
        replies: fields.replies ?? [],
        movedTo: fields.movedTo ?? null,
      },
      order: target?.order ?? Number.POSITIVE_INFINITY,
      file: fileIndex,
      sequence: sequence++,
    })
  }

  const anchors = new Map(
    [...(copy.body?.anchors ?? []), ...(copy.footnotes?.anchors ?? [])].map((anchor) => [
      anchor.id,
      anchor,
    ]),
  )
  for (const comment of copy.comments) {
    if (comment.parentId !== null) continue
    const anchor = anchors.get(comment.id)
    push(
      anchor?.paragraph ?? null,
      {
        kind: 'comment',
        author: comment.author,
        date: comment.date,
        text: comment.text,
        quoted: anchor?.quoted.trim() ?? '',
        resolved: comment.resolved,
        replies: repliesOf(comment, copy.comments),
      },
      anchor?.quoted ?? '',
      false,
    )
  }
  const changes = [...(copy.body?.changes ?? []), ...(copy.footnotes?.changes ?? [])]
  const destinations = new Map(
    changes.flatMap((change) =>
      change.kind === 'move' && change.moveTo && change.moveName
        ? [[change.moveName, change] as const]
        : [],
    ),
  )
  const paired = new Set<string>()
  for (const change of changes) {
    if (change.kind === 'move' && !change.moveTo && change.moveName) paired.add(change.moveName)
  }
  for (const change of changes) {
    if (change.text.trim() === '') continue
    if (change.kind === 'move' && change.moveTo && change.moveName && paired.has(change.moveName))
      continue
    const destination =
      change.kind === 'move' && !change.moveTo && change.moveName
        ? destinations.get(change.moveName)
        : undefined
    const before = tail(change.before, 60)
    const insertion = change.kind === 'insertion'
    push(
      change.paragraph,
      {
        kind: change.kind,
        author: change.author,
        date: change.date,
        text: change.text.trim(),
        quoted: insertion ? before : change.text.trim(),
        movedTo: destination
          ? (placements.get(destination.paragraph)?.target?.place ?? 'Unplaced')
          : null,
      },
      insertion ? before : change.text,
      insertion && before !== '',
    )
  }
  return placed
}

/**
 * Reads every returned copy of a draft and lists each comment (with its replies and
 * resolved mark) and each tracked insertion, deletion and move, placed on its paragraph,
 * heading, footnote or agenda row and on the source line where that text lives. A copy
 * that lost its bookmarks is placed by matching its paragraphs' text; an item that fits
 * nowhere is kept as unplaced. Throws a `ReviewError` listing every copy that is not a DOCX, is
 * password-protected, or is a copy of another report; a `ReportError` for a source with problems.
 *
 * @param source - The report's source text (or UTF-8 bytes), as the draft was built from.
 * @param copies - The returned copies, in the order their items should follow on one paragraph.
 */
export function collectReview(
  source: string | Uint8Array,
  copies: readonly ReturnedFile[],
  options: CollectOptions = {},
): Review {
  const filename = options.filename ?? 'report.md'
  let sourceMap: SourceMap | undefined
  const report = parseReport(source, {
    filename,
    onSourceMap: (map) => {
      sourceMap = map
    },
  })
  const resolved = resolveReport(report, {
    variant: options.variant ?? 'draft',
    sourcePositions: toSourcePositions(report, sourceMap!),
  })
  const targets = reportTargets(resolved, sourceMap!)
  const texts = new Map(targets.map((target) => [target, comparable(target.text)]))
  const prepared: PreparedTargets = {
    targets,
    texts,
    index: createTextIndex([...texts.values()]),
    seen: new Map(),
    matched: new Map(),
  }
  const text = typeof source === 'string' ? source : new TextDecoder().decode(source)
  const finder = createSourceFinder(text.replace(/^\uFEFF/, ''), filename)
  const deadline = report.comments?.deadline ?? null

  const warnings: ReviewWarning[] = []
  const placed: PlacedItem[] = []
  const unreadable: string[] = []
  copies.forEach((copy, index) => {
    try {
      const returned = readReturnedCopy(copy.bytes, copy.file)
      warnings.push(...returned.warnings)
      placed.push(...itemsOfCopy(returned, index, prepared, finder, deadline))
    } catch (error) {
      if (!(error instanceof ReviewError)) throw error
      unreadable.push(...error.messages)
    }
  })
  if (unreadable.length > 0) throw new ReviewError(unreadable)
  placed.sort(
    (left, right) =>
      left.order - right.order || left.file - right.file || left.sequence - right.sequence,
  )
  const items = placed.map(({ item }) => item)
  const reviewers = [...new Set(placed.map(({ item }) => item.author))]
  const review: Review = { title: resolved.metadata.title, deadline, reviewers, items, warnings }
  return options.anonymise ? anonymiseReview(review) : review
}

/** The review with each reviewer named `Reviewer 1`, `Reviewer 2`, … in order of first appearance. */
export function anonymiseReview(review: Review): Review {
  const names = new Map<string, string>()
  const nameOf = (author: string) => {
    let name = names.get(author)
    if (name === undefined) {
      name = `Reviewer ${names.size + 1}`
      names.set(author, name)
    }
    return name
  }
  for (const reviewer of review.reviewers) nameOf(reviewer)
  const items = review.items.map((item) => ({
    ...item,
    author: nameOf(item.author),
    replies: item.replies.map((reply) => ({ ...reply, author: nameOf(reply.author) })),
  }))
  return { ...review, reviewers: review.reviewers.map(nameOf), items }
}
