// Times the whole CLI as a process, as users run it:
// 1. one variant of the bundled example in PDF, DOCX and HTML: the median wall time
//    of repeated cold runs (a new process each time; target: under 1 s), as users run
//    it (with the compile cache a first run writes) and with the cache turned off,
//    the two kinds of run taking turns so that both meet the same machine;
// 2. a batch of 100 reports × 4 variants × 3 formats: wall time, CPU use across the
//    cores and peak memory of the process with its worker threads (target: under 300 MB).
// Run with `pnpm --filter rapporteur bench` after `pnpm build`.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const cli = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url))
const example = fileURLToPath(
  new URL('../../../examples/gcm-parliamentarians-2022/report.md', import.meta.url),
)
const runs = Number(process.env.BENCH_RUNS ?? 9)
const batchSize = Number(process.env.BENCH_REPORTS ?? 100)
const variant = process.env.BENCH_VARIANT ?? 'draft'

if (!existsSync(cli)) throw new Error(`build the CLI first: ${cli} is missing`)
const scratch = mkdtempSync(join(tmpdir(), 'rapporteur-bench-'))
/** The CLI's environment: a compile cache of the benchmark's own, or none. */
const withCache = { ...process.env, RAPPORTEUR_COMPILE_CACHE: join(scratch, 'compile-cache') }
const withoutCache = { ...process.env, RAPPORTEUR_DISABLE_COMPILE_CACHE: '1' }

function median(values) {
  const sorted = [...values].sort((left, right) => left - right)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** Runs the CLI under /usr/bin/time -v when present; returns wall seconds, CPU per cent and peak RSS in MB. */
function timedRun(args, environment = withCache) {
  const started = process.hrtime.bigint()
  const useTime = existsSync('/usr/bin/time')
  const options = { encoding: 'utf8', maxBuffer: 1 << 28, env: environment }
  const result = useTime
    ? spawnSync('/usr/bin/time', ['-v', process.execPath, cli, ...args], options)
    : spawnSync(process.execPath, [cli, ...args], options)
  const wall = Number(process.hrtime.bigint() - started) / 1e9
  if (result.status !== 0)
    throw new Error(`rapporteur ${args.join(' ')} exited ${result.status}:\n${result.stderr}`)
  const field = (name) =>
    Number(new RegExp(`${name}: ([\\d.]+)`).exec(result.stderr)?.[1] ?? Number.NaN)
  return {
    wall,
    cpuPercent: field('Percent of CPU this job got'),
    peakMegabytes: field('Maximum resident set size \\(kbytes\\)') / 1024,
    userSeconds: field('User time \\(seconds\\)'),
    systemSeconds: field('System time \\(seconds\\)'),
  }
}

// 1. One variant, three formats, cold processes.
const singleArgs = (out) => [
  'build',
  example,
  '--variant',
  variant,
  '--format',
  'pdf,docx,html',
  '--out',
  out,
]
const first = timedRun(singleArgs(join(scratch, 'first')))
const single = []
const uncached = []
for (let run = 0; run < runs; run++) {
  single.push(timedRun(singleArgs(join(scratch, `single-${run}`))))
  uncached.push(timedRun(singleArgs(join(scratch, `uncached-${run}`)), withoutCache))
}
const walls = single.map((entry) => entry.wall)
const cpu = single.map((entry) => entry.userSeconds + entry.systemSeconds)
const seconds = (values) =>
  `median ${median(values).toFixed(3)} s wall (min ${Math.min(...values).toFixed(3)} s, max ${Math.max(...values).toFixed(3)} s)`
console.log(`CLI, ${variant} variant of the example in pdf+docx+html, ${runs} cold runs:`)
console.log(
  `  ${seconds(walls)}, ${median(cpu).toFixed(3)} s CPU, peak ${median(single.map((entry) => entry.peakMegabytes)).toFixed(0)} MB, ` +
    `target < 1 s: ${median(walls) < 1 ? 'met' : 'NOT MET'}`,
)
console.log(
  `  the first run, with an empty compile cache that it writes: ${first.wall.toFixed(3)} s`,
)
console.log(`  with the compile cache turned off: ${seconds(uncached.map((entry) => entry.wall))}`)
// Where the time goes: starting Node with the CLI, then loading core and parsing the report.
for (const [label, args] of [
  ['rapporteur --version (Node start-up and the command line)', ['--version']],
  ['rapporteur validate (+ loading core and parsing the example)', ['validate', example]],
]) {
  const times = Array.from({ length: Math.min(runs, 5) }, () => timedRun(args).wall)
  console.log(`  ${label}: median ${median(times).toFixed(3)} s`)
}
for (const jobs of [1, 2, 3]) {
  const times = []
  for (let run = 0; run < Math.min(runs, 5); run++) {
    times.push(
      timedRun([...singleArgs(join(scratch, `jobs-${jobs}-${run}`)), '--jobs', String(jobs)]).wall,
    )
  }
  console.log(`  --jobs ${jobs}: median ${median(times).toFixed(3)} s`)
}

// 2. The batch.
const sources = join(scratch, 'reports')
for (let index = 1; index <= batchSize; index++) {
  cpSync(example, join(sources, `report-${String(index).padStart(3, '0')}`, 'report.md'))
}
const reportFiles = readdirSync(sources).map((name) => join(sources, name, 'report.md'))
const batch = timedRun([
  'build',
  ...reportFiles,
  '--variant',
  'all',
  '--format',
  'pdf,docx,html',
  '--out',
  join(scratch, 'batch'),
])
const files = readdirSync(join(scratch, 'batch')).reduce(
  (total, name) => total + readdirSync(join(scratch, 'batch', name)).length,
  0,
)
const cores = availableParallelism()
console.log(
  `CLI, batch of ${batchSize} reports × 4 variants × 3 formats (${files} files) on ${cores} cores:`,
)
console.log(
  `  ${batch.wall.toFixed(2)} s wall, ${(batch.userSeconds + batch.systemSeconds).toFixed(2)} s CPU, ` +
    `CPU ${batch.cpuPercent}% (of ${cores * 100}%), ${((batch.wall * 1000) / files).toFixed(1)} ms per file, ` +
    `peak ${batch.peakMegabytes.toFixed(0)} MB (main process and workers), target < 300 MB: ${batch.peakMegabytes < 300 ? 'met' : 'NOT MET'}`,
)
if (process.env.BENCH_KEEP === undefined) rmSync(scratch, { recursive: true, force: true })
