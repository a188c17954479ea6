// Times how fast `rapporteur preview` follows a save of the bundled example: from
// the write of the file to the server's event that carries the new HTML, and to
// the event that announces the new PDF (the page then draws it). The median of
// repeated saves, after a first build; target: the HTML under 300 ms.
// Run with `node bench/preview.bench.mjs` after `pnpm build`.
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { get } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const cli = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url))
const example = fileURLToPath(
  new URL('../../../examples/gcm-parliamentarians-2022/report.md', import.meta.url),
)
const saves = Number(process.env.BENCH_RUNS ?? 9)
if (!existsSync(cli)) throw new Error(`build the CLI first: ${cli} is missing`)

const scratch = mkdtempSync(join(tmpdir(), 'rapporteur-preview-bench-'))
const source = join(scratch, 'minutes', 'report.md')
cpSync(example, source)
const original = readFileSync(source, 'utf8')
const child = spawn(process.execPath, [cli, 'preview', source], {
  stdio: ['ignore', 'pipe', 'inherit'],
})
let stdout = ''
child.stdout.on('data', (chunk) => {
  stdout += chunk
})
const url = await new Promise((resolve) => {
  const timer = setInterval(() => {
    const found = /http:\/\/127\.0\.0\.1:\d+\/\S+\//.exec(stdout)
    if (found) {
      clearInterval(timer)
      resolve(found[0])
    }
  }, 20)
})

/** Listens to the page's event stream; `next(check)` resolves with the next event that passes. */
const waiting = []
get(`${url}events`, (response) => {
  let buffer = ''
  response.setEncoding('utf8')
  response.on('data', (chunk) => {
    buffer += chunk
    let end = buffer.indexOf('\n\n')
    while (end !== -1) {
      const block = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      const event = /^event: (.*)$/m.exec(block)?.[1]
      const data = /^data: (.*)$/m.exec(block)?.[1]
      if (event && data) {
        const parsed = { event, data: JSON.parse(data), at: performance.now() }
        for (const entry of [...waiting])
          if (entry.check(parsed)) {
            waiting.splice(waiting.indexOf(entry), 1)
            entry.resolve(parsed)
          }
      }
      end = buffer.indexOf('\n\n')
    }
  })
})
const next = (check) => new Promise((resolve) => waiting.push({ check, resolve }))

function median(values) {
  const sorted = [...values].sort((left, right) => left - right)
  return sorted[Math.floor(sorted.length / 2)]
}

await next(
  (event) => event.event === 'state' && !event.data.building && event.data.files.length === 3,
)
const html = []
const pdf = []
for (let save = 1; save <= saves; save++) {
  const words = `reflected, in save number ${save} of the benchmark, that the GCM is rooted`
  const htmlShown = next((event) => event.event === 'html' && event.data.html.includes(words))
  const pdfShown = htmlShown.then(() => next((event) => event.event === 'pdf'))
  const started = performance.now()
  writeFileSync(source, original.replace('reflected that the GCM is rooted', words))
  html.push((await htmlShown).at - started)
  pdf.push((await pdfShown).at - started)
  await next((event) => event.event === 'state' && !event.data.building)
}
child.kill('SIGINT')
rmSync(scratch, { recursive: true, force: true })
const format = (values) => `${Math.round(median(values))} ms (${values.map(Math.round).join(', ')})`
console.log(`save to new HTML, median of ${saves}: ${format(html)}`)
console.log(`save to new PDF, median of ${saves}: ${format(pdf)}`)
