// Times load + validate + resolve of the bundled example, warm, in a process that
// holds nothing else: 50 runs to let V8 optimise the parser, then 200 measured.
// vitest bench (resolve-report.bench.ts) measures the same inside vitest's worker,
// whose own heap makes every collection dearer; this gives the library's own figure.
// Run with `pnpm --filter @rapporteur/core bench` after `pnpm build`.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseReport, resolveReport } from '../dist/index.js'

const example = fileURLToPath(
  new URL('../../../examples/gcm-parliamentarians-2022/report.md', import.meta.url),
)
const source = readFileSync(example, 'utf8')
const warmUp = 50
const measured = Number(process.env.BENCH_RUNS ?? 200)

const times = []
for (let run = 0; run < warmUp + measured; run++) {
  const started = performance.now()
  resolveReport(parseReport(source, { filename: 'report.md' }))
  if (run >= warmUp) times.push(performance.now() - started)
}
times.sort((left, right) => left - right)
const at = (share) => times[Math.min(times.length - 1, Math.floor(times.length * share))]
const mean = times.reduce((sum, time) => sum + time, 0) / times.length
const median = at(0.5)
console.log(
  `example (${Math.round(source.length / 1024)} KiB), warm, ${measured} runs after ${warmUp}: ` +
    `median ${median.toFixed(2)} ms, mean ${mean.toFixed(2)}, p90 ${at(0.9).toFixed(2)}, ` +
    `min ${times[0].toFixed(2)}; target < 20 ms: ${median < 20 ? 'met' : 'NOT MET'}`,
)
