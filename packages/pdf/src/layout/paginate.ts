import type { FlowLine, LaidOutPage, PlacedLine } from './types.js'

/** The page's frame for body text and notes, in points from the page's top edge. */
export interface PageFrame {
  /** Top of the body text. */
  top: number
  /** Height available to body text and notes together. */
  height: number
  /** Height taken above the first note line by the separator rule and its gaps. */
  separatorSpace: number
  /** The smallest number of a note's lines kept on the page of its reference when the note is split. */
  minimumNoteLines: number
}

interface PageState {
  body: PlacedLine[]
  bodyHeight: number
  noteLines: FlowLine[]
  /** Lines continued from the previous page's last note. */
  carried: boolean
}

function notesHeight(lines: readonly FlowLine[], frame: PageFrame): number {
  if (lines.length === 0) return 0
  let height = frame.separatorSpace
  lines.forEach((line, index) => {
    height += line.height + (index > 0 ? line.spaceBefore : 0)
  })
  return height
}

/** How much a gap between blocks may grow, as a share of its own size, to fill a page. */
const maximumStretch = 1.5

/**
 * Spreads a page's `left` over space between its blocks, so that its last line stands
 * at the foot of the frame (or just above the notes) and leaves no hole there, as a
 * typesetter justifies a page. Each gap grows at most by half as much again as its own
 * size; what is left beyond that stays at the foot.
 */
function fillPage(body: PlacedLine[], left: number): void {
  if (left <= 0.01) return
  let stretchable = 0
  body.forEach((placed, index) => {
    if (index > 0 && !placed.artifact) stretchable += placed.line.spaceBefore
  })
  if (stretchable <= 0) return
  const ratio = Math.min(maximumStretch, left / stretchable)
  let shift = 0
  body.forEach((placed, index) => {
    if (index > 0 && !placed.artifact) shift += placed.line.spaceBefore * ratio
    placed.y += shift
  })
}

function chunksOf(lines: readonly FlowLine[]): FlowLine[][] {
  const chunks: FlowLine[][] = []
  let chunk: FlowLine[] = []
  for (const line of lines) {
    chunk.push(line)
    if (!line.keepWithNext) {
      chunks.push(chunk)
      chunk = []
    }
  }
  if (chunk.length > 0) chunks.push(chunk)
  return chunks
}

/**
 * Places body lines on pages, each note at the foot of the page that references it.
 * Breaks only between chunks (lines joined by `keepWithNext`); a note too long for
 * the space left starts on its reference's page and continues on the next, and that
 * page takes no further body lines.
 */
export function paginate(
  body: readonly FlowLine[],
  notes: ReadonlyMap<number, readonly FlowLine[]>,
  frame: PageFrame,
): LaidOutPage[] {
  const pages: LaidOutPage[] = []
  const placedNotes = new Set<number>()
  let carry: FlowLine[] = []
  let page: PageState = { body: [], bodyHeight: 0, noteLines: [], carried: false }

  /** Closes the page; a page that ends because the next lines do not fit is filled to its foot. */
  const finish = (fill: boolean) => {
    if (fill)
      fillPage(page.body, frame.height - page.bodyHeight - notesHeight(page.noteLines, frame))
    const placedNoteLines: PlacedLine[] = []
    const separators: number[] = []
    if (page.noteLines.length > 0) {
      const areaTop = frame.top + frame.height - notesHeight(page.noteLines, frame)
      separators.push(areaTop)
      let y = areaTop + frame.separatorSpace
      page.noteLines.forEach((line, index) => {
        if (index > 0) y += line.spaceBefore
        placedNoteLines.push({ line, y, artifact: false })
        y += line.height
      })
    }
    pages.push({ body: page.body, notes: placedNoteLines, separators })
  }

  const startPage = () => {
    page = { body: [], bodyHeight: 0, noteLines: [], carried: carry.length > 0 }
    const capacity = frame.height - frame.separatorSpace
    let used = 0
    let taken = 0
    while (taken < carry.length) {
      const line = carry[taken]!
      const added = line.height + (taken > 0 ? line.spaceBefore : 0)
      if (taken > 0 && used + added > capacity) break
      used += added
      taken++
    }
    page.noteLines = carry.slice(0, taken)
    carry = carry.slice(taken)
    if (carry.length > 0) {
      finish(false)
      startPage()
    }
  }

  const bodyNeeded = (chunk: readonly FlowLine[]) => {
    let height = 0
    const header = page.body.length === 0 ? chunk[0]?.repeatHeader : null
    if (header) height += header.height
    chunk.forEach((line, index) => {
      height +=
        line.height + (index === 0 && page.body.length === 0 && !header ? 0 : line.spaceBefore)
    })
    return height
  }

  const commit = (chunk: readonly FlowLine[], noteLines: FlowLine[]) => {
    const header = page.body.length === 0 ? chunk[0]?.repeatHeader : null
    if (header) {
      page.body.push({ line: header, y: frame.top, artifact: true })
      page.bodyHeight = header.height
    }
    for (const line of chunk) {
      const space = page.body.length === 0 ? 0 : line.spaceBefore
      page.body.push({ line, y: frame.top + page.bodyHeight + space, artifact: false })
      page.bodyHeight += space + line.height
    }
    page.noteLines = noteLines
  }

  const tryPlace = (chunk: readonly FlowLine[], force: boolean): boolean => {
    const newNotes: number[] = []
    for (const line of chunk) {
      for (const number of line.noteNumbers) {
        if (!placedNotes.has(number) && !newNotes.includes(number) && notes.has(number))
          newNotes.push(number)
      }
    }
    const needed = page.bodyHeight + bodyNeeded(chunk)
    const allNotes = [...page.noteLines, ...newNotes.flatMap((number) => notes.get(number) ?? [])]
    if (force || needed + notesHeight(allNotes, frame) <= frame.height + 0.01) {
      commit(chunk, allNotes)
      for (const number of newNotes) placedNotes.add(number)
      return true
    }
    if (newNotes.length === 0) return false
    // The last note the lines reference may start here and continue at the top of the
    // next page's notes, as TeX splits an insertion, rather than drag its line over.
    const last = notes.get(newNotes[newNotes.length - 1]!) ?? []
    const before = [
      ...page.noteLines,
      ...newNotes.slice(0, -1).flatMap((number) => notes.get(number) ?? []),
    ]
    for (let kept = last.length - 1; kept >= frame.minimumNoteLines; kept--) {
      const candidate = [...before, ...last.slice(0, kept)]
      if (needed + notesHeight(candidate, frame) <= frame.height + 0.01) {
        commit(chunk, candidate)
        for (const number of newNotes) placedNotes.add(number)
        carry = last.slice(kept)
        finish(true)
        startPage()
        return true
      }
    }
    return false
  }

  const place = (chunk: readonly FlowLine[]) => {
    if (chunk[0]?.pageBreakBefore && page.body.length > 0) {
      finish(false)
      startPage()
    }
    for (;;) {
      if (tryPlace(chunk, false)) return
      const empty = page.body.length === 0 && !page.carried
      if (empty) {
        if (chunk.length > 1) {
          for (const line of chunk) place([line])
        } else {
          tryPlace(chunk, true)
        }
        return
      }
      finish(true)
      startPage()
    }
  }

  for (const chunk of chunksOf(body)) place(chunk)
  while (carry.length > 0) {
    finish(false)
    startPage()
  }
  finish(false)
  return pages
}
