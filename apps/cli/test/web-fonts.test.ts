import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { examplePath } from '@rapporteur/fixtures'
import { describe, expect, it } from 'vitest'
import { runCli } from './run-cli.js'

const temporaryFolder = () => mkdtempSync(join(tmpdir(), 'rapporteur-web-fonts-'))

const build = (report: string, out: string) => [
  'build',
  report,
  '--variant',
  'final',
  '--format',
  'html',
  '--out',
  out,
]

/** The `@font-face` rules of a page: family, weight, style. */
function fontFaces(html: string): string[] {
  return [
    ...html.matchAll(
      /@font-face\{font-family:"([^"]+)";src:url\(data:font\/woff2;base64,[A-Za-z0-9+/=]+\) format\("woff2"\);font-weight:(\d+);font-style:(\w+);/g,
    ),
  ].map((match) => `${match[1]} ${match[2]} ${match[3]}`)
}

const bengaliReport = `---
title: Consultation with parliamentarians
facilitator: Office of the United Nations High Commissioner for Human Rights
date: 2022-02-08
modality: virtual
people:
  - id: roy
    honorific: Ms.
    name: লক্ষ্মী রায়
    familyName: রায়
    title: Member of Parliament
---

# Discussion

:person[roy] said that **৪২ জন** took part.
`

/**
 * The Bengali report in a folder of its own (a report.md is named after its folder), and
 * a compile cache of its own.
 */
function bengaliSource() {
  const folder = join(temporaryFolder(), 'report')
  mkdirSync(folder)
  const report = join(folder, 'report.md')
  writeFileSync(report, bengaliReport)
  const cache = temporaryFolder()
  return { folder, report, cache, env: { RAPPORTEUR_COMPILE_CACHE: cache } }
}

describe('the web fonts of the pages the command line builds', () => {
  it('embeds the faces a page uses, keeps their subsets beside the compile cache, and gives the same bytes with them or without', async () => {
    const { report, cache, env } = bengaliSource()
    const first = temporaryFolder()
    const run = await runCli(build(report, first), { env })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const html = readFileSync(join(first, 'report', 'final.html'), 'utf8')
    expect(fontFaces(html)).toEqual(
      expect.arrayContaining([
        'Rapporteur Tinos 400 normal',
        'Rapporteur Noto Sans Bengali 400 normal',
        'Rapporteur Noto Sans Bengali 700 normal',
      ]),
    )
    const subsets = readdirSync(join(cache, 'web-fonts')).sort()
    expect(subsets.length).toBe(fontFaces(html).length)
    for (const name of subsets) expect(name).toMatch(/^[0-9a-f]{64}\.woff2$/)
    const written = subsets.map((name) => statSync(join(cache, 'web-fonts', name)).mtimeMs)

    const second = temporaryFolder()
    expect((await runCli(build(report, second), { env })).code).toBe(0)
    expect(readFileSync(join(second, 'report', 'final.html'), 'utf8')).toBe(html)
    expect(readdirSync(join(cache, 'web-fonts')).sort()).toEqual(subsets)
    expect(subsets.map((name) => statSync(join(cache, 'web-fonts', name)).mtimeMs)).toEqual(written)

    // A damaged subset is made again; no cache at all gives the same page too.
    writeFileSync(join(cache, 'web-fonts', subsets[0]!), 'not a font')
    const third = temporaryFolder()
    expect((await runCli(build(report, third), { env })).code).toBe(0)
    expect(readFileSync(join(third, 'report', 'final.html'), 'utf8')).toBe(html)
    const uncached = temporaryFolder()
    const off = { RAPPORTEUR_DISABLE_COMPILE_CACHE: '1' }
    expect((await runCli(build(report, uncached), { env: off })).code).toBe(0)
    expect(readFileSync(join(uncached, 'report', 'final.html'), 'utf8')).toBe(html)
  }, 90_000)

  it('embeds the example’s faces: Tinos in four styles and DejaVu Sans for its check marks', async () => {
    const out = temporaryFolder()
    expect((await runCli(build(examplePath, out))).code).toBe(0)
    const html = readFileSync(join(out, 'gcm-parliamentarians-2022', 'final.html'), 'utf8')
    expect(fontFaces(html)).toEqual([
      'Rapporteur Tinos 400 normal',
      'Rapporteur Tinos 700 normal',
      'Rapporteur Tinos 400 italic',
      'Rapporteur Tinos 700 italic',
      'Rapporteur DejaVu Sans 400 normal',
    ])
  }, 60_000)

  it('embeds none with --no-web-fonts or a config’s `webFonts: false`, and makes no subset', async () => {
    const { folder, report, cache, env } = bengaliSource()
    const pageOf = async (args: string[]) => {
      const out = temporaryFolder()
      const run = await runCli([...build(report, out), ...args], { env })
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      return readFileSync(join(out, 'report', 'final.html'), 'utf8')
    }
    const flagged = await pageOf(['--no-web-fonts'])
    expect(fontFaces(flagged)).toEqual([])
    expect(flagged).not.toContain('@font-face')
    // The page names only fonts a machine may have, and still holds every word.
    expect(flagged).not.toContain('Rapporteur Tinos')
    expect(flagged).toContain('লক্ষ্মী রায়')
    expect(existsSync(join(cache, 'web-fonts'))).toBe(false)
    // Nor is the PDF renderer loaded: the compile cache holds no code of it.
    expect(readdirSync(cache).filter((name) => name.startsWith('pdf-'))).toEqual([])
    expect(readdirSync(cache).filter((name) => name.startsWith('html-'))).toHaveLength(1)

    writeFileSync(join(folder, 'rapporteur.config.yaml'), 'webFonts: false\n')
    expect(await pageOf([])).toBe(flagged)
    // The flag turns them off whatever the config says; the config alone turns them on.
    writeFileSync(join(folder, 'rapporteur.config.yaml'), 'webFonts: true\n')
    expect(await pageOf(['--no-web-fonts'])).toBe(flagged)
    expect(existsSync(join(cache, 'web-fonts'))).toBe(false)
    expect(fontFaces(await pageOf([]))).toContain('Rapporteur Noto Sans Bengali 400 normal')
  }, 90_000)
})
