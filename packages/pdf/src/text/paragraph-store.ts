import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { deserialize, serialize } from 'node:v8'
import { fontFiles } from '../fonts/font-catalogue.js'
import {
  type CachedParagraph,
  createSetParagraphs,
  maximumCachedParagraphs,
  type SetParagraphs,
} from './paragraph-cache.js'

/**
 * Paragraphs set by earlier renders, by what decides their lines (text, styles,
 * placement, language), for later renders to reuse instead of setting them again.
 * Pass one to `renderPdf` as `paragraphCache`; keep it between processes with
 * `paragraphCacheBytes` and `createParagraphCache`, under `paragraphCacheVersion`;
 * fold in what another process wrote meanwhile with `mergeParagraphCache`.
 */
export interface ParagraphCache {
  /** Whether paragraphs have been set into it since `paragraphCacheBytes` last wrote it. */
  readonly changed: boolean
}

/** The set paragraphs inside a cache that `createParagraphCache` made. */
export function setParagraphsOf(cache: ParagraphCache): SetParagraphs {
  const inside = cache as Partial<SetParagraphs>
  if (!(inside.entries instanceof Map))
    throw new TypeError('paragraphCache: pass a cache made by createParagraphCache')
  return cache as SetParagraphs
}

const format = 'rapporteur-set-paragraphs-1'

/** The packages whose files the text engine reads as it runs: the shaper, the patterns, the fonts. */
const enginePackages = [
  'harfbuzzjs',
  'hyphen',
  'linebreak',
  'bidi-js',
  ...new Set(Object.values(fontFiles).map((font) => font.package)),
]

let version: string | undefined

/**
 * What, besides a paragraph's text, styles and placement, decides how it is set:
 * this package's code, the versions of the shaper, the hyphenation patterns, the
 * line breaking data and the fonts, and Node.js's Unicode data. A kept cache is for
 * a process of the same version only.
 */
export function paragraphCacheVersion(): string {
  if (version === undefined) {
    const hash = createHash('sha256')
    hash.update(format)
    hash.update(readFileSync(fileURLToPath(import.meta.url)))
    const require = createRequire(import.meta.url)
    for (const name of enginePackages) {
      let found = 'bundled'
      try {
        found = (require(`${name}/package.json`) as { version: string }).version
      } catch {
        // Bundled into this script: its code is in the hash already.
      }
      hash.update(`\n${name}@${found}`)
    }
    const { node, icu, unicode } = process.versions
    hash.update(`\nnode ${node} icu ${icu} unicode ${unicode}`)
    version = hash.digest('hex').slice(0, 32)
  }
  return version
}

function isCachedParagraph(value: unknown): value is CachedParagraph {
  if (typeof value !== 'object' || value === null) return false
  const { lines, missing, measure } = value as Partial<CachedParagraph>
  return (
    Array.isArray(lines) &&
    Array.isArray(missing) &&
    (measure === undefined || typeof measure === 'number')
  )
}

/**
 * A paragraph cache: empty, or holding what `paragraphCacheBytes` wrote. Bytes that
 * are not such a cache (cut short, or of another format) give an empty one.
 */
export function createParagraphCache(bytes?: Uint8Array): ParagraphCache {
  if (bytes === undefined || bytes.byteLength === 0) return createSetParagraphs()
  try {
    const stored = deserialize(bytes) as { format?: unknown; entries?: unknown }
    if (stored.format !== format || !Array.isArray(stored.entries)) return createSetParagraphs()
    const entries = new Map<string, CachedParagraph>()
    for (const entry of stored.entries as unknown[]) {
      if (!Array.isArray(entry) || typeof entry[0] !== 'string' || !isCachedParagraph(entry[1]))
        return createSetParagraphs()
      entries.set(entry[0], entry[1])
    }
    return createSetParagraphs(entries)
  } catch {
    return createSetParagraphs()
  }
}

/**
 * The bytes of a paragraph cache (its 5,000 paragraphs used last), for
 * `createParagraphCache` to read in another process of the same
 * `paragraphCacheVersion`; clears its `changed` flag.
 */
export function paragraphCacheBytes(cache: ParagraphCache): Uint8Array {
  const paragraphs = setParagraphsOf(cache)
  paragraphs.changed = false
  // The paragraphs used last, as many as a cache keeps.
  return serialize({
    format,
    entries: [...paragraphs.entries].slice(-maximumCachedParagraphs),
  })
}

/**
 * Adds to `cache` the paragraphs of `bytes` (what another thread or process wrote
 * meanwhile, as `paragraphCacheBytes` writes it) that it lacks, as used before its own.
 */
export function mergeParagraphCache(cache: ParagraphCache, bytes: Uint8Array): void {
  const paragraphs = setParagraphsOf(cache)
  const merged = new Map(setParagraphsOf(createParagraphCache(bytes)).entries)
  for (const key of paragraphs.entries.keys()) merged.delete(key)
  for (const [key, paragraph] of paragraphs.entries) merged.set(key, paragraph)
  paragraphs.entries = merged
}
