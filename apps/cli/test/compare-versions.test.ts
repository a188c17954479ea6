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

  it('places a missing paragraph, an extra footnote and a mention of an unknown person', () => {
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
        /^report\.fr\.md:\d+:\d+: paragraph 3 of report\.md has no counterpart here$/,
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
    expect(run.stderr).toContain(
      `${join(folder, 'report.fr.md')}:${french.split('\n').findIndex((line) => line.startsWith('Ut enim')) + 1}:1: paragraph 3 of report.md has no counterpart here`,
    )
    expect(run.stderr).not.toContain('report.ar.md')
  })
})
