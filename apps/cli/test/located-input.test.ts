import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { examplePath } from '@rapporteur/fixtures'
import { describe, expect, it } from 'vitest'
import { runCli } from './run-cli.js'

const example = readFileSync(examplePath, 'utf8')

/** Writes `source` as `<folder>/report.md` (or the name given) in a new folder; returns its path. */
function writeReport(source: string | Uint8Array, name = 'report.md'): string {
  const folder = mkdtempSync(join(tmpdir(), 'rapporteur-located-'))
  const path = join(folder, name)
  writeFileSync(path, source)
  return path
}

/** The 1-based number of the example's first line for which `test` holds. */
function lineOf(source: string, test: (line: string) => boolean): number {
  return source.split('\n').findIndex(test) + 1
}

const oneProblem = '1 problem in 1 of 1 report\n'

describe('YAML aliases', () => {
  it('an alias bomb in the front matter is a located problem', async () => {
    const bomb = [
      'laughs: &a [x, x, x, x, x, x, x, x, x]',
      'more: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'still: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'again: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
    ].join('\n')
    const path = writeReport(example.replace('---\n', `---\n${bomb}\n`))
    const run = await runCli(['validate', path])
    expect(run.stderr).toBe(
      `${path}:3:11: invalid YAML in the front matter: its aliases expand to too much data; write the values out instead\n${oneProblem}`,
    )
    expect(run.code).toBe(1)
  })

  it('an alias without an anchor in a config is a located problem', async () => {
    const path = writeReport(example)
    const config = join(path, '..', 'rapporteur.config.yaml')
    writeFileSync(config, 'variants:\n  - name: board\n    extends: *final\n')
    const run = await runCli(['build', path, '--out', join(path, '..', 'out')])
    expect(run.stderr).toBe(
      `${config}:3:14: invalid YAML: the alias "*final" names no anchor "&final" set before it\n`,
    )
    expect(run.code).toBe(1)
  })
})

describe('encodings and line endings', () => {
  it('a JSON report that is not UTF-8 is refused at the first bad byte', async () => {
    const text = JSON.stringify({ title: 'A consultation', facilitator: 'F' }, null, 2)
    const bytes = new TextEncoder().encode(text)
    bytes[text.indexOf('consultation')] = 0xe9
    const path = writeReport(bytes, 'report.json')
    const run = await runCli(['validate', path])
    expect(run.stderr).toBe(
      `${path}:2:15: the file is not UTF-8 text (byte 0xe9); save it as UTF-8\n${oneProblem}`,
    )
    expect(run.code).toBe(1)
  })

  it('a JSON report’s problems name the line and column of the value', async () => {
    const model = { title: 'A consultation', facilitator: 'F', date: '2022-02-30' }
    const path = writeReport(
      JSON.stringify({ ...model, modality: 'virtual' }, null, 2),
      'report.json',
    )
    const run = await runCli(['validate', path])
    expect(run.stderr).toBe(
      `${path}:1:1: missing "sections": expected a list\n${path}:4:11: "date" is not a real date: 2022-02-30\n2 problems in 1 of 1 report\n`,
    )
    expect(run.code).toBe(1)
  })

  it('a report whose lines end in CR alone validates and builds', async () => {
    const path = writeReport(example.replaceAll('\n', '\r'))
    const validate = await runCli(['validate', path])
    expect(validate.stderr).toBe('')
    expect(validate.code).toBe(0)
    const out = join(path, '..', 'out')
    const build = await runCli([
      'build',
      path,
      '--variant',
      'final',
      '--format',
      'html',
      '--out',
      out,
    ])
    expect(build.code).toBe(0)
    const html = readFileSync(join(out, readdirSync(out)[0]!, 'final.html'), 'utf8')
    expect(html).toContain('Consultation with Parliamentarians')
  })
})

describe('what validate passes, build can render', () => {
  it('an invalid language tag is a located problem', async () => {
    const path = writeReport(example.replace(/^language: .*$/m, 'language: "en_US!!"'))
    const line = lineOf(example, (text) => text.startsWith('language:'))
    const run = await runCli(['validate', path])
    expect(run.stderr).toBe(
      `${path}:${line}:11: "language" should be a BCP 47 language tag, such as en or fr-CA, found "en_US!!"\n${oneProblem}`,
    )
    expect(run.code).toBe(1)
  })

  it('a word of 1 MB builds in every format', async () => {
    const path = writeReport(`${example.replace(/\n*$/, '\n')}\nA ${'x'.repeat(1 << 20)} word.\n`)
    const out = join(path, '..', 'out')
    const run = await runCli([
      'build',
      path,
      '--variant',
      'final',
      '--format',
      'pdf,docx,html',
      '--out',
      out,
    ])
    expect(run.code).toBe(0)
    expect(readdirSync(join(out, readdirSync(out)[0]!)).sort()).toEqual([
      'final.docx',
      'final.html',
      'final.pdf',
    ])
  }, 120_000)
})

describe('structure a ":::" changes', () => {
  it('a container whose ":::" was removed is reported at its opening line', async () => {
    const opening = lineOf(example, (line) => line === ':::unnumbered')
    const lines = example.split('\n')
    lines.splice(opening + 1, 1)
    const source = lines.join('\n')
    const next = lineOf(source, (line) => line.startsWith(':::recommendations{speaker=santiago'))
    const closing =
      next + lineOf(source.split('\n').slice(next).join('\n'), (line) => line === ':::')
    const path = writeReport(source)
    const run = await runCli(['validate', path])
    expect(run.stderr).toBe(
      `${path}:${opening}:1: the ":::unnumbered" block opened here and the ":::recommendations" block at line ${next} share one closing ":::" (line ${closing}): end each block with its own ":::" line\n${oneProblem}`,
    )
    expect(run.code).toBe(1)
  })

  it('a container never closed is reported at its opening line', async () => {
    const source = `${example.replace(/\n*$/, '\n')}\n:::unnumbered\nA note.\n`
    const line = source.split('\n').length - 2
    const path = writeReport(source)
    const run = await runCli(['validate', path])
    expect(run.stderr).toBe(
      `${path}:${line}:1: the ":::unnumbered" block opened here is never closed: end it with a ":::" line\n${oneProblem}`,
    )
    expect(run.code).toBe(1)
  })

  it('a stray ":::" is reported at its line', async () => {
    const source = `${example.replace(/\n*$/, '\n')}\n:::\n`
    const line = source.split('\n').length - 1
    const path = writeReport(source)
    const run = await runCli(['validate', path])
    expect(run.stderr).toBe(
      `${path}:${line}:1: a ":::" line that closes no block: remove it, or open the block it ends with ":::unnumbered" or ":::recommendations{speaker=ID}"\n${oneProblem}`,
    )
    expect(run.code).toBe(1)
  })

  it('a mention of an unknown person in a heading is reported with a suggestion', async () => {
    const source = `${example.replace(/\n*$/, '\n')}\n# Closing remarks by :person{#omidvr}\n\nThe end.\n`
    const line = source.split('\n').length - 3
    const path = writeReport(source)
    const run = await runCli(['validate', path])
    expect(run.stderr).toBe(
      `${path}:${line}:22: mention of unknown person "omidvr": did you mean "omidvar"?\n${oneProblem}`,
    )
    expect(run.code).toBe(1)
  })
})
