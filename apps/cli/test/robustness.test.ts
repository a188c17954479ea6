import { execFileSync, spawn } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  watch,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { examplePath, scaledReportSource } from '@rapporteur/fixtures'
import { describe, expect, it } from 'vitest'
import { docxParts } from './read-output.js'
import { type CliRun, cliPath, runCli } from './run-cli.js'

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
    // The first node past the limit, where the JSON text writes it.
    const level = '{"type":"strong","children":['
    const column = readFileSync(deep, 'utf8').indexOf(level) + 100 * level.length + 1
    expect(run.stderr).toBe(`${deep}:1:${column}: ${tooDeep}\n`)
    expect(run.code).toBe(1)
    expect(readdirSync(join(out, 'gcm-parliamentarians-2022'))).toHaveLength(8)
  })

  it.each([
    ['"*" nested 1,000 deep', `${'*'.repeat(1000)}x${'*'.repeat(1000)}`, 0, 201, tooDeep],
    ['50,000 "[" and "]"', `${'['.repeat(50_000)}x${']'.repeat(50_000)}`, 0, 101, tooDeep],
    [
      '10,000 ">"',
      `${'>'.repeat(10_000)} x`,
      0,
      51,
      'block quotes are nested more than 50 levels deep: write them flatter',
    ],
    [
      '2,000 nested ":::"',
      `${Array.from({ length: 2000 }, (_, depth) => `${':'.repeat(2003 - depth)}unnumbered`).join('\n')}\nx\n${Array.from({ length: 2000 }, (_, depth) => ':'.repeat(depth + 4)).join('\n')}`,
      50,
      1,
      '":::" containers are nested more than 50 levels deep: write them flatter',
    ],
  ])(
    'with %s is a problem at the first level too many',
    async (_name, paragraph, lines, column, message) => {
      const folder = temporaryFolder()
      const { source, line } = exampleWith(paragraph)
      const deep = join(folder, 'report.md')
      writeFileSync(deep, source)
      const run = await runCli(['validate', deep])
      expect(run.stderr).toBe(
        `${deep}:${line + lines}:${column}: ${message}\n1 problem in 1 of 1 report\n`,
      )
      expect(run.code).toBe(1)
    },
  )

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

