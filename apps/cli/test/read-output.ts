import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'

/** The text of each page of a PDF, extracted by pdftotext (poppler). */
export function pdfPages(path: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  const pages = text.split('\f')
  if (pages.at(-1)?.trim() === '') pages.pop()
  return pages
}

/** The metadata of a PDF, as pdfinfo reports it. */
export function pdfInfo(path: string): string {
  return execFileSync('pdfinfo', ['-enc', 'UTF-8', path], { encoding: 'utf8' })
}

/** The parts of a DOCX (a zip), by name, as text. */
export function docxParts(path: string): Map<string, string> {
  const entries = unzipSync(readFileSync(path))
  return new Map(Object.entries(entries).map(([name, bytes]) => [name, strFromU8(bytes)]))
}

/** Every text a reader or a tool could find in an output file, for searching. */
export function searchableText(path: string): string {
  const bytes = readFileSync(path)
  const latin = bytes.toString('latin1')
  const utf8 = bytes.toString('utf8')
  if (path.endsWith('.pdf'))
    return [latin, utf8, pdfPages(path).join('\n'), pdfInfo(path)].join('\n')
  if (path.endsWith('.docx')) return [...docxParts(path).values()].join('\n')
  return utf8
}
