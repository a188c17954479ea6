/**
 * The one place that touches wawoff2, Google's WOFF2 encoder built to WebAssembly: it is
 * loaded by path on first use, so the package works from CommonJS and from a bundle
 * alike and a build that writes no web page never loads it. `wawoff2.test.ts` fails
 * loudly when an upgrade changes what this file relies on.
 */
import { createRequire } from 'node:module'

type Compress = (font: Uint8Array) => Promise<Uint8Array>

let compress: Compress | undefined

/**
 * A TrueType or OpenType font file as WOFF2: its tables transformed and compressed with
 * Brotli, as browsers read web fonts. The same font gives the same bytes.
 *
 * @throws {Error} When the encoder cannot read the font.
 */
export async function toWoff2(font: Uint8Array): Promise<Uint8Array> {
  compress ??= createRequire(import.meta.url)('wawoff2/compress.js') as Compress
  if (typeof compress !== 'function') throw new Error('wawoff2/compress.js is not a function')
  return new Uint8Array(await compress(font))
}