describe('brackets in a paragraph', () => {
  // Each took from seconds to more than a minute, the parser's time growing with the
  // square of the paragraph; a bounded time shows it no longer does.
  it.each([
    ['50,000 "a]"', 'a]'.repeat(50_000)],
    ['50,000 "[a]"', '[a] '.repeat(50_000)],
    ['one "![" and 50,000 "a]"', `![${'a]'.repeat(50_000)}`],
    ['50,000 footnote calls written as images', '![^1] '.repeat(50_000)],
  ])('%s are read quickly, and the report is valid', { timeout: 60_000 }, async (_name, text) => {
    const folder = temporaryFolder()
    const { source } = exampleWith(text)
    const report = join(folder, 'report.md')
    writeFileSync(report, source)
    const run = await runCli(['validate', report])
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe(`${report}: valid\n`)
    expect(run.code).toBe(0)
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

describe('output paths', () => {
  it.each([['...md'], ['..md']])(
    'a source named %s builds into a folder of its own under --out',
    async (name) => {
      const folder = temporaryFolder()
      const source = join(folder, 'minutes', name)
      cpSync(examplePath, source)
      const out = join(folder, 'out')
      const run = await runCli([
        'build',
        source,
        '--variant',
        'final',
        '--format',
        'html',
        '--out',
        out,
      ])
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
      expect(readdirSync(folder).sort()).toEqual(['minutes', 'out'])
      expect(readdirSync(out)).toEqual(['minutes'])
      expect(readdirSync(join(out, 'minutes'))).toEqual(['final.html'])
    },
  )
})

describe('empty lists are misuse', () => {
  it.each([
    [
      '--variant',
      "error: option '--variant <names>' argument '' is invalid. give at least one name",
    ],
    [
      '--format',
      "error: option '--format <formats>' argument '' is invalid. give at least one name",
    ],
  ])('%s ""', async (flag, message) => {
    const out = temporaryFolder()
    const run = await runCli(['build', examplePath, flag, '', '--out', out])
    expect(run.stderr.split('\n')[0]).toBe(message)
    expect(run.code).toBe(2)
    expect(readdirSync(out)).toEqual([])
  })
})

/** Runs the CLI with a standard output that is closed before it writes, as `| head` closes it. */
function runIntoClosedPipe(args: readonly string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.destroy()
    let stderr = ''
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    child.on('close', (code) => resolve({ code: code ?? 1, stdout: '', stderr }))
  })
}

describe('a closed standard output', () => {
  it.each([[['schema']], [['help', 'build']], [['build', '--help']], [['--version']]])(
    'ends %j quietly with exit code 0',
    async (args) => {
      const run = await runIntoClosedPipe(args)
      expect(run.stderr).toBe('')
      expect(run.code).toBe(0)
    },
  )
})

describe('signals', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s during a build leaves no temporary file and exits %i', async (signal, code) => {
    const folder = temporaryFolder()
    const out = join(folder, 'out')
    const sources = ['a', 'b', 'c'].map((name) => {
      const source = join(folder, name, 'report.md')
      cpSync(examplePath, source)
      mkdirSync(join(out, name), { recursive: true })
      return source
    })
    const child = spawn(
      process.execPath,
      [cliPath, 'build', ...sources, '--format', 'pdf,docx', '--jobs', '1', '--out', out],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    )
    let stderr = ''
    child.stderr.on('data', (chunk) => {
      stderr += chunk
    })
    // The signals come as temporary files appear, while documents are being written.
    const watchers = ['a', 'b', 'c'].map((name) =>
      watch(join(out, name), (_event, file) => {
        if (file?.endsWith('.tmp') && child.exitCode === null) child.kill(signal)
      }),
    )
    const exit = await new Promise<number | null>((resolve) => child.on('close', resolve))
    for (const watcher of watchers) watcher.close()
    const left = ['a', 'b', 'c'].flatMap((name) =>
      readdirSync(join(out, name)).filter((file) => file.endsWith('.tmp')),
    )
    expect(left).toEqual([])
    expect(stderr).toBe('')
    expect(exit).toBe(code)
  })
})

describe('sources that are not regular files', () => {
  it.each([
    ['a link to /dev/zero', (path: string) => symlinkSync('/dev/zero', path), 'a device'],
    ['a FIFO', (path: string) => execFileSync('mkfifo', [path]), 'a FIFO'],
  ])('refuses %s with exit code 2', async (_kind, make, what) => {
    const folder = temporaryFolder()
    const source = join(folder, 'x.md')
    make(source)
    const run = await runCli(['build', source, '--out', join(folder, 'out')])
    expect(run.stderr).toBe(`rapporteur: ${source}: not a regular file (${what})\n`)
    expect(run.code).toBe(2)
  })

  it('refuses a folder named x.md that holds no report.md', async () => {
    const folder = temporaryFolder()
    const source = join(folder, 'x.md')
    mkdirSync(source)
    const run = await runCli(['validate', source])
    expect(run.stderr).toBe(
      `rapporteur: ${source}: a folder without reports (no report.md, no *.md file)\n`,
    )
    expect(run.code).toBe(2)
  })

  it('reports a config file that is a FIFO', async () => {
    const folder = temporaryFolder()
    cpSync(examplePath, join(folder, 'report.md'))
    const config = join(folder, 'rapporteur.config.yaml')
    execFileSync('mkfifo', [config])
    const run = await runCli(['validate', folder])
    expect(run.stderr).toBe(
      `${config}: not a regular file (a device, FIFO or socket)\n1 problem in 1 of 1 report\n`,
    )
    expect(run.code).toBe(1)
  })

  it('reports an --out that cannot be made, under /proc', async () => {
    const run = await runCli(['build', examplePath, '--out', '/proc/rapporteur-out'])
    expect(run.stderr).toBe(
      'rapporteur: --out /proc/rapporteur-out: the folder cannot be made (ENOENT)\n',
    )
    expect(run.code).toBe(2)
  })
})

