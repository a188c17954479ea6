import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { examplePath } from '@rapporteur/fixtures'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { cliPath } from './run-cli.js'

/**
 * Runs the repository's composite action (action.yml) the way the GitHub runner does:
 * each `run` step's script with `bash -eo pipefail`, its `${{ }}` expressions filled
 * in, on a fixture repository of reports; the runner's workflow commands
 * (`::add-matcher::`, `::remove-matcher`) are obeyed, and the problem matcher's
 * regular expression turns the real output into annotations.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url))

interface ActionStep {
  name: string
  id?: string
  if?: string
  uses?: string
  with?: Record<string, string>
  shell?: string
  env?: Record<string, string>
  run?: string
}

interface Action {
  inputs: Record<string, { default?: string }>
  runs: { using: string; steps: ActionStep[] }
}

interface Annotation {
  severity: string
  file: string
  line: number
  column: number
  message: string
}

interface ProblemMatcher {
  owner: string
  severity?: string
  pattern: {
    regexp: string
    file: number
    line: number
    column: number
    severity?: number
    message: number
  }[]
}

interface ActionRun {
  /** The steps that ran, by name, with their exit codes; the run stops at the first failure. */
  steps: { name: string; code: number; output: string }[]
  annotations: Annotation[]
  /** What the `uses:` steps were given, by action. */
  uses: { uses: string; with: Record<string, string> }[]
}

const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as Action

function runAction(workspace: string, given: Record<string, string>): ActionRun {
  const inputs = Object.fromEntries(
    Object.entries(action.inputs).map(([name, input]) => [name, given[name] ?? input.default]),
  ) as Record<string, string>
  const outputs: Record<string, Record<string, string>> = {}
  const evaluate = (expression: string): string => {
    const input = /^inputs\.([\w-]+)$/.exec(expression)
    if (input) {
      if (!(input[1]! in inputs)) throw new Error(`no input ${input[1]}`)
      return inputs[input[1]!]!
    }
    const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression)
    if (output) return outputs[output[1]!]?.[output[2]!] ?? ''
    const comparison = expression.split(/\s*&&\s*/).map((part) => {
      const match = /^inputs\.([\w-]+) == '([^']*)'$/.exec(part)
      if (!match) throw new Error(`the test cannot evaluate the expression "${expression}"`)
      return inputs[match[1]!] === match[2]
    })
    return String(comparison.every(Boolean))
  }
  const fill = (text: string) =>
    text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => evaluate(expression))

  // The CLI on the PATH, as `npm install --global` would leave it.
  const bin = mkdtempSync(join(tmpdir(), 'rapporteur-bin-'))
  writeFileSync(
    join(bin, 'rapporteur'),
    `#!/bin/sh\nexec "${process.execPath}" "${cliPath}" "$@"\n`,
  )
  chmodSync(join(bin, 'rapporteur'), 0o755)

  const matchers: ProblemMatcher[] = []
  const run: ActionRun = { steps: [], annotations: [], uses: [] }
  for (const step of action.runs.steps) {
    if (step.if !== undefined && evaluate(step.if) !== 'true') continue
    if (step.uses !== undefined) {
      const given = Object.fromEntries(
        Object.entries(step.with ?? {}).map(([key, value]) => [key, fill(String(value))]),
      )
      run.uses.push({ uses: step.uses, with: given })
      continue
    }
    expect(step.shell).toBe('bash')
    const scratch = mkdtempSync(join(tmpdir(), 'rapporteur-step-'))
    const script = join(scratch, 'step.sh')
    const outputFile = join(scratch, 'output')
    const logFile = join(scratch, 'log')
    writeFileSync(script, fill(step.run!))
    writeFileSync(outputFile, '')
    const log = openSync(logFile, 'w')
    const env = Object.fromEntries(
      Object.entries(step.env ?? {}).map(([key, value]) => [key, fill(String(value))]),
    )
    // One file for stdout and stderr, as the runner's log interleaves them.
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
      cwd: workspace,
      stdio: ['ignore', log, log],
      env: {
        PATH: `${bin}:${process.env.PATH}`,
        HOME: process.env.HOME,
        NO_COLOR: '1',
        GITHUB_ACTION_PATH: root,
        GITHUB_WORKSPACE: workspace,
        GITHUB_OUTPUT: outputFile,
        ...env,
      },
    })
    closeSync(log)
    const output = readFileSync(logFile, 'utf8')
    for (const line of output.split('\n')) {
      const add = /^::add-matcher::(.+)$/.exec(line)
      if (add) {
        const file = JSON.parse(readFileSync(add[1]!, 'utf8')) as {
          problemMatcher: ProblemMatcher[]
        }
        matchers.push(...file.problemMatcher)
        continue
      }
      const remove = /^::remove-matcher owner=([^:]+)::$/.exec(line)
      if (remove) {
        matchers.splice(0, matchers.length, ...matchers.filter((m) => m.owner !== remove[1]))
        continue
      }
      for (const matcher of matchers) {
        const [pattern] = matcher.pattern
        const match = new RegExp(pattern!.regexp).exec(line)
        if (!match) continue
        run.annotations.push({
          severity:
            (pattern!.severity === undefined ? undefined : match[pattern!.severity]) ||
            matcher.severity ||
            'error',
          file: match[pattern!.file]!,
          line: Number(match[pattern!.line]),
          column: Number(match[pattern!.column]),
          message: match[pattern!.message]!,
        })
      }
    }
    if (step.id !== undefined) {
      outputs[step.id] = Object.fromEntries(
        readFileSync(outputFile, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
      )
    }
    run.steps.push({ name: step.name, code: result.status ?? 1, output })
    if (result.status !== 0) break
  }
  return run
}

