import { createHash } from 'node:crypto'
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { examplePath } from '@rapporteur/fixtures'
import { describe, expect, it } from 'vitest'
import { compileCacheFolder } from '../src/compile-cache.js'
import { cliPath, runCli } from './run-cli.js'

function temporaryFolder(): string {
  return mkdtempSync(join(tmpdir(), 'rapporteur-cache-'))
}

/** The scripts that have a cache file in a folder (the PDF's set paragraphs are not a script). */
function cachedScripts(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.cache') && !name.startsWith('paragraphs-'))
    .map((name) => name.slice(0, name.indexOf(`-${process.version}-`)))
    .sort()
}

/** The one cache file of a script: its path, bytes, the parts its header lists. */
function cacheFile(folder: string, script: string) {
  const names = readdirSync(folder).filter(
    (name) => name.startsWith(`${script}-${process.version}-`) && name.endsWith('.cache'),
  )
  expect(names).toHaveLength(1)
  const path = join(folder, names[0]!)
  const bytes = readFileSync(path)
  const headerLength = bytes.readUInt32LE(0)
  const { parts } = JSON.parse(bytes.toString('utf8', 4, 4 + headerLength)) as { parts: string[] }
  return { path, bytes, parts, modified: statSync(path).mtimeMs }
}

const buildHtml = (out: string) => [
  'build',
  examplePath,
  '--variant',
  'final',
  '--format',
  'html',
  '--out',
  out,
]

