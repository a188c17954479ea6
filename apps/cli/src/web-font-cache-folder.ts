import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { threadId } from 'node:worker_threads'
import type { WebFontCache } from '@rapporteur/pdf'
import { compileCacheFolder } from './compile-cache.js'

/** A name made by `webFonts` for a subset: a SHA-256 digest in hexadecimal, nothing else. */
const keyPattern = /^[0-9a-f]{64}$/

/**
 * The web fonts' subsets kept on disk, beside the compile cache (and off with it), in
 * a folder `web-fonts` of one WOFF2 file per subset, named by its key
 * (`<sha-256>.woff2`): a key covers the font file's bytes, the characters and the
 * tools' versions, so a file is never met by other fonts or tools, and a build finds
 * the subsets of earlier builds instead of making them again (the WOFF2 compression
 * takes a tenth of a second or more a face). Subsets found in this process are kept in
 * memory too. Reading or writing the folder never fails a build: a subset not found is
 * made again, and gives the same bytes.
 */
export function openWebFontCache(folder = compileCacheFolder()): WebFontCache {
  const known = new Map<string, Uint8Array>()
  const files = folder === undefined ? undefined : join(folder, 'web-fonts')
  return {
    get(key) {
      let data = known.get(key)
      if (data === undefined && files !== undefined && keyPattern.test(key)) {
        try {
          const bytes = new Uint8Array(readFileSync(join(files, `${key}.woff2`)))
          // A file cut short or overwritten is no WOFF2 file: it is made again.
          if (new TextDecoder().decode(bytes.subarray(0, 4)) === 'wOF2') data = bytes
        } catch {
          // Not made yet.
        }
        if (data !== undefined) known.set(key, data)
      }
      return data
    },
    set(key, data) {
      known.set(key, data)
      if (files === undefined || !keyPattern.test(key)) return
      try {
        mkdirSync(files, { recursive: true, mode: 0o700 })
        const file = join(files, `${key}.woff2`)
        const temporary = `${file}.${process.pid}.${threadId}.tmp`
        writeFileSync(temporary, data, { mode: 0o600 })
        renameSync(temporary, file)
      } catch {
        // A read-only or missing folder only costs the next build some time.
      }
    },
  }
}
