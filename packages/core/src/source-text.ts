import { decodeSource } from './decode-source.js'
import { ReportError } from './report-error.js'

/**
 * The text of a source given as a string or as UTF-8 bytes, without a byte order
 * mark. Throws a `ReportError` at the first byte that is not UTF-8.
 */
export function sourceText(source: string | Uint8Array, file: string): string {
  if (typeof source === 'string') return source.replace(/^\uFEFF/, '')
  const decoded = decodeSource(source, file)
  if ('problem' in decoded) throw new ReportError([decoded.problem])
  return decoded.text.replace(/^\uFEFF/, '')
}
