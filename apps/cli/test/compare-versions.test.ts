import { compareVersions, formatProblem, parseReport, type SourceMap } from '@rapporteur/core'
import { languageReportSource } from '@rapporteur/fixtures'
import { describe, expect, it } from 'vitest'

function parsed(source: string, filename: string) {
  let sourceMap: SourceMap | undefined
  const report = parseReport(source, { filename, onSourceMap: (map) => (sourceMap = map) })
  return { report, sourceMap }
}

describe('compareVersions', () => {
  const original = parsed(languageReportSource('en'), 'report.md').report

  it('finds nothing in a translation of the same structure', () => {
    const french = parsed(languageReportSource('fr'), 'report.fr.md')
    expect(compareVersions(original, french.report, 'report.md', french.sourceMap)).toEqual([])
  })

  it('places a left-out paragraph, an extra footnote and a mention of an unknown person', () => {
    const source = languageReportSource('fr')
      .replace(
        'people:\n',
        'people:\n  - id: nemo\n    honorific: M.\n    name: Nemo Nullus\n    familyName: Nullus\n',
      )
      .replace(':participant[Sit amet]{#minim} elit sed do eiusmod tempor.\n\n', '')
      .replace(
        'Ut enim ad minim veniam.[^2]',
        'Ut enim ad minim veniam.[^2] :person{#nemo} dixit.[^3]',
      )
      .concat('\n[^3]: Excepteur sint.\n')
    const french = parsed(source, 'report.fr.md')
    const problems = compareVersions(original, french.report, 'report.md', french.sourceMap)
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^report\.fr\.md:\d+:\d+: paragraph 2 of report\.md has no counterpart here$/,
      ),
      expect.stringMatching(
        /^report\.fr\.md:\d+:\d+: footnote \[\^3\] has no counterpart in report\.md$/,
      ),
      expect.stringMatching(
        /^report\.fr\.md:\d+:\d+: a mention of "nemo", whom report\.md does not mention$/,
      ),
    ])
    const lines = source.split('\n')
    const lineOf = (text: string) => lines.findIndex((line) => line.includes(text)) + 1
    // Where the left-out paragraph was: before the recommendations that followed it.
    expect(problems[0]!.line).toBe(lineOf(':::recommendations'))
    expect(problems[1]!.line).toBe(lineOf('[^3]: Excepteur'))
    expect(problems[2]!.line).toBe(lineOf(':person{#nemo}'))
  })
})

describe('rapporteur validate with translations beside the report', () => {
  it('checks report.fr.md against report.md and places each mismatch', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const { runCli } = await import('./run-cli.js')
    const folder = mkdtempSync(join(tmpdir(), 'rapporteur-translations-'))
    writeFileSync(join(folder, 'report.md'), languageReportSource('en'))
    writeFileSync(join(folder, 'report.ar.md'), languageReportSource('ar'))
    const french = languageReportSource('fr').replace(
      ':participant[Sit amet]{#minim} elit sed do eiusmod tempor.\n\n',
      '',
    )
    writeFileSync(join(folder, 'report.fr.md'), french)
    const run = await runCli(['validate', folder])
    expect(run.code).toBe(1)
    const line = french.split('\n').indexOf(':::recommendations{speaker=vitae}') + 1
    // One problem, the left-out paragraph, where it is missing: none for those after it.
    expect(run.stderr.split('\n').filter((text) => text.includes('report.fr.md'))).toEqual([
      `${join(folder, 'report.fr.md')}:${line}:1: paragraph 2 of report.md has no counterpart here`,
    ])
    expect(run.stderr).not.toContain('report.ar.md')
  })

  it('reports a paragraph left out in the middle once, and nothing about those after it', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const { runCli } = await import('./run-cli.js')
    const folder = mkdtempSync(join(tmpdir(), 'rapporteur-translations-'))
    const frontMatter = (language: string) => [
      '---',
      'title: Lorem',
      'facilitator: Ipsum',
      'date: 2023-06-14',
      'modality: virtual',
      `language: ${language}`,
      'people:',
      '  - id: sow',
      '    honorific: Mr.',
      '    name: Ousmane Sow',
      '    familyName: Sow',
      '---',
    ]
    const source = (language: string, blocks: string[]) =>
      [...frontMatter(language), '', ...blocks.flatMap((block) => [block, ''])].join('\n')
    writeFileSync(
      join(folder, 'report.md'),
      source('en', [
        '# Opening',
        'The meeting opened in 2023.',
        '36 people took part.',
        'The Network spoke.[^1]',
        '# Closing',
        ':call[:person{#sow} urged everyone to contribute.]',
        '[^1]: A note.',
      ]),
    )
    // Paragraph 2 left out: paragraphs 3 and 4 are the French paragraphs 2 and 3.
    const french = source('fr', [
      '# Ouverture',
      "La réunion s'est ouverte en 2023.",
      'Le Réseau a parlé.[^1]',
      '# Clôture',
      ':call[:person{#sow} a invité chacun à contribuer.]',
      '[^1]: Une note.',
    ])
    writeFileSync(join(folder, 'report.fr.md'), french)
    const run = await runCli(['validate', join(folder, 'report.md')])
    expect(run.code).toBe(1)
    const line = french.split('\n').indexOf('Le Réseau a parlé.[^1]') + 1
    expect(run.stderr.split('\n').filter((text) => text !== '')).toEqual([
      `${join(folder, 'report.fr.md')}:${line}:1: paragraph 2 of report.md has no counterpart here`,
      '1 problem in 1 of 1 report',
    ])
  })
})

