import { decodeSource } from './decode-source.js'
import { ReportError } from './report-error.js'

/**
 * The text of a source given as a string or as UTF-8 bytes, without a byte order
 * mark, with every line ending (CRLF, or CR alone as old Mac editors write) made LF,
 * so that parsers see the lines a person sees and each keeps its number. Throws a
 * `ReportError` at the first byte that is not UTF-8.
 */
export function sourceText(source: string | Uint8Array, file: string): string {
  if (typeof source === 'string') return normaliseText(source)
  const decoded = decodeSource(source, file)
  if ('problem' in decoded) throw new ReportError([decoded.problem])
  return normaliseText(decoded.text)
}

function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
}
