import { execFile, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { examplePath } from '@rapporteur/fixtures'
import { describe, expect, it } from 'vitest'
import { cliPath, runCli } from './run-cli.js'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const example = readFileSync(examplePath, 'utf8')
const broken = example
  .replace(/^facilitator: >-\n( {2}.*\n)+/m, '')
  .replace('date: 2022-02-08', 'date: 8 February 2022')
const dateLine = broken.split('\n').findIndex((line) => line.startsWith('date:')) + 1

function temporaryFolder(): string {
  return mkdtempSync(join(tmpdir(), 'rapporteur-everyday-'))
}

/** Runs the CLI with `input` on its standard input; stdout as bytes. */
function runWithInput(
  args: readonly string[],
  input: string,
): Promise<{ code: number; stdout: Buffer; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      env: { ...process.env, NO_COLOR: '1' },
    })
    const stdout: Buffer[] = []
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(stdout), stderr }))
    child.stdin.end(input)
  })
}

/**
 * Runs the CLI on a pseudo-terminal (util-linux `script`) and returns the lines a
 * person would see on the screen at the end: carriage returns and "clear line"
 * codes are applied, as a terminal applies them.
 */
function runOnTerminal(
  args: readonly string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<{ screen: string[]; raw: string }> {
  const command = [process.execPath, cliPath, ...args].map((part) => `'${part}'`).join(' ')
  return new Promise((resolve) => {
    // A terminal that shows colours, whatever the test runs under: Node.js turns them off
    // under CI=… and without TERM.
    const environment: NodeJS.ProcessEnv = {
      ...process.env,
      COLUMNS: '200',
      TERM: 'xterm-256color',
      ...options.env,
    }
    if (options.env?.NO_COLOR === undefined) delete environment.NO_COLOR
    delete environment.FORCE_COLOR
    delete environment.CI
    execFile(
      'script',
      ['-qec', command, '/dev/null'],
      { cwd: options.cwd, env: environment, maxBuffer: 16 * 1024 * 1024 },
      (_, stdout) => {
        const screen: string[] = []
        let line = ''
        for (const part of stdout.split(new RegExp(`(\r\n|\n|\r|${escapeCharacter}\\[2K)`))) {
          if (part === '\n' || part === '\r\n') {
            screen.push(line)
            line = ''
          } else if (part === '\x1b[2K') line = ''
          else if (part !== '\r') line += part
        }
        if (line !== '') screen.push(line)
        resolve({ screen, raw: stdout })
      },
    )
  })
}

/** The escape character that starts a terminal control sequence. */
const escapeCharacter = String.fromCharCode(27)
const colourCode = new RegExp(`${escapeCharacter}\\[\\d+m`)

describe('on a terminal', () => {
  it('prints problems on lines of their own, never onto the progress bar, and ends by saying where the documents went', async () => {
    const cwd = temporaryFolder()
    cpSync(examplePath, join(cwd, 'reports', 'geneva', 'report.md'))
    cpSync(examplePath, join(cwd, 'reports', 'bangkok', 'report.md'))
    cpSync(examplePath, join(cwd, 'reports', 'broken', 'report.md'))
    writeFileSync(join(cwd, 'reports', 'broken', 'report.md'), broken)
    const { screen } = await runOnTerminal(
      ['build', 'reports', '--variant', 'final,draft', '--format', 'html'],
      { cwd, env: { NO_COLOR: '1' } },
    )
    expect(screen.some((line) => /[█░]/.test(line))).toBe(false)
    expect(screen).toContain(
      `reports/broken/report.md:${dateLine}:7: "date" should be a date written YYYY-MM-DD, such as 2022-02-08, found "8 February 2022"`,
    )
    expect(screen.at(-1)).toMatch(
      /^built 4 files into out\/ in \d+\.\d\d s; 1 invalid report not built$/,
    )
    expect(readdirSync(join(cwd, 'out')).sort()).toEqual(['bangkok', 'geneva'])
  })

  it('names the report’s own folder when there is one report', async () => {
    const cwd = temporaryFolder()
    cpSync(examplePath, join(cwd, 'geneva', 'report.md'))
    const { screen } = await runOnTerminal(
      ['build', 'geneva', '--variant', 'final', '--format', 'html,docx'],
      { cwd, env: { NO_COLOR: '1' } },
    )
    expect(screen.at(-1)).toMatch(/^built 2 files into out\/geneva\/ in \d+\.\d\d s$/)
  })

  it('colours the place of a problem and the summary, unless NO_COLOR is set', async () => {
    const cwd = temporaryFolder()
    cpSync(examplePath, join(cwd, 'report.md'))
    writeFileSync(join(cwd, 'broken.md'), broken)
    const coloured = await runOnTerminal(['validate', 'report.md', 'broken.md'], { cwd })
    expect(coloured.raw).toContain(`\x1b[1mbroken.md:${dateLine}:7:\x1b[22m "date" should be`)
    expect(coloured.raw).toContain('report.md: \x1b[32mvalid\x1b[39m')
    const plain = await runOnTerminal(['validate', 'report.md', 'broken.md'], {
      cwd,
      env: { NO_COLOR: '1' },
    })
    expect(plain.raw).not.toMatch(colourCode)
    expect(plain.screen).toContain(
      `broken.md:${dateLine}:7: "date" should be a date written YYYY-MM-DD, such as 2022-02-08, found "8 February 2022"`,
    )
  })

  it('never colours what goes to a pipe or a file', async () => {
    const run = await runCli(['validate', examplePath], { env: { NO_COLOR: '' } })
    expect(run.stdout).not.toMatch(colourCode)
  })
})

describe('from a subfolder of this repository, through pnpm rapporteur', () => {
  it('finds the report where the user is, not at the root', async () => {
    const out = temporaryFolder()
    const pnpm = join(root, 'node_modules', '.bin', 'pnpm')
    const run = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(
        pnpm,
        [
          '--silent',
          'rapporteur',
          'build',
          'report.md',
          '--variant',
          'final',
          '--format',
          'html',
          '-o',
          out,
        ],
        { cwd: dirname(examplePath), env: { ...process.env, NO_COLOR: '1' } },
        (error, stdout) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout }),
      )
    })
    expect(run.code).toBe(0)
    expect(readdirSync(join(out, 'gcm-parliamentarians-2022'))).toEqual(['final.html'])
    expect(run.stdout.trim().split('\n').at(-1)).toMatch(
      new RegExp(`^built 1 file into ${out}/gcm-parliamentarians-2022/ in `),
    )
  })
})