describe('a report too large', () => {
  it('past 10 MB is a problem, and is not read', async () => {
    const folder = temporaryFolder()
    const source = join(folder, 'report.md')
    writeFileSync(source, `# A\n\n${'a'.repeat(10.5 * 1024 * 1024 - 5)}`)
    const run = await runCli(['validate', source])
    expect(run.stderr).toBe(
      `${source}: the file is 10.5 MB, and a report source may be at most 10.0 MB: split it into several reports\n1 problem in 1 of 1 report\n`,
    )
    expect(run.code).toBe(1)
  })

  it('for the build workers’ memory fails with a message, and is not built again without a limit', async () => {
    const out = join(temporaryFolder(), 'out')
    const run = await runCli(['build', examplePath, '--format', 'html,pdf', '--out', out], {
      env: { RAPPORTEUR_WORKER_MEMORY: '10' },
    })
    expect(run.stderr).toBe(
      `${examplePath}: could not be read: it needs more memory than the 10 MB a build worker may use: split the report into smaller ones\n`,
    )
    expect(run.code).toBe(1)
    expect(readdirSync(out)).toEqual([])
  })
})

describe('a source past 1 MB', () => {
  it('is built on a worker whose memory has a limit even with --jobs 1, never in the main thread', async () => {
    const folder = temporaryFolder()
    const source = join(folder, 'report.md')
    writeFileSync(source, scaledReportSource(30))
    const out = join(folder, 'out')
    const run = await runCli(['build', source, '--format', 'html', '--jobs', '1', '--out', out], {
      env: { RAPPORTEUR_WORKER_MEMORY: '10' },
    })
    expect(run.stderr).toBe(
      `${source}: could not be read: it needs more memory than the 10 MB a build worker may use: split the report into smaller ones\n`,
    )
    expect(run.code).toBe(1)
    expect(readdirSync(out)).toEqual([])
  })

  it('is built on a worker whose memory has a limit for --out - too, and writes nothing to standard output', async () => {
    const folder = temporaryFolder()
    const source = join(folder, 'report.md')
    writeFileSync(source, scaledReportSource(30))
    const run = await runCli(
      ['build', source, '--format', 'html', '--variant', 'final', '--out', '-'],
      {
        env: { RAPPORTEUR_WORKER_MEMORY: '10' },
      },
    )
    expect(run.stderr.split('\n')[0]).toBe(
      `${source}: could not be read: it needs more memory than the 10 MB a build worker may use: split the report into smaller ones`,
    )
    expect(run.stderr.split('\n')[1]).toMatch(
      /^built 0 files to standard output in [\d.]+ s; 1 invalid report not built$/,
    )
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
  })

  it('from standard input is built on a worker whose memory has a limit too, even with --jobs 1', async () => {
    const out = join(temporaryFolder(), 'out')
    const run = await runCli(['build', '-', '--format', 'html', '--jobs', '1', '--out', out], {
      env: { RAPPORTEUR_WORKER_MEMORY: '10' },
      input: scaledReportSource(30),
    })
    expect(run.stderr).toBe(
      '<stdin>: could not be read: it needs more memory than the 10 MB a build worker may use: split the report into smaller ones\n',
    )
    expect(run.code).toBe(1)
    expect(readdirSync(out)).toEqual([])
  })

  it('from standard input, built on a worker, gives the document its file gives', async () => {
    const folder = temporaryFolder()
    const source = join(folder, 'report.md')
    writeFileSync(source, scaledReportSource(30))
    const args = ['--format', 'html', '--variant', 'final', '--out', '-']
    const [fromFile, fromInput] = await Promise.all([
      runCli(['build', source, ...args]),
      runCli(['build', '-', ...args], { input: scaledReportSource(30) }),
    ])
    expect(fromInput.stderr).toMatch(/^built 1 file to standard output in [\d.]+ s\n$/)
    expect(fromInput.code).toBe(0)
    expect(fromFile.code).toBe(0)
    expect(fromInput.stdout.length).toBeGreaterThan(1024 * 1024)
    expect(fromInput.stdout).toBe(fromFile.stdout)
  })

  it('built on a worker for --out -, writes the whole document to standard output', async () => {
    const folder = temporaryFolder()
    const source = join(folder, 'report.md')
    writeFileSync(source, scaledReportSource(30))
    const run = await runCli([
      'build',
      source,
      '--format',
      'html',
      '--variant',
      'final',
      '--out',
      '-',
    ])
    expect(run.stderr).toMatch(/^built 1 file to standard output in [\d.]+ s\n$/)
    expect(run.code).toBe(0)
    expect(run.stdout.startsWith('<!doctype html>')).toBe(true)
    expect(run.stdout.trimEnd().endsWith('</html>')).toBe(true)
  })
})

