import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { examplePath } from '@rapporteur/fixtures'
import { describe, expect, it } from 'vitest'
import { runCli } from './run-cli.js'

function temporaryFolder(): string {
  return mkdtempSync(join(tmpdir(), 'rapporteur-robust-'))
}

/** The example with one more paragraph, at the returned line, at the end of its body. */
function exampleWith(paragraph: string): { source: string; line: number } {
  const example = readFileSync(examplePath, 'utf8').replace(/\n*$/, '\n')
  const line = example.split('\n').length + 1
  return { source: `${example}\n${paragraph}\n`, line }
}

const tooDeep =
  'emphasis, strong text and links are nested more than 100 levels deep: write them flatter'

describe('a report nested too deep', () => {
  it.each([['2'], ['1']])(
    'is a located problem, and the good report beside it is built (--jobs %s)',
    async (jobs) => {
      const folder = temporaryFolder()
      const { source, line } = exampleWith(`${'**'.repeat(1000)}x${'**'.repeat(1000)}`)
      const deep = join(folder, 'deep', 'report.md')
      mkdirSync(join(folder, 'deep'))
      writeFileSync(deep, source)
      const out = join(folder, 'out')
      const run = await runCli([
        'build',
        deep,
        examplePath,
        '--format',
        'html',
        '--jobs',
        jobs,
        '--out',
        out,
      ])
      expect(run.stderr).toBe(`${deep}:${line}:201: ${tooDeep}\n`)
      expect(run.code).toBe(1)
      expect(readdirSync(out)).toEqual(['gcm-parliamentarians-2022'])
      expect(readdirSync(join(out, 'gcm-parliamentarians-2022')).sort()).toEqual([
        'digest.html',
        'draft.html',
        'final.html',
        'internal.html',
      ])
    },
  )

  it('as a report model (JSON) is a problem, not a hang, with eight documents on workers', async () => {
    const folder = temporaryFolder()
    const depth = 1000
    const content = `${'{"type":"strong","children":['.repeat(depth)}{"type":"text","value":"x"}${']}'.repeat(depth)}`
    const deep = join(folder, 'deep.json')
    writeFileSync(
      deep,
      `{"title":"T","facilitator":"F","date":"2022-02-08","modality":"virtual","sections":[{"type":"section","title":"S","blocks":[{"type":"paragraph","content":[${content}]}]}]}`,
    )
    const out = join(folder, 'out')
    const run = await runCli(['build', deep, examplePath, '--format', 'html,docx', '--out', out])
    const path = `sections.0.blocks.0.content.0${'.children.0'.repeat(100)}`
    expect(run.stderr).toBe(`${deep}: ${path}: ${tooDeep}\n`)
    expect(run.code).toBe(1)
    expect(readdirSync(join(out, 'gcm-parliamentarians-2022'))).toHaveLength(8)
  })

  it('reads 20,000 levels quickly', async () => {
    const folder = temporaryFolder()
    const { source, line } = exampleWith(`${'**'.repeat(20_000)}x${'**'.repeat(20_000)}`)
    const deep = join(folder, 'report.md')
    writeFileSync(deep, source)
    const started = performance.now()
    const run = await runCli(['validate', deep])
    expect(performance.now() - started).toBeLessThan(5000)
    expect(run.stderr).toBe(`${deep}:${line}:201: ${tooDeep}\n1 problem in 1 of 1 report\n`)
    expect(run.code).toBe(1)
  })
})

describe('a document that cannot be made', () => {
  it('does not stop the other reports, and --json still prints the summary', async () => {
    const folder = temporaryFolder()
    const bad = join(folder, 'bad', 'report.md')
    cpSync(examplePath, bad)
    const out = join(folder, 'out')
    // A folder where the document should go: the rename over it fails.
    mkdirSync(join(out, 'bad', 'final.html'), { recursive: true })
    const run = await runCli([
      'build',
      bad,
      examplePath,
      '--variant',
      'final',
      '--format',
      'html',
      '--jobs',
      '1',
      '--json',
      '--out',
      out,
    ])
    expect(run.code).toBe(1)
    const summary = JSON.parse(run.stdout)
    expect(summary.ok).toBe(false)
    expect(summary.reports.map((report: { ok: boolean }) => report.ok)).toEqual([false, true])
    expect(summary.reports[0].files[0].error).toMatch(/^EISDIR: illegal operation on a directory/)
    expect(readdirSync(join(out, 'gcm-parliamentarians-2022'))).toEqual(['final.html'])
    expect(readdirSync(join(out, 'bad'))).toEqual(['final.html'])
  })
})
