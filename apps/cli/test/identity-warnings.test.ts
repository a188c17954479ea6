import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { examplePath } from '@rapporteur/fixtures'
import { describe, expect, it } from 'vitest'
import { runCli } from './run-cli.js'

const example = readFileSync(examplePath, 'utf8')

/**
 * The example with an identity behind its "representative from the Philippines",
 * whose label names another country: where the participant is really from.
 */
function leakingReport(): { path: string; message: string; warning: string } {
  const source = example
    .replace(
      /^people:$/m,
      'participants:\n  - { id: p3, name: Aliya Nurlanovna, country: Kazakhstan }\npeople:',
    )
    .replace(
      ':participant[A representative from the Philippines]',
      ':participant[A representative from Kazakhstan]{#p3}',
    )
  const lines = source.split('\n')
  const index = lines.findIndex((text) => text.includes('from Kazakhstan]'))
  const folder = mkdtempSync(join(tmpdir(), 'rapporteur-leak-'))
  const path = join(folder, 'report.md')
  writeFileSync(path, source)
  const column = lines[index]!.indexOf(':participant[A representative') + 1
  const text =
    'the label "A representative from Kazakhstan" names the country of participant p3, whom the Chatham House Rule hides'
  return {
    path,
    warning: `${path}:${index + 1}:${column}: warning: ${text}\n`,
    message: `${path}:${index + 1}:${column}: ${text}\n`,
  }
}

describe('a label that names whom it hides', () => {
  it('validate warns at the label and exits 0', async () => {
    const { path, warning } = leakingReport()
    const run = await runCli(['validate', path])
    expect(run.stderr).toBe(warning)
    expect(run.stdout).toBe(`${path}: valid (1 warning)\n`)
    expect(run.code).toBe(0)
  })

  it('build warns and builds', async () => {
    const { path, warning } = leakingReport()
    const out = join(path, '..', 'out')
    const run = await runCli([
      'build',
      path,
      '--variant',
      'final',
      '--format',
      'html',
      '--out',
      out,
    ])
    expect(run.stderr).toBe(warning)
    expect(run.code).toBe(0)
    expect(readdirSync(join(out, readdirSync(out)[0]!))).toEqual(['final.html'])
  })

  it('with --strict, the warning is a problem, printed as one: exit code 1, nothing built', async () => {
    const { path, message } = leakingReport()
    const validate = await runCli(['validate', '--strict', path])
    expect(validate.stderr).toBe(`${message}1 problem in 1 of 1 report\n`)
    expect(validate.code).toBe(1)
    const out = join(path, '..', 'out')
    const build = await runCli(['build', path, '--strict', '--format', 'html', '--out', out])
    expect(build.stderr).toBe(message)
    expect(build.code).toBe(1)
    expect(readdirSync(out)).toEqual([])
  })

  it('the example, whose representative from the Philippines has no identity, is not warned of', async () => {
    const run = await runCli(['validate', '--strict', examplePath])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
  })
})
