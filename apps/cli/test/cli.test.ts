import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { examplePath } from '@rapporteur/fixtures'
import { describe, expect, it } from 'vitest'
import packageJson from '../package.json' with { type: 'json' }
import { runCli } from './run-cli.js'

function temporaryFolder(): string {
  return mkdtempSync(join(tmpdir(), 'rapporteur-cli-'))
}

let dateLine = 0

/** A copy of the example whose front matter misses the facilitator and has a bad date. */
function invalidSource(folder: string): string {
  const source = readFileSync(examplePath, 'utf8')
    .replace(/^facilitator: >-\n( {2}.*\n)+/m, '')
    .replace('date: 2022-02-08', 'date: 8 February 2022')
  const path = join(folder, 'broken', 'report.md')
  dateLine = source.split('\n').findIndex((line) => line.startsWith('date:')) + 1
  cpSync(examplePath, path)
  writeFileSync(path, source)
  return path
}

describe('help and version', () => {
  it('prints the version', async () => {
    const run = await runCli(['--version'])
    expect(run.code).toBe(0)
    expect(run.stdout.trim()).toBe(packageJson.version)
  })

  it.each(['build', 'validate', 'init', 'schema', 'lsp'])('has --help for %s', async (command) => {
    const run = await runCli([command, '--help'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(`Usage: rapporteur ${command}`)
  })
})

describe('misuse exits 2 with a message and writes nothing', () => {
  it.each([
    [['build', examplePath, '--colour'], "unknown option '--colour'"],
    [
      ['build', examplePath, '--variant', 'drfat'],
      'unknown variant "drfat": did you mean "draft"?',
    ],
    [
      ['build', examplePath, '--format', 'pdf,odt'],
      'unknown format "odt" (formats: pdf, docx, html)',
    ],
    [['build', 'no/such/report.md'], 'no/such/report.md: no such file'],
    [['validate', 'no/such/report.md'], 'no/such/report.md: no such file'],
    [['build'], "missing required argument 'source'"],
    [['publish'], "unknown command 'publish'"],
  ])('%j', async (args, message) => {
    const out = temporaryFolder()
    const run = await runCli([
      ...args,
      ...(args[0] === 'build' && args.length > 1 ? ['--out', out] : []),
    ])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(message)
    expect(run.stderr).not.toMatch(/\n\s+at /)
    expect(readdirSync(out)).toEqual([])
  })

  it('refuses two sources that would build into the same folder', async () => {
    const folder = temporaryFolder()
    cpSync(examplePath, join(folder, 'a', 'minutes.md'))
    cpSync(examplePath, join(folder, 'b', 'minutes.md'))
    const run = await runCli([
      'build',
      join(folder, 'a', 'minutes.md'),
      join(folder, 'b', 'minutes.md'),
      '--out',
      join(folder, 'out'),
    ])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('would both build into')
    expect(existsSync(join(folder, 'out'))).toBe(false)
  })
})

describe('invalid input exits 1, lists every problem and writes nothing for that report', () => {
  it('validate lists each problem as file:line:column: message', async () => {
    const folder = temporaryFolder()
    const path = invalidSource(folder)
    const run = await runCli(['validate', path])
    expect(run.code).toBe(1)
    const lines = run.stderr.trim().split('\n')
    expect(lines).toContain(
      `${path}:${dateLine}:7: "date" should be a date written YYYY-MM-DD, such as 2022-02-08, found "8 February 2022"`,
    )
    expect(lines.some((line) => line.startsWith(`${path}:`) && line.includes('facilitator'))).toBe(
      true,
    )
    expect(lines.at(-1)).toMatch(/^\d+ problems? in 1 of 1 report$/)
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })

  it('validate accepts the example and exits 0', async () => {
    const run = await runCli(['validate', examplePath])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('report.md: valid')
  })

  it('build writes the valid report, nothing for the invalid one, and exits 1', async () => {
    const folder = temporaryFolder()
    const path = invalidSource(folder)
    const out = join(folder, 'out')
    const run = await runCli([
      'build',
      path,
      examplePath,
      '--variant',
      'final',
      '--format',
      'html',
      '--out',
      out,
    ])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`${path}:${dateLine}:7: "date" should be`)
    expect(readdirSync(out)).toEqual(['gcm-parliamentarians-2022'])
    expect(readdirSync(join(out, 'gcm-parliamentarians-2022'))).toEqual(['final.html'])
  })

  it('checks the config beside the report, with file:line:column', async () => {
    const folder = temporaryFolder()
    cpSync(examplePath, join(folder, 'report.md'))
    writeFileSync(
      join(folder, 'rapporteur.config.yaml'),
      'variants:\n  - name: board\n    extends: finale\n',
    )
    const run = await runCli(['validate', join(folder, 'report.md')])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(
      `${join(folder, 'rapporteur.config.yaml')}:3:14: "variants.0.extends" should be one of "internal", "draft", "final", "digest", found "finale"`,
    )
  })
})

describe('atomic writes', () => {
  it('keeps the last good output when a rebuild fails, and leaves no temporary file', async () => {
    const folder = temporaryFolder()
    const path = join(folder, 'minutes', 'report.md')
    cpSync(examplePath, path)
    const out = join(folder, 'out')
    const build = ['build', path, '--variant', 'final', '--format', 'html,docx', '--out', out]
    const good = await runCli(build)
    expect(good.code).toBe(0)
    const html = readFileSync(join(out, 'minutes', 'final.html'))
    const docx = readFileSync(join(out, 'minutes', 'final.docx'))

    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace('modality: virtual', 'modality: telepathy'),
    )
    const failed = await runCli(build)
    expect(failed.code).toBe(1)
    expect(failed.stderr).toContain('"modality" should be one of')
    expect(readFileSync(join(out, 'minutes', 'final.html')).equals(html)).toBe(true)
    expect(readFileSync(join(out, 'minutes', 'final.docx')).equals(docx)).toBe(true)
    expect(readdirSync(join(out, 'minutes')).sort()).toEqual(['final.docx', 'final.html'])
  })
})

