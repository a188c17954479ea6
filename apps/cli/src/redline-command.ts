import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { formatProblem, isReportError, parseReport, resolveReport } from '@rapporteur/core'
import { redlineDocx, redlineReport, writeRedlineHtml } from '@rapporteur/review'
import { atomicWrite } from './atomic-write.js'
import { documentDateSetting } from './document-date-setting.js'
import { type ExitCode, exitCode } from './exit-code.js'
import { sourceFile } from './load-source.js'
import { UsageError } from './usage-error.js'

/** Options of `rapporteur redline`. */
export interface RedlineCommandOptions {
  out: string
  variant: string
  /** Who a DOCX redline's tracked changes are attributed to; default: the new version's facilitator. */
  author?: string
}

/** The old and new versions rendered as DOCX and redlined as Word tracked changes. */
async function docxRedline(
  oldText: string,
  newText: string,
  files: { old: string; new: string },
  options: RedlineCommandOptions,
): Promise<Uint8Array> {
  const { renderers } = await import('./renderers.js')
  const render = await renderers.docx()
  const documentDate = documentDateSetting()
  const resolve = (text: string, filename: string) =>
    resolveReport(parseReport(text, { filename }), {
      variant: options.variant as 'final',
      ...(documentDate === undefined ? {} : { documentDate }),
    })
  const before = resolve(oldText, files.old)
  const after = resolve(newText, files.new)
  const context = { onWarning: () => {} }
  const [oldDocx, newDocx] = await Promise.all([render(before, context), render(after, context)])
  return redlineDocx(oldDocx, newDocx, {
    author: options.author ?? after.metadata.author,
    date: after.metadata.documentDate,
  })
}

/**
 * `rapporteur redline OLD NEW --out FILE.html|FILE.docx`: every change from one version of
 * a report to the next, part by part and word by word, as an HTML page with `<ins>` and
 * `<del>`, or as the new version's DOCX with every change a Word tracked change.
 */
export async function redlineCommand(
  oldSource: string,
  newSource: string,
  options: RedlineCommandOptions,
): Promise<ExitCode> {
  const format = extname(options.out).toLowerCase()
  if (format !== '.html' && format !== '.docx')
    throw new UsageError(
      `--out ${options.out}: the redline is written as HTML (a .html file) or as DOCX with tracked changes (a .docx file)`,
    )
  if (options.author !== undefined && options.author.trim() === '')
    throw new UsageError('--author: give the name the tracked changes are attributed to')
  if (!['draft', 'final', 'internal'].includes(options.variant))
    throw new UsageError(
      `unknown variant "${options.variant}" for redline; one of: draft, final, internal`,
    )
  const [oldFile, newFile] = await Promise.all([sourceFile(oldSource), sourceFile(newSource)])
  const [oldText, newText] = await Promise.all([
    readFile(oldFile, 'utf8'),
    readFile(newFile, 'utf8'),
  ])
  try {
    const parts = redlineReport(oldText, newText, { variant: options.variant as 'final' })
    const bytes =
      format === '.docx'
        ? await docxRedline(oldText, newText, { old: oldFile, new: newFile }, options)
        : new TextEncoder().encode(writeRedlineHtml(parts, newFile))
    await atomicWrite(options.out, bytes)
    const changed = parts.filter((part) => part.change !== 'same').length
    process.stderr.write(`${changed} of ${parts.length} parts changed → ${options.out}\n`)
    return exitCode.ok
  } catch (error) {
    if (!isReportError(error)) throw error
    for (const problem of error.problems) process.stderr.write(`${formatProblem(problem)}\n`)
    return exitCode.invalidInput
  }
}
