import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { examplePath } from '@rapporteur/fixtures'
import { describe, expect, it } from 'vitest'
import { pdfPages, searchableText } from './read-output.js'
import { runCli } from './run-cli.js'

const notice = 'Internal — not for distribution'

/** A copy of the example with `config` as its rapporteur.config.yaml; returns the report's path. */
function exampleWithConfig(config: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'rapporteur-naming-'))
  const path = join(folder, 'consultation', 'report.md')
  cpSync(examplePath, path)
  writeFileSync(join(folder, 'consultation', 'rapporteur.config.yaml'), config)
  return path
}

const config = `variants:
  - name: named
    extends: final
    applyRule: false
  - name: board
    extends: final
    formats: [html]
`

describe('a config variant that names participants', () => {
  it('is left out of "all", with a note saying how to build it', async () => {
    const path = exampleWithConfig(config)
    const out = join(path, '..', '..', 'out')
    const run = await runCli(['build', path, '--format', 'html', '--out', out])
    expect(run.stderr).toBe(
      `${path}: variant "named" names participants, so "all" leaves it out: build it with --variant named\n`,
    )
    expect(run.code).toBe(0)
    expect(readdirSync(join(out, 'consultation')).sort()).toEqual([
      'board.html',
      'digest.html',
      'draft.html',
      'final.html',
      'internal.html',
    ])
  })

  it('carries the internal notice in every format when asked for by name', async () => {
    const path = exampleWithConfig(config)
    const out = join(path, '..', '..', 'out')
    const run = await runCli(['build', path, '--variant', 'named', '--out', out])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const folder = join(out, 'consultation')
    expect(readdirSync(folder).sort()).toEqual(['named.docx', 'named.html', 'named.pdf'])
    expect(searchableText(join(folder, 'named.html'))).toContain(notice)
    expect(searchableText(join(folder, 'named.docx'))).toContain(notice)
    for (const page of pdfPages(join(folder, 'named.pdf'))) expect(page).toContain(notice)
  }, 60_000)

  it('may not set its notice to null: a located problem, exit code 1', async () => {
    const path = exampleWithConfig(
      'variants:\n  - name: copy\n    extends: internal\n    marks:\n      notice: null\n',
    )
    const configPath = join(path, '..', 'rapporteur.config.yaml')
    const run = await runCli(['validate', path])
    expect(run.stderr).toBe(
      `${configPath}:5:15: variant "copy" names participants (it does not apply the meeting's rule), so it keeps a distribution notice: remove "notice: null", or word a notice of your own\n1 problem in 1 of 1 report\n`,
    )
    expect(run.code).toBe(1)
  })
})
