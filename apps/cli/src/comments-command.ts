import { readFile, stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { formatProblem, isReportError } from '@rapporteur/core'
import {
  collectReview,
  isReviewError,
  type Review,
  writeReviewCsv,
  writeReviewDocx,
  writeReviewHtml,
  writeReviewJson,
} from '@rapporteur/review'
import { atomicWrite } from './atomic-write.js'
import { type ExitCode, exitCode } from './exit-code.js'
import { sourceFile } from './load-source.js'
import { UsageError } from './usage-error.js'

/** The formats the comment matrix is written in. */
export const matrixFormats = ['json', 'csv', 'html', 'docx'] as const

/** One of `matrixFormats`. */
export type MatrixFormat = (typeof matrixFormats)[number]

/** Options of `rapporteur comments`. */
export interface CommentsOptions {
  source: string
  format?: string
  out?: string
  variant: string
  anonymise: boolean
}

async function readCopy(file: string): Promise<Uint8Array> {
  const found = await stat(file).catch(() => undefined)
  if (!found) throw new UsageError(`${file}: no such file`)
  if (!found.isFile()) throw new UsageError(`${file}: not a regular file`)
  return new Uint8Array(await readFile(file))
}

function formatOf(options: CommentsOptions): MatrixFormat {
  const format =
    options.format ?? (options.out ? extname(options.out).slice(1).toLowerCase() : 'json')
  if ((matrixFormats as readonly string[]).includes(format)) return format as MatrixFormat
  throw new UsageError(
    options.format
      ? `unknown format "${options.format}"; one of: ${matrixFormats.join(', ')}`
      : `cannot tell the format from "${options.out}"; give --format ${matrixFormats.join('|')}`,
  )
}

async function written(review: Review, format: MatrixFormat): Promise<Uint8Array | string> {
  switch (format) {
    case 'json':
      return writeReviewJson(review)
    case 'csv':
      return writeReviewCsv(review)
    case 'html':
      return writeReviewHtml(review)
    case 'docx':
      return writeReviewDocx(review)
  }
}

/**
 * `rapporteur comments RETURNED.docx… --source report.md`: reads the comments and tracked
 * changes of returned drafts and writes the comment matrix, ordered by paragraph.
 */
export async function commentsCommand(
  copies: string[],
  options: CommentsOptions,
): Promise<ExitCode> {
  const format = formatOf(options)
  if (format === 'docx' && !options.out) throw new UsageError('--format docx needs --out FILE.docx')
  if (!['draft', 'final', 'internal'].includes(options.variant))
    throw new UsageError(
      `unknown variant "${options.variant}" for comments; one of: draft, final, internal`,
    )
  const source = await sourceFile(options.source)
  const [text, ...bytes] = await Promise.all([readFile(source), ...copies.map(readCopy)])
  let review: Review
  try {
    review = collectReview(
      new Uint8Array(text!),
      copies.map((file, index) => ({ file, bytes: bytes[index]! })),
      {
        filename: source,
        variant: options.variant as 'draft' | 'final' | 'internal',
        anonymise: options.anonymise,
      },
    )
  } catch (error) {
    if (isReportError(error)) {
      for (const problem of error.problems) process.stderr.write(`${formatProblem(problem)}\n`)
      return exitCode.invalidInput
    }
    if (isReviewError(error)) {
      for (const message of error.messages) process.stderr.write(`${message}\n`)
      process.stderr.write('nothing written: every returned copy must be readable\n')
      return exitCode.invalidInput
    }
    throw error
  }
  for (const warning of review.warnings)
    process.stderr.write(`${warning.where}: warning: ${warning.message}\n`)
  const unplaced = review.items.filter((item) => item.placedBy === 'none').length
  if (unplaced > 0)
    process.stderr.write(
      `${unplaced} item${unplaced === 1 ? '' : 's'} could not be placed on the report; listed as Unplaced\n`,
    )
  const output = await written(review, format)
  if (options.out) {
    await atomicWrite(
      options.out,
      typeof output === 'string' ? new TextEncoder().encode(output) : output,
    )
    process.stderr.write(
      `${review.items.length} item${review.items.length === 1 ? '' : 's'} from ${copies.length} returned cop${copies.length === 1 ? 'y' : 'ies'} → ${options.out}\n`,
    )
  } else process.stdout.write(output as string)
  return review.warnings.length > 0 ? exitCode.invalidInput : exitCode.ok
}
