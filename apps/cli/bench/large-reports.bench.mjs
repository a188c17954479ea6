// Time and peak memory of the CLI as a process, as sources grow:
// 1. `validate` and `build` (every variant, every format) of the bundled example
//    repeated 1, 10 and 100 times (its body copied, footnotes renamed), and of a
//    section of 100,000 short paragraphs;
// 2. `build` of the 100,000 paragraphs given on standard input (`build -`), which
//    is built on a memory-limited worker as a file of its size is;
// 3. `validate` of sources nested deep or wide, which must stay fast.
// The sources are made here, in a scratch folder, and removed afterwards.
// Peak memory is the process's, worker threads included (`/usr/bin/time -v`).
// Run with `node apps/cli/bench/large-reports.bench.mjs` after `pnpm build`;
// BENCH_FACTORS=1,10 picks the sizes, BENCH_FORMATS=html,docx the formats built.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const cli = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url))
const example = fileURLToPath(
  new URL('../../../examples/gcm-parliamentarians-2022/report.md', import.meta.url),
)
const factors = (process.env.BENCH_FACTORS ?? '1,10,100').split(',').map(Number)
const formats = process.env.BENCH_FORMATS ?? 'pdf,docx,html'
if (!existsSync(cli)) throw new Error(`build the CLI first: ${cli} is missing`)
if (!existsSync('/usr/bin/time')) throw new Error('this benchmark needs /usr/bin/time (GNU time)')
const scratch = mkdtempSync(join(tmpdir(), 'rapporteur-large-'))

const exampleSource = readFileSync(example, 'utf8')
const bodyStart = exampleSource.indexOf('\n---\n', 4) + 5
const frontMatter = exampleSource.slice(0, bodyStart)

/** The example with its body `factor` times, footnote identifiers renamed in each copy. */
function scaledSource(factor) {
  const body = exampleSource.slice(bodyStart)
  const copies = Array.from({ length: factor }, (_, copy) =>
    copy === 0 ? body : body.replace(/\[\^(\d+)\]/g, `[^c${copy}n$1]`),
  )
  return `${frontMatter}${copies.join('\n\n')}`
}

/** The example's front matter and one section of `count` short paragraphs. */
function manyParagraphs(count) {
  const paragraphs = Array.from(
    { length: count },
    (_, index) => `Participant ${index} said the meeting went well.`,
  )
  return `${frontMatter}\n# Discussion\n\n${paragraphs.join('\n\n')}\n`
}

/** The example's front matter and a section holding `text`. */
function withBody(text) {
  return `${frontMatter}\n# Discussion\n\n${text}\n`
}

/**
 * Runs the CLI under GNU time, `input` on its standard input; returns its exit code,
 * wall seconds and peak RSS in MB.
 */
function measure(args, input) {
  const started = process.hrtime.bigint()
  const result = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    ...(input === undefined ? {} : { input }),
  })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  const field = (name) =>
    Number(new RegExp(`${name}: ([\\d.]+)`).exec(result.stderr)?.[1] ?? Number.NaN)
  return {
    code: result.status,
    seconds,
    cpuSeconds: field('User time \\(seconds\\)') + field('System time \\(seconds\\)'),
    peakMegabytes: Math.round(field('Maximum resident set size \\(kbytes\\)') / 1024),
    lastLine: result.stdout.trim().split('\n').at(-1) ?? '',
    firstProblem: result.stderr.split('\n')[0] ?? '',
  }
}

const rows = []
function record(name, source, command, run) {
  const megabytes = source.length / 1024 / 1024
  rows.push({
    source: name,
    'size (MB)': megabytes.toFixed(2),
    command,
    exit: run.code,
    'wall (s)': run.seconds.toFixed(1),
    'CPU (s)': run.cpuSeconds.toFixed(1),
    'peak (MB)': run.peakMegabytes,
    'peak / size': (run.peakMegabytes / megabytes).toFixed(0),
  })
  console.error(
    `${name} ${command}: exit ${run.code}, ${run.seconds.toFixed(1)} s, ${run.peakMegabytes} MB`,
  )
}

try {
  const sized = [
    ...factors.map((factor) => ({ name: `example ×${factor}`, source: scaledSource(factor) })),
    { name: '100,000 paragraphs', source: manyParagraphs(100_000) },
  ]
  for (const { name, source } of sized) {
    const file = join(scratch, `${name.replace(/\W+/g, '-')}.md`)
    writeFileSync(file, source)
    record(name, source, 'validate', measure(['validate', file]))
    const out = join(scratch, 'out')
    record(
      name,
      source,
      `build (${formats})`,
      measure(['build', file, '--format', formats, '--out', out]),
    )
    rmSync(out, { recursive: true, force: true })
  }

  {
    const source = manyParagraphs(100_000)
    const out = join(scratch, 'out')
    const command = `build - (${formats})`
    record(
      '100,000 paragraphs',
      source,
      command,
      measure(['build', '-', '--format', formats, '--out', out], source),
    )
    rmSync(out, { recursive: true, force: true })
  }

  const nested = [
    {
      name: '** nested 20,000 deep',
      source: withBody(`${'**'.repeat(20_000)}x${'**'.repeat(20_000)}`),
    },
    { name: '50,000 [ and ]', source: withBody(`${'['.repeat(50_000)}x${']'.repeat(50_000)}`) },
    { name: '10,000 >', source: withBody(`${'>'.repeat(10_000)} x`) },
    {
      name: '2,000 nested :::',
      source: withBody(
        Array.from({ length: 2000 }, (_, depth) => `${':'.repeat(2003 - depth)}unnumbered`).join(
          '\n',
        ) +
          '\nx\n' +
          Array.from({ length: 2000 }, (_, depth) => ':'.repeat(depth + 4)).join('\n'),
      ),
    },
    { name: '20,000 bold words in a paragraph', source: withBody('**bold** '.repeat(20_000)) },
    { name: '20,000 "a*" in a paragraph', source: withBody('a* '.repeat(20_000)) },
    { name: '20,000 struck words in a paragraph', source: withBody('~~struck~~ '.repeat(20_000)) },
    { name: '50,000 "[a]" in a paragraph', source: withBody('[a] '.repeat(50_000)) },
    { name: '50,000 "a]" in a paragraph', source: withBody('a] '.repeat(50_000)) },
    { name: '50,000 "a]" unspaced', source: withBody('a]'.repeat(50_000)) },
    { name: 'one "![" and 50,000 "a]"', source: withBody(`![${'a]'.repeat(50_000)}`) },
    {
      name: '50,000 footnote calls as images',
      source: withBody(`${'![^1] '.repeat(50_000)}\n\n[^1]: A note.`),
    },
  ]
  for (const { name, source } of nested) {
    const file = join(scratch, 'nested.md')
    writeFileSync(file, source)
    const run = measure(['validate', file])
    record(name, source, 'validate', run)
    if (run.code !== 0) console.error(`  ${run.firstProblem.slice(0, 160)}`)
  }
  console.table(rows)
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