describe('user-defined variants', () => {
  it('builds a variant from rapporteur.config.json in its own formats', async () => {
    const folder = temporaryFolder()
    cpSync(examplePath, join(folder, 'report.md'))
    writeFileSync(
      join(folder, 'rapporteur.config.json'),
      JSON.stringify({
        variants: [
          {
            name: 'web',
            extends: 'final',
            parts: { annexes: false },
            formats: ['html'],
            marks: { banner: 'Web edition' },
          },
        ],
      }),
    )
    const out = join(folder, 'out')
    const run = await runCli([
      'build',
      join(folder, 'report.md'),
      '--variant',
      'web',
      '--out',
      out,
      '--json',
    ])
    expect(run.code).toBe(0)
    const name = readdirSync(out)[0]!
    expect(readdirSync(join(out, name))).toEqual(['web.html'])
    const html = readFileSync(join(out, name, 'web.html'), 'utf8')
    expect(html).toContain('Web edition')
    expect(html).not.toContain('Guiding questions for the discussion')
  })
})

describe('init and schema', () => {
  it('writes a template that validates and builds as it is, and will not overwrite it', async () => {
    const folder = join(temporaryFolder(), 'new-report')
    const init = await runCli(['init', folder])
    expect(init.code).toBe(0)
    const path = join(folder, 'report.md')
    const written = readFileSync(path, 'utf8')
    // The modeline names the schema that `rapporteur schema` prints, where it is published.
    const schemaId = JSON.parse((await runCli(['schema'])).stdout).$id
    expect(schemaId).toMatch(/^https:\/\/.+\/front-matter\.schema\.json$/)
    expect(written.split('\n').slice(0, 2)).toEqual([
      '---',
      `# yaml-language-server: $schema=${schemaId}`,
    ])
    const validate = await runCli(['validate', path])
    expect(validate.stderr).toBe('')
    expect(validate.code).toBe(0)
    const build = await runCli(['build', path, '--out', join(folder, 'out')])
    expect(build.code).toBe(0)
    expect(readdirSync(join(folder, 'out', 'new-report'))).toHaveLength(12)
    const again = await runCli(['init', folder])
    expect(again.code).toBe(2)
    expect(again.stderr).toContain('already exists')
  })

  it('prints the front matter JSON Schema', async () => {
    const run = await runCli(['schema'])
    expect(run.code).toBe(0)
    const schema = JSON.parse(run.stdout)
    expect(schema.title).toBe('Rapporteur report front matter')
    expect(schema.required).toContain('title')
  })

  it('prints the JSON Schema of a whole JSON report with --report', async () => {
    const run = await runCli(['schema', '--report'])
    expect(run.code).toBe(0)
    const schema = JSON.parse(run.stdout)
    expect(schema.$id).toMatch(/\/report\.schema\.json$/)
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'sections']))
    expect(schema.properties.sections.description).toBe(
      'The body: the numbered sections, in order. At least one.',
    )
  })

  it('prints the config JSON Schema with --config', async () => {
    const run = await runCli(['schema', '--config'])
    expect(JSON.parse(run.stdout).properties.variants.type).toBe('array')
  })
})
