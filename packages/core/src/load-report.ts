import { type ParseOptions, parseReport } from './parse-report.js'
import { readSourceFile } from './read-source-file.js'
import type { Report } from './report-schema.js'

/**
 * Reads a report source file and parses it (Node.js only). Throws a `ReportError`
 * when the file is missing, unreadable or invalid; its problems name `path:line:column`.
 * `onWarning` and `strict` are those of `parseReport`.
 */
export async function loadReport(
  path: string,
  options: Omit<ParseOptions, 'filename'> = {},
): Promise<Report> {
  return parseReport(await readSourceFile(path), { ...options, filename: path })
}