describe('rapporteur build with translations beside the report', () => {
  it('builds each translation into <report>/<language>/ and leaves out one that disagrees', async () => {
    const { existsSync, mkdtempSync, mkdirSync, readdirSync, writeFileSync } = await import(
      'node:fs'
    )
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const { runCli } = await import('./run-cli.js')
    const root = mkdtempSync(join(tmpdir(), 'rapporteur-build-translations-'))
    const folder = join(root, 'geneva')
    mkdirSync(folder)
    writeFileSync(join(folder, 'report.md'), languageReportSource('en'))
    writeFileSync(join(folder, 'report.fr.md'), languageReportSource('fr'))
    const arabic = languageReportSource('ar').replace(
      ':participant[Sit amet]{#minim} elit sed do eiusmod tempor.\n\n',
      '',
    )
    writeFileSync(join(folder, 'report.ar.md'), arabic)
    const out = join(root, 'out')
    // The folder of reports names the translations too: each is built once, with its report.
    const run = await runCli([
      'build',
      root,
      '--variant',
      'draft,final',
      '--format',
      'html,pdf',
      '-o',
      out,
    ])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      `${join(folder, 'report.ar.md')}:${arabic.split('\n').indexOf(':::recommendations{speaker=vitae}') + 1}:1: paragraph 2 of report.md has no counterpart here`,
    )
    expect(run.stdout).toMatch(/built 8 files into .*; 1 invalid report not built/)
    expect(readdirSync(join(out, 'geneva')).sort()).toEqual([
      'draft.html',
      'draft.pdf',
      'final.html',
      'final.pdf',
      'fr',
    ])
    expect(readdirSync(join(out, 'geneva', 'fr')).sort()).toEqual([
      'draft.html',
      'draft.pdf',
      'final.html',
      'final.pdf',
    ])
    expect(existsSync(join(out, 'report.fr'))).toBe(false)
    const { readFileSync } = await import('node:fs')
    const html = readFileSync(join(out, 'geneva', 'fr', 'final.html'), 'utf8')
    expect(html).toMatch(/<html lang="fr"/)
    expect([...html.matchAll(/ id="para-(\d+)"/g)].map((m) => m[1])).toEqual(['1', '2', '3'])
  })

  it('does not build a translation of a report that has problems', async () => {
    const { mkdtempSync, readdirSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const { join } = await import('node:path')
    const { runCli } = await import('./run-cli.js')
    const folder = mkdtempSync(join(tmpdir(), 'rapporteur-build-translations-'))
    writeFileSync(
      join(folder, 'report.md'),
      languageReportSource('en').replace('date: 2022-02-08', 'date: soon'),
    )
    writeFileSync(join(folder, 'report.fr.md'), languageReportSource('fr'))
    const out = join(folder, 'out')
    const run = await runCli(['build', join(folder, 'report.md'), '--format', 'html', '-o', out])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      `${join(folder, 'report.fr.md')}: not built: report.md, which it translates, has problems`,
    )
    expect(readdirSync(out)).toEqual([])
  })
})
