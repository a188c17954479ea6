// Cold start of the PDF renderer, each run a new process:
// 1. the package alone: loading @rapporteur/pdf, rendering the bundled example once (cold), then
//    BENCH_WARM_RUNS times more in the same process (warm: the median of their wall and CPU times);
// 2. the command line building one variant of the example in PDF, DOCX and HTML, as users run it
//    (with the compile cache a first run writes): wall time, CPU time and the PDF's own time;
//    once as a rebuild (with the paragraphs the PDF set before, kept beside the compile cache)
//    and once as the first build of a report (without them).
// With BASELINE set to the folder of another checkout of the repository, built there
// (`git worktree add /tmp/baseline <commit>`, then install and build in it), the runs of the two
// take turns, so that both meet the same machine, and both are reported.
// Run with `node bench/cold-start.mjs` after `pnpm build` (BENCH_RUNS runs, 9 by default).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const runs = Number(process.env.BENCH_RUNS ?? 9)
const warmRuns = Number(process.env.BENCH_WARM_RUNS ?? 20)
const variant = process.env.BENCH_VARIANT ?? 'draft'
const checkouts = [
  ['this build', fileURLToPath(new URL('../../../', import.meta.url))],
  ...(process.env.BASELINE ? [['baseline', resolve(process.env.BASELINE)]] : []),
]
const scratch = mkdtempSync(join(tmpdir(), 'rapporteur-cold-'))
const useTime = existsSync('/usr/bin/time')

for (const [, root] of checkouts)
  for (const file of ['apps/cli/dist/cli.cjs', 'packages/pdf/dist/index.js'])
    if (!existsSync(join(root, file))) throw new Error(`build ${root} first: ${file} is missing`)

/** Runs node with `args`; returns wall seconds, CPU seconds and what it wrote to its outputs. */
function run(args, environment) {
  const options = { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, ...environment } }
  const started = process.hrtime.bigint()
  const result = useTime
    ? spawnSync('/usr/bin/time', ['-f', 'cpu-seconds %U %S', process.execPath, ...args], options)
    : spawnSync(process.execPath, args, options)
  const wall = Number(process.hrtime.bigint() - started) / 1e9
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${result.stderr}`)
  const times = /cpu-seconds ([\d.]+) ([\d.]+)/.exec(result.stderr)
  const cpu = times ? Number(times[1]) + Number(times[2]) : Number.NaN
  return { wall, cpu, output: result.stdout + result.stderr }
}

/** One cold process that loads the package, renders the example twice and prints the times. */
function packageRun(root) {
  const script = `
    const started = performance.now()
    const [{ renderPdf }, core] = await Promise.all([
      import(${JSON.stringify(join(root, 'packages/pdf/dist/index.js'))}),
      import(${JSON.stringify(join(root, 'packages/core/dist/index.js'))}),
    ])
    const loaded = performance.now()
    const report = core.resolveReport(
      await core.loadReport(${JSON.stringify(join(root, 'examples/gcm-parliamentarians-2022/report.md'))}),
      { variant: ${JSON.stringify(variant)} },
    )
    const parsed = performance.now()
    await renderPdf(report)
    const cold = performance.now()
    const walls = []
    const cpus = []
    for (let index = 0; index < ${warmRuns}; index++) {
      const cpuBefore = process.cpuUsage()
      const before = performance.now()
      await renderPdf(report)
      walls.push(performance.now() - before)
      const cpu = process.cpuUsage(cpuBefore)
      cpus.push((cpu.user + cpu.system) / 1000)
    }
    const middle = (values) => values.sort((left, right) => left - right)[values.length >> 1]
    console.log(
      JSON.stringify({ load: loaded - started, cold: cold - parsed, warm: middle(walls), warmCpu: middle(cpus) }),
    )
  `
  const { output } = run(['--input-type=module', '-e', script], {})
  return JSON.parse(/\{.*\}/.exec(output)[0])
}

/**
 * One cold build by the command line; the compile cache is the checkout's own. A first
 * build of the report goes without the paragraphs earlier builds set.
 */
function cliRun(root, index, first = false) {
  const out = join(scratch, `out-${index}`)
  const example = join(root, 'examples/gcm-parliamentarians-2022/report.md')
  const cache = join(scratch, `compile-cache-${checkouts.findIndex(([, path]) => path === root)}`)
  if (first && existsSync(cache))
    for (const name of readdirSync(cache))
      if (name.startsWith('paragraphs-')) rmSync(join(cache, name), { force: true })
  const result = run(
    [join(root, 'apps/cli/dist/cli.cjs'), 'build', example, '--variant', variant].concat([
      '--format',
      'pdf,docx,html',
      '--out',
      out,
    ]),
    { RAPPORTEUR_COMPILE_CACHE: cache },
  )
  const pdf = new RegExp(`${variant}\\.pdf \\([^,]+, ([\\d.]+) ms\\)`).exec(result.output)
  return { wall: result.wall, cpu: result.cpu, pdf: pdf ? Number(pdf[1]) : Number.NaN }
}

function median(values) {
  const sorted = [...values].sort((left, right) => left - right)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

// The machine may be shared: its load, at the start and at the end, says how far to trust wall times.
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')
const loadBefore = load()
const figures = new Map(checkouts.map(([name]) => [name, { package: [], cli: [], first: [] }]))
// A first run of each writes its compile cache; it is not counted.
for (const [, root] of checkouts) cliRun(root, -1)
for (let index = 0; index < runs; index++)
  for (const [name, root] of checkouts) {
    figures.get(name).package.push(packageRun(root))
    figures.get(name).first.push(cliRun(root, index, true))
    figures.get(name).cli.push(cliRun(root, index))
  }

const milliseconds = (values) => `${median(values).toFixed(0)} ms`
console.log(`Cold start, ${variant} variant of the example, medians of ${runs} runs taking turns`)
console.log(`(load average ${loadBefore} at the start, ${load()} at the end):`)
for (const [name, root] of checkouts) {
  const { package: packageRuns, cli, first } = figures.get(name)
  console.log(`${name} (${root}):`)
  console.log(
    `  @rapporteur/pdf in a new process: load ${milliseconds(packageRuns.map((entry) => entry.load))}, ` +
      `first render ${milliseconds(packageRuns.map((entry) => entry.cold))}, ` +
      `warm render ${milliseconds(packageRuns.map((entry) => entry.warm))} ` +
      `(${milliseconds(packageRuns.map((entry) => entry.warmCpu))} CPU; medians of ${warmRuns} in each process)`,
  )
  for (const [label, entries] of [
    ['rebuild', cli],
    ['first build', first],
  ])
    console.log(
      `  rapporteur build, pdf+docx+html, ${label}: ${median(entries.map((entry) => entry.wall)).toFixed(3)} s wall ` +
        `(min ${Math.min(...entries.map((entry) => entry.wall)).toFixed(3)} s), ` +
        `${median(entries.map((entry) => entry.cpu)).toFixed(3)} s CPU, the PDF ${milliseconds(entries.map((entry) => entry.pdf))}`,
    )
}
if (process.env.BENCH_KEEP === undefined) rmSync(scratch, { recursive: true, force: true })