describe('the compile cache', () => {
  it('is written by a first run, grows with new parts, and is reused as it is', async () => {
    const cache = temporaryFolder()
    const env = { RAPPORTEUR_COMPILE_CACHE: cache }
    // --version loads the command line alone.
    expect((await runCli(['--version'], { env })).code).toBe(0)
    expect(cachedScripts(cache)).toEqual(['rapporteur'])
    expect(cacheFile(cache, 'rapporteur').parts).toEqual([])

    // A build to HTML adds core, the HTML renderer and the PDF package, whose font set
    // gives the page its web fonts, and no other renderer.
    const out = temporaryFolder()
    expect((await runCli(buildHtml(out), { env })).code).toBe(0)
    expect(cachedScripts(cache)).toEqual(['core', 'html', 'pdf', 'rapporteur'])
    const afterBuild = cacheFile(cache, 'rapporteur')
    expect(afterBuild.parts).toEqual(['build', 'html', 'pdf'])
    expect(cacheFile(cache, 'core').parts).toEqual(['build', 'html', 'pdf'])

    // The same build compiles nothing new: the files stay as they were.
    const core = cacheFile(cache, 'core')
    expect((await runCli(buildHtml(out), { env })).code).toBe(0)
    const reused = cacheFile(cache, 'rapporteur')
    expect(reused.modified).toBe(afterBuild.modified)
    expect(reused.bytes.equals(afterBuild.bytes)).toBe(true)
    expect(cacheFile(cache, 'core').bytes.equals(core.bytes)).toBe(true)

    // A failed run never writes it, even with parts the cache lacks.
    const failed = await runCli(['validate', join(cache, 'missing.md')], { env })
    expect(failed.code).toBe(2)
    expect(cacheFile(cache, 'rapporteur').parts).toEqual(['build', 'html', 'pdf'])

    expect((await runCli(['schema'], { env })).code).toBe(0)
    expect(cacheFile(cache, 'rapporteur').parts).toEqual(['build', 'html', 'pdf', 'schema'])
    expect(cacheFile(cache, 'core').parts).toEqual(['build', 'html', 'pdf', 'schema'])
  }, 60_000)

  it("replaces an older release's files, and keeps those of another install or Node.js", async () => {
    const cache = temporaryFolder()
    const place = createHash('sha1')
      .update(join(dirname(cliPath), 'core.cjs'))
      .digest('hex')
      .slice(0, 20)
    const older = `core-${process.version}-${process.arch}-${place}-0123456789abcdef0123.cache`
    const unplaced = `core-${process.version}-${process.arch}-0123456789abcdef0123.cache`
    const otherInstall = `core-${process.version}-${process.arch}-${'9'.repeat(20)}-0123456789abcdef0123.cache`
    const otherNode = `core-v18.20.0-${process.arch}-${place}-0123456789abcdef0123.cache`
    for (const name of [older, unplaced, otherInstall, otherNode])
      writeFileSync(join(cache, name), 'old')
    const run = await runCli(buildHtml(temporaryFolder()), {
      env: { RAPPORTEUR_COMPILE_CACHE: cache },
    })
    expect(run.code).toBe(0)
    const names = readdirSync(cache)
    expect(names).not.toContain(older)
    expect(names).not.toContain(unplaced)
    expect(names).toContain(otherInstall)
    expect(names).toContain(otherNode)
    expect(
      names.filter((name) => name.startsWith(`core-${process.version}-${process.arch}-${place}-`)),
    ).toHaveLength(1)
  }, 60_000)

  it('gives the same documents as a run without it, and survives a damaged cache', async () => {
    const cache = temporaryFolder()
    const plain = temporaryFolder()
    const cached = temporaryFolder()
    const args = (out: string) => [
      'build',
      examplePath,
      '--variant',
      'draft',
      '--format',
      'pdf,docx,html',
      '--out',
      out,
    ]
    const disabled = await runCli(args(plain), { env: { RAPPORTEUR_DISABLE_COMPILE_CACHE: '1' } })
    expect(disabled.code).toBe(0)
    const env = { RAPPORTEUR_COMPILE_CACHE: cache }
    expect((await runCli(args(cached), { env })).code).toBe(0)
    expect((await runCli(args(cached), { env })).code).toBe(0)

    // V8's data replaced by noise: the program compiles as usual and mends the cache.
    expect(cachedScripts(cache)).toEqual([
      'core',
      'docx',
      'docx-library',
      'html',
      'pdf',
      'rapporteur',
    ])
    const { path, bytes } = cacheFile(cache, 'pdf')
    const headerEnd = 4 + bytes.readUInt32LE(0)
    const noise = Buffer.from(bytes.subarray(headerEnd).map((byte, index) => byte ^ (index % 251)))
    writeFileSync(path, Buffer.concat([bytes.subarray(0, headerEnd), noise]))
    const damaged = temporaryFolder()
    expect((await runCli(args(damaged), { env })).code).toBe(0)
    expect(cacheFile(cache, 'pdf').bytes.subarray(headerEnd).equals(noise)).toBe(false)

    // Header cut short: ignored the same way.
    writeFileSync(path, bytes.subarray(0, 6))
    const truncated = temporaryFolder()
    expect((await runCli(args(truncated), { env })).code).toBe(0)

    for (const name of ['draft.pdf', 'draft.docx', 'draft.html']) {
      const expected = readFileSync(join(plain, 'gcm-parliamentarians-2022', name))
      for (const out of [cached, damaged, truncated])
        expect(readFileSync(join(out, 'gcm-parliamentarians-2022', name)).equals(expected)).toBe(
          true,
        )
    }
  }, 60_000)

  it('is skipped when its folder cannot be written, or when it is turned off', async () => {
    const blocked = join(temporaryFolder(), 'a-file')
    writeFileSync(blocked, 'not a folder')
    const out = temporaryFolder()
    const run = await runCli(buildHtml(out), { env: { RAPPORTEUR_COMPILE_CACHE: blocked } })
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('')
    expect(readFileSync(blocked, 'utf8')).toBe('not a folder')

    const unused = temporaryFolder()
    const off = await runCli(buildHtml(out), {
      env: { RAPPORTEUR_COMPILE_CACHE: unused, RAPPORTEUR_DISABLE_COMPILE_CACHE: '1' },
    })
    expect(off.code).toBe(0)
    expect(readdirSync(unused)).toEqual([])
  }, 60_000)

  it('lives in the user cache folder unless told otherwise', () => {
    const home = join(tmpdir(), 'home')
    if (process.platform === 'linux') {
      expect(compileCacheFolder({ XDG_CACHE_HOME: home })).toBe(
        join(home, 'rapporteur', 'compile-cache'),
      )
    }
    expect(compileCacheFolder({ RAPPORTEUR_COMPILE_CACHE: home })).toBe(home)
    expect(compileCacheFolder({ RAPPORTEUR_DISABLE_COMPILE_CACHE: '1' })).toBeUndefined()
    expect(compileCacheFolder({ NODE_DISABLE_COMPILE_CACHE: '1' })).toBeUndefined()
    expect(compileCacheFolder({ RAPPORTEUR_DISABLE_COMPILE_CACHE: '0' })).toMatch(/compile-cache$/)
  })

  it('is kept apart for each install, so that stack traces name the files that run', async () => {
    const cache = temporaryFolder()
    const env = { RAPPORTEUR_COMPILE_CACHE: cache, RAPPORTEUR_DEBUG: '1' }
    const installs = ['first', 'second'].map((name) => {
      const folder = join(temporaryFolder(), name)
      const program = dirname(dirname(cliPath))
      cpSync(join(program, 'dist'), join(folder, 'dist'), { recursive: true })
      cpSync(join(program, 'package.json'), join(folder, 'package.json'))
      return folder
    })
    expect(
      (await runCli(['--version'], { env, cli: join(installs[0]!, 'dist', 'cli.cjs') })).code,
    ).toBe(0)
    // The second install fails inside the program, where the first one's code was cached.
    const failing = join(temporaryFolder(), 'fail-on-version.cjs')
    writeFileSync(
      failing,
      'const write = process.stdout.write.bind(process.stdout)\nprocess.stdout.write = (chunk, ...rest) => { if (/^\\d/.test(String(chunk))) throw new Error("stdout failed"); return write(chunk, ...rest) }\n',
    )
    const run = await runCli(['--version'], {
      env,
      cli: join(installs[1]!, 'dist', 'cli.cjs'),
      nodeOptions: ['--require', failing],
    })
    expect(run.stderr).toContain('rapporteur: unexpected error: stdout failed')
    expect(run.stderr).toContain(join(installs[1]!, 'dist', 'rapporteur.cjs'))
    expect(run.stderr).not.toContain(installs[0]!)
    // Each install keeps its own file.
    expect(
      (await runCli(['--version'], { env, cli: join(installs[1]!, 'dist', 'cli.cjs') })).code,
    ).toBe(0)
    expect(cachedScripts(cache)).toEqual(['rapporteur', 'rapporteur'])
  })

  it('is written for the renderers when documents are made on build workers', async () => {
    const cache = temporaryFolder()
    const run = await runCli(
      ['build', examplePath, '--format', 'html,docx', '--jobs', '2', '--out', temporaryFolder()],
      { env: { RAPPORTEUR_COMPILE_CACHE: cache } },
    )
    expect(run.code).toBe(0)
    expect(cachedScripts(cache)).toEqual([
      'core',
      'docx',
      'docx-library',
      'html',
      'pdf',
      'rapporteur',
    ])
    expect(cacheFile(cache, 'html').parts).toContain('html')
    expect(cacheFile(cache, 'docx').parts).toContain('docx')
  })
})
