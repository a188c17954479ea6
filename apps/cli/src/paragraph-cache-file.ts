import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { threadId } from 'node:worker_threads'
import type { ParagraphCache } from '@rapporteur/pdf'
import { compileCacheFolder } from './compile-cache.js'

/** What the PDF renderer offers to keep its set paragraphs between runs. */
export interface ParagraphCacheMaker {
  createParagraphCache(bytes?: Uint8Array): ParagraphCache
  paragraphCacheBytes(cache: ParagraphCache): Uint8Array
  paragraphCacheVersion(): string
  mergeParagraphCache(cache: ParagraphCache, bytes: Uint8Array): void
}

/** The PDF renderer's set paragraphs as kept on disk, and what writes them back. */
export interface ParagraphCacheFile {
  /** The paragraphs the file held, which renders add to; undefined when the cache is off. */
  cache: ParagraphCache | undefined
  /**
   * Writes the file again, atomically, when renders have set paragraphs it lacked,
   * with the paragraphs another thread or process wrote there meanwhile; never throws.
   */
  save(): void
}

// The files this thread opened, which `saveParagraphCacheFiles` writes back.
const openFiles = new Set<ParagraphCacheFile>()

/**
 * Writes back the paragraph files this thread opened, once its documents are made:
 * at the end of a build, and in each build worker before it is stopped.
 */
export function saveParagraphCacheFiles(): void {
  for (const file of openFiles) file.save()
}

/**
 * Opens the file of the paragraphs the PDF renderer has set in earlier runs, beside the
 * compile cache (and off with it): one file per install, Node.js version and version of
 * the text engine (`paragraphs-v20.20.2-x64-<install>-<engine>.cache`), so a run never
 * meets paragraphs set by other code or other fonts. A paragraph is set the same
 * whether it is found there or set again, so the file saves time and changes no output.
 * Saving removes the install's files of other engine versions.
 */
export function openParagraphCacheFile(
  maker: ParagraphCacheMaker,
  install: string,
  folder = compileCacheFolder(),
): ParagraphCacheFile {
  if (folder === undefined) return { cache: undefined, save() {} }
  const hash = (value: string) => createHash('sha1').update(value).digest('hex').slice(0, 20)
  const prefix = `paragraphs-${process.version}-${process.arch}-${hash(install)}-`
  const name = `${prefix}${maker.paragraphCacheVersion()}.cache`
  const file = join(folder, name)
  let bytes: Uint8Array | undefined
  try {
    bytes = readFileSync(file)
  } catch {
    // No file yet: every paragraph is set as usual.
  }
  const cache = maker.createParagraphCache(bytes)
  const opened: ParagraphCacheFile = {
    cache,
    save() {
      if (!cache.changed) return
      try {
        // What another thread or process wrote meanwhile stays, as used before this thread's own.
        let written: Uint8Array | undefined
        try {
          written = readFileSync(file)
        } catch {
          // Not written yet, or removed.
        }
        if (written !== undefined && (bytes === undefined || !Buffer.from(written).equals(bytes))) {
          maker.mergeParagraphCache(cache, written)
        }
        mkdirSync(folder, { recursive: true, mode: 0o700 })
        const temporary = `${file}.${process.pid}.${threadId}.tmp`
        const saved = maker.paragraphCacheBytes(cache)
        writeFileSync(temporary, saved, { mode: 0o600 })
        bytes = saved
        renameSync(temporary, file)
        for (const other of readdirSync(folder))
          if (other.startsWith(prefix) && other.endsWith('.cache') && other !== name)
            rmSync(join(folder, other), { force: true })
      } catch {
        // A read-only or missing folder only costs the next run some time.
      }
    },
  }
  openFiles.add(opened)
  return opened
}
