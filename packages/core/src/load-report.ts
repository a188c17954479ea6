import { parseReport } from './parse-report.js'
import { ReportError } from './report-error.js'
import type { Report } from './report-schema.js'

/**
 * Reads a report source file and parses it. Throws a `ReportError` when the file
 * is missing, unreadable or invalid; its problems name `path:line:column`.
 */
export async function loadReport(path: string): Promise<Report> {
  let bytes: Uint8Array
  try {
    const { readFile } = await import('node:fs/promises')
    bytes = await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'a directory, not a file'
          : `cannot be read (${code ?? 'unknown error'})`
    throw new ReportError([{ file: path, message: reason }])
  }
  return parseReport(bytes, { filename: path })
}
