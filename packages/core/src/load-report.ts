import { parseReport } from './parse-report.js'
import { readSourceFile } from './read-source-file.js'
import type { Report } from './report-schema.js'

/**
 * Reads a report source file and parses it (Node.js only). Throws a `ReportError`
 * when the file is missing, unreadable or invalid; its problems name `path:line:column`.
 */
export async function loadReport(path: string): Promise<Report> {
  return parseReport(await readSourceFile(path), { filename: path })
}