const example = readFileSync(examplePath, 'utf8')

/** The line (1-based) of the first line of `text` that starts with `start`, and where `word` is on it. */
function place(text: string, start: string, word = start): { line: number; column: number } {
  const lines = text.split('\n')
  const index = lines.findIndex((line) => line.startsWith(start))
  return { line: index + 1, column: lines[index]!.indexOf(word) + 1 }
}

/** A repository of three reports: one valid, one with a warning, one with two problems. */
function fixtureRepository(): { workspace: string; broken: string; leaky: string } {
  const workspace = mkdtempSync(join(tmpdir(), 'rapporteur-reports-repo-'))
  mkdirSync(join(workspace, 'reports', 'geneva'), { recursive: true })
  mkdirSync(join(workspace, 'reports', 'bangkok'), { recursive: true })
  writeFileSync(join(workspace, 'reports', 'geneva', 'report.md'), example)
  const broken = example
    .replace(/^facilitator: >-\n( {2}.*\n)+/m, '')
    .replace('date: 2022-02-08', 'date: 8 February 2022')
  writeFileSync(join(workspace, 'reports', 'broken.md'), broken)
  const leaky = example
    .replace(
      /^people:$/m,
      'participants:\n  - { id: p3, name: Aliya Nurlanovna, country: Kazakhstan }\npeople:',
    )
    .replace(
      ':participant[A representative from the Philippines]',
      ':participant[A representative from Kazakhstan]{#p3}',
    )
  writeFileSync(join(workspace, 'reports', 'bangkok', 'report.md'), leaky)
  return { workspace, broken, leaky }
}

describe('the GitHub Action (action.yml)', () => {
  it('is a composite action whose every script runs in bash', () => {
    expect(action.runs.using).toBe('composite')
    for (const step of action.runs.steps) if (step.run) expect(step.shell).toBe('bash')
  })

  it('annotates each problem on its line, a warning as a warning, and stops before building', () => {
    const { workspace, broken, leaky } = fixtureRepository()
    const run = runAction(workspace, { package: 'installed' })
    expect(run.steps.map((step) => [step.name, step.code])).toEqual([
      ['Install the Rapporteur command line', 0],
      ['Validate the reports', 1],
    ])
    const date = place(broken, 'date:', '8 February')
    const leakLines = leaky.split('\n')
    const leakIndex = leakLines.findIndex((line) => line.includes('from Kazakhstan]'))
    expect(run.annotations).toEqual([
      {
        severity: 'warning',
        file: 'reports/bangkok/report.md',
        line: leakIndex + 1,
        column: leakLines[leakIndex]!.indexOf(':participant[A representative') + 1,
        message:
          'the label "A representative from Kazakhstan" names the country of participant p3, whom the Chatham House Rule hides',
      },
      {
        severity: 'error',
        file: 'reports/broken.md',
        line: place(broken, 'title:').line,
        column: 1,
        message: 'missing "facilitator": expected text',
      },
      {
        severity: 'error',
        file: 'reports/broken.md',
        ...date,
        message:
          '"date" should be a date written YYYY-MM-DD, such as 2022-02-08, found "8 February 2022"',
      },
    ])
    for (const annotation of run.annotations)
      expect(existsSync(join(workspace, annotation.file))).toBe(true)
    expect(existsSync(join(workspace, 'out'))).toBe(false)
  })

  it('builds the chosen variants of a share of the reports in a matrix, and uploads them', () => {
    const { workspace } = fixtureRepository()
    const shares = ['1/2', '2/2'].map((shard) =>
      runAction(workspace, {
        package: 'installed',
        reports: 'reports/*/report.md',
        variants: 'final,digest',
        formats: 'html',
        shard,
        out: `out-${shard.replace('/', '-')}`,
      }),
    )
    const built: string[] = []
    for (const [index, run] of shares.entries()) {
      expect(run.steps.map((step) => [step.name, step.code])).toEqual([
        ['Install the Rapporteur command line', 0],
        ['Validate the reports', 0],
        ['Build the documents', 0],
        ['Name the artifact', 0],
      ])
      // The warning of the Bangkok report is annotated in the share that holds it.
      expect(run.annotations.every((annotation) => annotation.severity === 'warning')).toBe(true)
      const out = `out-${index + 1}-2`
      expect(run.uses.at(-1)).toEqual({
        uses: 'actions/upload-artifact@v4',
        with: {
          name: `rapporteur-documents-${index + 1}-of-2`,
          path: out,
          'if-no-files-found': 'warn',
        },
      })
      for (const name of readdirSync(join(workspace, out)))
        built.push(...readdirSync(join(workspace, out, name)).map((file) => `${name}/${file}`))
    }
    // Each report in exactly one share; the glob was expanded by the command line.
    expect(built.sort()).toEqual([
      'bangkok/digest.html',
      'bangkok/final.html',
      'geneva/digest.html',
      'geneva/final.html',
    ])
    expect(shares.map((run) => run.annotations.length).sort()).toEqual([0, 1])
  })
})
