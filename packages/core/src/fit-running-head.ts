import { shortenToFit } from './shorten-to-fit.js'

/** What a running head is made of, and the line it must fit on. */
export interface RunningHeadLine {
  /** The short title, at the start of the line. */
  title: string
  /** The status, at the end of the line. */
  status: string
  /** The line's width, in the renderer's unit. */
  width: number
  /** The least space kept between the title and the status, in the same unit. */
  gap: number
  /** The width of `text` set as the title (`'title'`) or the status (`'status'`). */
  measure(text: string, part: 'title' | 'status'): number
  /** The report's language (BCP 47), for where its words end. */
  language?: string
}

/** The share of the line a title keeps before the status is shortened too. */
const titleShare = 0.4

/**
 * A running head that fits on one line: the title shortened at a word with an ellipsis
 * until it fits beside the status; if the status is so long that the title would keep
 * less than 40 % of the line, the title keeps that much and the status is shortened too.
 * Parts that fit are kept whole.
 */
export function fitRunningHead(line: RunningHeadLine): { title: string; status: string } {
  const { width, gap, measure, language } = line
  const statusWidth = measure(line.status, 'status')
  const titleRoom = Math.max(width - gap - statusWidth, width * titleShare)
  const title = shortenToFit(line.title, (text) => measure(text, 'title') <= titleRoom, language)
  const statusRoom = width - gap - measure(title, 'title')
  const status = shortenToFit(
    line.status,
    (text) => measure(text, 'status') <= statusRoom,
    language,
  )
  return { title, status }
}
