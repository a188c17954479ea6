import { loadReport, type ResolvedReport, toResolvedReport } from '@rapporteur/core'
import { examplePath, scriptReport, scriptSamples } from '@rapporteur/fixtures'
import { describe, expect, it } from 'vitest'
import {
  createParagraphCache,
  mergeParagraphCache,
  paragraphCacheBytes,
  paragraphCacheVersion,
  renderPdf,
} from '../src/index.js'
import { setParagraphsOf } from '../src/text/paragraph-store.js'

/** How many set paragraphs a cache holds. */
const size = (cache: ReturnType<typeof createParagraphCache>) => setParagraphsOf(cache).entries.size

async function example(): Promise<ResolvedReport> {
  const report = toResolvedReport(await loadReport(examplePath))
  const first = report.sections[0]!.blocks[0]!
  if (first.type !== 'paragraph') throw new Error('the example starts with a paragraph')
  // A character no font has, for the warnings.
  first.content.push({ type: 'text', value: ' Named: สมชาย, مريم and 𓀀.' })
  return report
}

/** Renders with a cache, and gives the bytes and the warnings. */
async function render(report: Parameters<typeof renderPdf>[0], cache = createParagraphCache()) {
  const warnings: string[] = []
  const bytes = await renderPdf(report, {
    paragraphCache: cache,
    onWarning: (message) => warnings.push(message),
  })
  return { bytes: Buffer.from(bytes), warnings }
}

describe('a paragraph cache kept as bytes', () => {
  it('gives the same bytes and warnings as setting every paragraph, and sets none again', async () => {
    const report = await example()
    const cache = createParagraphCache()
    expect(cache.changed).toBe(false)
    const fresh = await render(report, cache)
    expect(cache.changed).toBe(true)
    expect(fresh.warnings).toEqual([
      'No embedded font has the character "𓀀" (U+13000) in paragraph 1; it shows as an empty box.',
    ])

    const bytes = paragraphCacheBytes(cache)
    expect(cache.changed).toBe(false)
    const reopened = createParagraphCache(bytes)
    expect(size(reopened)).toBe(size(cache))
    const again = await render(report, reopened)
    // Every paragraph, line and measurement was found: nothing new was set.
    expect(reopened.changed).toBe(false)
    expect(again.bytes.equals(fresh.bytes)).toBe(true)
    expect(again.warnings).toEqual(fresh.warnings)
  })

  it('serves another report only what it shares, and gives that report its own bytes', async () => {
    const greek = scriptReport(scriptSamples.find((sample) => sample.name === 'greek')!)
    const alone = await render(greek)
    const cache = createParagraphCache()
    await render(await example(), cache)
    const reopened = createParagraphCache(paragraphCacheBytes(cache))
    const after = await render(greek, reopened)
    expect(reopened.changed).toBe(true)
    expect(after.bytes.equals(alone.bytes)).toBe(true)
  })

  it('takes in what another process wrote meanwhile, and serves both reports from it', async () => {
    const greek = scriptReport(scriptSamples.find((sample) => sample.name === 'greek')!)
    const ours = createParagraphCache()
    const theirs = createParagraphCache()
    const fresh = await render(await example(), ours)
    await render(greek, theirs)
    const before = size(ours)
    mergeParagraphCache(ours, paragraphCacheBytes(theirs))
    expect(size(ours)).toBeGreaterThan(before)
    const reopened = createParagraphCache(paragraphCacheBytes(ours))
    const again = await render(await example(), reopened)
    await render(greek, reopened)
    // Both reports were set from the merged cache: nothing new was set.
    expect(reopened.changed).toBe(false)
    expect(again.bytes.equals(fresh.bytes)).toBe(true)
  })

  it('is refused, with a message, when it was not made by createParagraphCache', async () => {
    await expect(
      renderPdf(await example(), { paragraphCache: { changed: false } }),
    ).rejects.toThrow('paragraphCache: pass a cache made by createParagraphCache')
  })

  it('is empty when the bytes are not a paragraph cache', () => {
    const bytes = paragraphCacheBytes(createParagraphCache())
    for (const damaged of [
      new Uint8Array(0),
      new TextEncoder().encode('not a cache'),
      bytes.subarray(0, bytes.length - 2),
    ])
      expect(size(createParagraphCache(damaged))).toBe(0)
  })

  it('has a version that names this code, its fonts and its libraries', () => {
    expect(paragraphCacheVersion()).toMatch(/^[0-9a-f]{32}$/)
    expect(paragraphCacheVersion()).toBe(paragraphCacheVersion())
  })
})