describe('the document date', () => {
  it('follows SOURCE_DATE_EPOCH in the PDF and the DOCX alike, on workers too', async () => {
    const out = join(temporaryFolder(), 'out')
    const run = await runCli(
      [
        'build',
        examplePath,
        '--variant',
        'draft,final',
        '--format',
        'pdf,docx',
        '--jobs',
        '2',
        '--out',
        out,
      ],
      { env: { SOURCE_DATE_EPOCH: '1700000000' } },
    )
    expect(run.code).toBe(0)
    for (const variant of ['draft', 'final']) {
      const pdf = join(out, 'gcm-parliamentarians-2022', `${variant}.pdf`)
      const info = execFileSync('pdfinfo', ['-isodates', pdf], { encoding: 'utf8' })
      expect(info).toMatch(/CreationDate:\s+2023-11-14T22:13:20Z/)
      expect(info).toMatch(/ModDate:\s+2023-11-14T22:13:20Z/)
      const core = docxParts(join(out, 'gcm-parliamentarians-2022', `${variant}.docx`)).get(
        'docProps/core.xml',
      )
      expect(core).toContain(
        '<dcterms:created xsi:type="dcterms:W3CDTF">2023-11-14T22:13:20Z</dcterms:created>',
      )
      expect(core).toContain(
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2023-11-14T22:13:20Z</dcterms:modified>',
      )
    }
  })

  it.each([['soon'], ['-5'], ['253402300800']])(
    'is misuse when SOURCE_DATE_EPOCH is %s: exit code 2, nothing built',
    async (value) => {
      const out = join(temporaryFolder(), 'out')
      const run = await runCli(['build', examplePath, '--format', 'pdf', '--out', out], {
        env: { SOURCE_DATE_EPOCH: value },
      })
      expect(run.stderr).toBe(
        `rapporteur: SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, from 0 to 253402300799 (9999-12-31), found "${value}"\n`,
      )
      expect(run.code).toBe(2)
      expect(existsSync(out)).toBe(false)
    },
  )
})

describe('init', () => {
  it('into a folder that cannot be made is misuse, with the reason', async () => {
    const folder = temporaryFolder()
    writeFileSync(join(folder, 'file'), '')
    const target = join(folder, 'file', 'report')
    const run = await runCli(['init', target])
    expect(run.stderr).toBe(`rapporteur: ${target}: the folder cannot be made (ENOTDIR)\n`)
    expect(run.code).toBe(2)
  })

  it.each([['SIGINT'], ['SIGTERM'], ['SIGHUP']] as const)(
    '%s while the template is written leaves no temporary file',
    async (signal) => {
      const folder = temporaryFolder()
      const child = spawn(process.execPath, [cliPath, 'init', folder], {
        stdio: ['ignore', 'ignore', 'pipe'],
      })
      let stderr = ''
      child.stderr.on('data', (chunk) => {
        stderr += chunk
      })
      const watcher = watch(folder, (_event, file) => {
        if (file?.endsWith('.tmp') && child.exitCode === null) child.kill(signal)
      })
      const exit = await new Promise<number | null>((resolve) => child.on('close', resolve))
      watcher.close()
      expect(readdirSync(folder).filter((file) => file.endsWith('.tmp'))).toEqual([])
      expect(stderr).toBe('')
      // The signal may come after the template was written, or before.
      expect([0, { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 }[signal]]).toContain(exit)
    },
  )
})