describe('-o, -q and - for standard input and output', () => {
  it('-o is --out, and -q prints nothing but problems', async () => {
    const out = temporaryFolder()
    const run = await runCli([
      'build',
      examplePath,
      '-q',
      '-o',
      out,
      '--variant',
      'final',
      '--format',
      'html',
    ])
    expect(run).toEqual({ code: 0, stdout: '', stderr: '' })
    expect(readdirSync(join(out, 'gcm-parliamentarians-2022'))).toEqual(['final.html'])
    const validate = await runCli(['validate', '-q', examplePath])
    expect(validate).toEqual({ code: 0, stdout: '', stderr: '' })
  })

  it('reads a report from standard input and writes the one document to standard output', async () => {
    const run = await runWithInput(
      ['build', '-', '--variant', 'final', '--format', 'pdf', '-o', '-'],
      example,
    )
    expect(run.code).toBe(0)
    expect(run.stdout.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7')
    expect(run.stdout.subarray(-6).toString('latin1')).toContain('%%EOF')
    expect(run.stderr).toMatch(/^built 1 file to standard output in \d+\.\d\d s\n$/)
  })

  it('names a report from standard input <stdin> in its problems', async () => {
    const run = await runWithInput(['validate', '-'], broken)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`<stdin>:${dateLine}:7: "date" should be a date written`)
  })

  it('-o - for more than one document is misuse, and writes nothing', async () => {
    const cwd = temporaryFolder()
    const run = await runCli(['build', examplePath, '-o', '-', '--format', 'pdf'], { cwd })
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toContain(
      '--out - writes one document to standard output, and this would make 4',
    )
    expect(readdirSync(cwd)).toEqual([])
  })

  it('--watch cannot watch standard input', async () => {
    const run = await runWithInput(['build', '-', '--watch'], example)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--watch cannot watch standard input')
  })
})

describe('--json', () => {
  it('validate --json gives each problem as file, line, column and message', async () => {
    const folder = temporaryFolder()
    writeFileSync(join(folder, 'broken.md'), broken)
    const run = await runCli(['validate', '--json', join(folder, 'broken.md'), examplePath])
    expect(run.code).toBe(1)
    const summary = JSON.parse(run.stdout)
    expect(summary.ok).toBe(false)
    expect(summary.reports[1]).toEqual({
      source: examplePath,
      ok: true,
      problems: [],
      warnings: [],
    })
    expect(summary.reports[0].problems).toContainEqual({
      file: join(folder, 'broken.md'),
      line: dateLine,
      column: 7,
      message:
        '"date" should be a date written YYYY-MM-DD, such as 2022-02-08, found "8 February 2022"',
      severity: 'error',
    })
    expect(run.stderr).toBe('')
  })

  it('build --json gives problems as objects too', async () => {
    const folder = temporaryFolder()
    writeFileSync(join(folder, 'broken.md'), broken)
    const run = await runCli([
      'build',
      '--json',
      join(folder, 'broken.md'),
      '-o',
      join(folder, 'out'),
    ])
    expect(run.code).toBe(1)
    const [report] = JSON.parse(run.stdout).reports
    expect(report.problems).toContainEqual({
      file: join(folder, 'broken.md'),
      line: dateLine,
      column: 7,
      message:
        '"date" should be a date written YYYY-MM-DD, such as 2022-02-08, found "8 February 2022"',
      severity: 'error',
    })
    expect(existsSync(join(folder, 'out', 'broken'))).toBe(false)
  })
})
