import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { examplePath } from '@rapporteur/fixtures'
import { describe, expect, it } from 'vitest'
import { cliPath, runCli } from './run-cli.js'

function temporaryFolder(): string {
  return mkdtempSync(join(tmpdir(), 'rapporteur-paragraphs-'))
}

const build = (out: string, variant = 'draft') => [
  'build',
  examplePath,
  '--variant',
  variant,
  '--format',
  'pdf',
  '--out',
  out,
]

// The install's part of the file names: the program's own address, hashed.
const install = createHash('sha1')
  .update(pathToFileURL(join(cliPath, '..', 'rapporteur.cjs')).href)
  .digest('hex')
  .slice(0, 20)
const prefix = `paragraphs-${process.version}-${process.arch}-${install}-`

/** The one paragraph file of this install in a folder, with its bytes and when it was written. */
function paragraphFile(folder: string) {
  const names = readdirSync(folder).filter((name) => name.startsWith('paragraphs-'))
  expect(names).toHaveLength(1)
  expect(names[0]).toMatch(new RegExp(`^${prefix}[0-9a-f]{32}\\.cache$`))
  const path = join(folder, names[0]!)
  const { mtimeMs, mode } = statSync(path)
  return { path, bytes: readFileSync(path), modified: mtimeMs, mode: mode & 0o777 }
}

const pdfOf = (out: string, variant = 'draft') =>
  readFileSync(join(out, 'gcm-parliamentarians-2022', `${variant}.pdf`))

describe('the set paragraphs kept beside the compile cache', () => {
  it('are written by a PDF build, reused as they are, and change no byte', async () => {
    const plain = temporaryFolder()
    const off = await runCli(build(plain), { env: { RAPPORTEUR_DISABLE_COMPILE_CACHE: '1' } })
    expect(off.code).toBe(0)

    const cache = temporaryFolder()
    const env = { RAPPORTEUR_COMPILE_CACHE: cache }
    const first = temporaryFolder()
    expect((await runCli(build(first), { env })).code).toBe(0)
    const written = paragraphFile(cache)
    if (process.platform !== 'win32') expect(written.mode).toBe(0o600)

    // Every paragraph is found: the file is left as it was.
    const second = temporaryFolder()
    expect((await runCli(build(second), { env })).code).toBe(0)
    const reused = paragraphFile(cache)
    expect(reused.modified).toBe(written.modified)
    expect(reused.bytes.equals(written.bytes)).toBe(true)
    expect(pdfOf(first).equals(pdfOf(plain))).toBe(true)
    expect(pdfOf(second).equals(pdfOf(plain))).toBe(true)

    // Another variant sets paragraphs the file lacks, and adds them.
    const final = temporaryFolder()
    expect((await runCli(build(final, 'final'), { env })).code).toBe(0)
    expect(paragraphFile(cache).bytes.length).toBeGreaterThan(written.bytes.length)
  }, 60_000)

  it('are written by build workers, each adding to what the others wrote', async () => {
    const cache = temporaryFolder()
    const env = { RAPPORTEUR_COMPILE_CACHE: cache }
    const args = (out: string) => [
      'build',
      examplePath,
      '--variant',
      'draft,final,internal',
      '--format',
      'pdf',
      '--jobs',
      '2',
      '--out',
      out,
    ]
    const first = temporaryFolder()
    expect((await runCli(args(first), { env })).code).toBe(0)
    const written = paragraphFile(cache)
    // Both workers find every paragraph of the variants either set: nothing is written again.
    const second = temporaryFolder()
    expect((await runCli(args(second), { env })).code).toBe(0)
    expect(paragraphFile(cache).modified).toBe(written.modified)
    for (const variant of ['draft', 'final', 'internal'])
      expect(pdfOf(second, variant).equals(pdfOf(first, variant))).toBe(true)
  }, 60_000)

  it('are set again when the file is damaged, and give the same bytes', async () => {
    const cache = temporaryFolder()
    const env = { RAPPORTEUR_COMPILE_CACHE: cache }
    const first = temporaryFolder()
    expect((await runCli(build(first), { env })).code).toBe(0)
    const { path, bytes } = paragraphFile(cache)
    for (const damaged of [
      Buffer.from(bytes.map((byte, index) => byte ^ (index % 251))),
      bytes.subarray(0, bytes.length >> 1),
    ]) {
      writeFileSync(path, damaged)
      const out = temporaryFolder()
      const run = await runCli(build(out), { env })
      expect(run.code).toBe(0)
      expect(run.stderr).toBe('')
      expect(pdfOf(out).equals(pdfOf(first))).toBe(true)
      // Written again, whole: the next build finds every paragraph there and leaves it.
      const mended = paragraphFile(cache)
      expect(mended.bytes.equals(damaged)).toBe(false)
      expect((await runCli(build(temporaryFolder()), { env })).code).toBe(0)
      expect(paragraphFile(cache).modified).toBe(mended.modified)
    }
  }, 60_000)

  it("replace the install's files of another engine version, and keep other installs'", async () => {
    const cache = temporaryFolder()
    const older = `${prefix}${'0'.repeat(32)}.cache`
    const otherInstall = `paragraphs-${process.version}-${process.arch}-${'9'.repeat(20)}-${'0'.repeat(32)}.cache`
    for (const name of [older, otherInstall]) writeFileSync(join(cache, name), 'old')
    const run = await runCli(build(temporaryFolder()), { env: { RAPPORTEUR_COMPILE_CACHE: cache } })
    expect(run.code).toBe(0)
    const names = readdirSync(cache)
    expect(names).not.toContain(older)
    expect(names).toContain(otherInstall)
    expect(names.filter((name) => name.startsWith(prefix))).toHaveLength(1)
  }, 60_000)

  it('are neither read nor written when the compile cache is turned off', async () => {
    const unused = temporaryFolder()
    const run = await runCli(build(temporaryFolder()), {
      env: { RAPPORTEUR_COMPILE_CACHE: unused, RAPPORTEUR_DISABLE_COMPILE_CACHE: '1' },
    })
    expect(run.code).toBe(0)
    expect(readdirSync(unused)).toEqual([])
  }, 60_000)
})
