import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { examplePath } from '@rapporteur/fixtures'
import { describe, expect, it } from 'vitest'
import { runCli } from './run-cli.js'

/** A reports folder: two reports in folders of their own and one file, and an unrelated text file. */
function reportsRepository(): string {
  const workspace = mkdtempSync(join(tmpdir(), 'rapporteur-sources-'))
  for (const name of ['geneva', 'bangkok', 'nairobi'])
    cpSync(examplePath, join(workspace, 'reports', name, 'report.md'))
  cpSync(examplePath, join(workspace, 'reports', 'board.md'))
  writeFileSync(join(workspace, 'reports', 'notes.txt'), 'not a report')
  mkdirSync(join(workspace, 'reports', 'empty'))
  return workspace
}

const validLines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => line.replace(/: valid$/, ''))

describe('folders of reports, globs and shards', () => {
  it('a folder without report.md stands for every *.md in it and the report.md of each folder in it', async () => {
    const cwd = reportsRepository()
    const run = await runCli(['validate', 'reports'], { cwd })
    expect(run.stderr).toBe('')
    expect(validLines(run.stdout)).toEqual([
      'reports/bangkok/report.md',
      'reports/board.md',
      'reports/geneva/report.md',
      'reports/nairobi/report.md',
    ])
  })

  it('reads a translation in the folder with its report, not as a report of its own', async () => {
    const cwd = reportsRepository()
    cpSync(examplePath, join(cwd, 'reports', 'board.fr.md'))
    const run = await runCli(['validate', 'reports', 'reports/*.md'], { cwd })
    expect(run.stderr).toBe('')
    expect(validLines(run.stdout)).toEqual([
      'reports/bangkok/report.md',
      'reports/board.md: valid (1 translation in agreement)',
      'reports/geneva/report.md',
      'reports/nairobi/report.md',
    ])
  })

  it('expands a glob itself, whatever the shell, and names each report once', async () => {
    const cwd = reportsRepository()
    const run = await runCli(['validate', 'reports/*/report.md', 'reports/geneva'], { cwd })
    expect(run.code).toBe(0)
    expect(validLines(run.stdout)).toEqual([
      'reports/bangkok/report.md',
      'reports/geneva/report.md',
      'reports/nairobi/report.md',
    ])
  })

  it('a glob that matches nothing, and a folder without reports, are misuse', async () => {
    const cwd = reportsRepository()
    const glob = await runCli(['validate', 'minutes/**/*.md'], { cwd })
    expect(glob.code).toBe(2)
    expect(glob.stderr).toBe('rapporteur: minutes/**/*.md: no file matches\n')
    const folder = await runCli(['build', 'reports/empty'], { cwd })
    expect(folder.code).toBe(2)
    expect(folder.stderr).toBe(
      'rapporteur: reports/empty: a folder without reports (no report.md, no *.md file)\n',
    )
  })

  it('--shard K/N gives each report to exactly one of N runs, the same on every run', async () => {
    const cwd = reportsRepository()
    const shares = await Promise.all(
      ['1/3', '2/3', '3/3', '2/3'].map((shard) =>
        runCli(['validate', 'reports', '--shard', shard], { cwd }),
      ),
    )
    const lists = shares.map((run) => validLines(run.stdout))
    expect(lists[1]).toEqual(lists[3])
    expect(lists.slice(0, 3).flat().sort()).toEqual([
      'reports/bangkok/report.md',
      'reports/board.md',
      'reports/geneva/report.md',
      'reports/nairobi/report.md',
    ])
    expect(lists.slice(0, 3).map((list) => list.length)).toEqual([2, 1, 1])
  })

  it('a share with no report in it is not an error', async () => {
    const cwd = reportsRepository()
    const run = await runCli(['build', 'reports/geneva', '--shard', '2/2', '--out', 'out'], {
      cwd,
    })
    expect(run.code).toBe(0)
    expect(run.stderr).toBe('shard 2/2: no report falls in this share\n')
  })

  it.each(['0/2', '3/2', 'two', '1/0'])('refuses --shard %s', async (shard) => {
    const run = await runCli(['validate', examplePath, '--shard', shard])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(`option '--shard <K/N>' argument '${shard}' is invalid`)
  })
})
