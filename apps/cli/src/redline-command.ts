import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { formatProblem, isReportError } from '@rapporteur/core'
import { redlineReport, writeRedlineHtml } from '@rapporteur/review'
import { atomicWrite } from './atomic-write.js'
import { type ExitCode, exitCode } from './exit-code.js'
import { sourceFile } from './load-source.js'
import { UsageError } from './usage-error.js'

/** Options of `rapporteur redline`. */
export interface RedlineCommandOptions {
  out: string
  variant: string
}

/**
 * `rapporteur redline OLD NEW --out FILE.html`: every change from one version of a report
 * to the next, part by part and word by word, as an HTML page with `<ins>` and `<del>`.
 */
export async function redlineCommand(
  oldSource: string,
  newSource: string,
  options: RedlineCommandOptions,
): Promise<ExitCode> {
  if (extname(options.out).toLowerCase() !== '.html')
    throw new UsageError(`--out ${options.out}: the redline is written as HTML (a .html file)`)
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
    await atomicWrite(options.out, new TextEncoder().encode(writeRedlineHtml(parts, newFile)))
    const changed = parts.filter((part) => part.change !== 'same').length
    process.stderr.write(`${changed} of ${parts.length} parts changed → ${options.out}\n`)
    return exitCode.ok
  } catch (error) {
    if (!isReportError(error)) throw error
    for (const problem of error.problems) process.stderr.write(`${formatProblem(problem)}\n`)
    return exitCode.invalidInput
  }
}
