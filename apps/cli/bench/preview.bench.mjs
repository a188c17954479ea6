// Times how fast `rapporteur preview` follows a save of the bundled example, as the
// writer sees it: from the write of the file to the page in Chromium showing the new
// words in its HTML frame, and to its PDF view showing the new version's pages on
// screen. Also from the write to the server's event that announces the new PDF,
// which leaves out the page's own work. Each figure is the median of repeated saves
// after a first build, a second apart (the DOCX is made only when downloaded, so
// not between them); target: both views within 300 ms. The load average is printed
// beside, and, since wall times on a shared machine depend on its load, the CPU
// time that following a save took: the
// preview process's from the write to its new-PDF event (the build of what the page
// shows), and Chromium's (all its processes) from the write to the new pages drawn.
// Run with `node bench/preview.bench.mjs` after `pnpm build`; needs /usr/bin/chromium.
// BENCH_NODE_ARGS gives the preview's process Node.js options, such as
// `--cpu-prof --cpu-prof-dir=/tmp/profile` (build with UNMINIFIED=1 to read it).
import { spawn } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { get } from 'node:http'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'

const cli = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url))
const example = fileURLToPath(
  new URL('../../../examples/gcm-parliamentarians-2022/report.md', import.meta.url),
)
const saves = Number(process.env.BENCH_RUNS ?? 11)
if (!existsSync(cli)) throw new Error(`build the CLI first: ${cli} is missing`)

const scratch = mkdtempSync(join(tmpdir(), 'rapporteur-preview-bench-'))
const source = join(scratch, 'minutes', 'report.md')
cpSync(example, source)
const original = readFileSync(source, 'utf8')
const nodeOptions = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean)
const child = spawn(process.execPath, [...nodeOptions, cli, 'preview', source], {
  stdio: ['ignore', 'pipe', 'inherit'],
})
// The preview stops with the benchmark, however that ends.
process.on('exit', () => child.kill('SIGINT'))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(1))
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
        const parsed = {
          event,
          data: JSON.parse(data),
          at: performance.now(),
          cpu: cpuMilliseconds(child.pid),
        }
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
const next = (check, milliseconds = 20_000) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('no such event from the preview')),
      milliseconds,
    )
    waiting.push({
      check,
      resolve: (event) => {
        clearTimeout(timer)
        resolve(event)
      },
    })
  })

/** A process's CPU time so far (user and system, all threads), in milliseconds, from /proc. */
function cpuMilliseconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
  } catch {
    return 0
  }
}

/**
 * The CPU time of the processes this one started, but for the preview's: Chromium's
 * browser, renderer, GPU and utility processes.
 */
function browserCpuMilliseconds() {
  const root = process.pid
  const parents = new Map()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const fields = readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1].split(' ')
      parents.set(Number(name), Number(fields[1]))
    } catch {}
  }
  const inTree = (pid) => {
    if (pid === root) return false
    for (let current = pid; current > 1; current = parents.get(current) ?? 0) {
      if (current === child.pid) return false
      if (current === root) return true
    }
    return false
  }
  let total = 0
  for (const pid of parents.keys()) if (inTree(pid)) total += cpuMilliseconds(pid)
  return total
}

function median(values) {
  const sorted = [...values].sort((left, right) => left - right)
  return sorted[Math.floor(sorted.length / 2)]
}

const firstBuild = next(
  (event) => event.event === 'state' && !event.data.building && event.data.files.length >= 2,
  60_000,
)
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
})
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
// BENCH_CONSOLE=1 prints what the page logs, for timing its parts while reading a profile.
if (process.env.BENCH_CONSOLE) page.on('console', (message) => console.log(message.text()))
await firstBuild
await page.goto(url)
const pdfVersion = () =>
  page.evaluate(() => Number(document.getElementById('pages').dataset.version ?? 0))
await page.waitForFunction(() => Number(document.getElementById('pages').dataset.version) > 0)
await new Promise((resolve) => setTimeout(resolve, 2000))

const loadBefore = loadavg()
const cpuBefore = cpuMilliseconds(child.pid)
const shownHtml = []
const shownPdf = []
const announcedPdf = []
const serverCpu = []
const browserCpu = []
for (let save = 1; save <= saves; save++) {
  const words = `reflected, in save number ${save} of the benchmark, that the GCM is rooted`
  const pdfBefore = await pdfVersion()
  const announced = next((event) => event.event === 'pdf')
  const built = next((event) => event.event === 'state' && !event.data.building)
  const htmlInPage = page.waitForFunction(
    (words) =>
      document
        .getElementById('document')
        .contentDocument?.getElementById('para-12')
        ?.textContent?.includes(words) === true,
    words,
    { polling: 'raf', timeout: 20_000 },
  )
  const pdfInPage = page.waitForFunction(
    (before) => Number(document.getElementById('pages').dataset.version) > before,
    pdfBefore,
    { polling: 'raf', timeout: 20_000 },
  )
  const serverCpuBefore = cpuMilliseconds(child.pid)
  const browserCpuBefore = browserCpuMilliseconds()
  const started = performance.now()
  writeFileSync(source, original.replace('reflected that the GCM is rooted', words))
  await Promise.all([
    htmlInPage.then(() => shownHtml.push(performance.now() - started)),
    pdfInPage.then(() => {
      shownPdf.push(performance.now() - started)
      browserCpu.push(browserCpuMilliseconds() - browserCpuBefore)
    }),
    announced.then((event) => {
      announcedPdf.push(event.at - started)
      serverCpu.push(event.cpu - serverCpuBefore)
    }),
  ])
  await built
  await new Promise((resolve) => setTimeout(resolve, 1000))
}
const cpu = cpuMilliseconds(child.pid) - cpuBefore
const loadAfter = loadavg()
await browser.close()
child.kill('SIGINT')
rmSync(scratch, { recursive: true, force: true })
const format = (values) => `${Math.round(median(values))} ms (${values.map(Math.round).join(', ')})`
console.log(`save to new HTML in the page, median of ${saves}: ${format(shownHtml)}`)
console.log(`save to new PDF pages in the page, median of ${saves}: ${format(shownPdf)}`)
console.log(`save to the server's new-PDF event, median of ${saves}: ${format(announcedPdf)}`)
const mean = (values) => Math.round(values.reduce((sum, value) => sum + value, 0) / values.length)
console.log(
  `CPU time from the write to the new-PDF event, preview process: ${mean(serverCpu)} ms a save (mean)`,
)
console.log(
  `CPU time from the write to the new PDF pages drawn, Chromium: ${mean(browserCpu)} ms a save (mean)`,
)
console.log(`preview process CPU time over all saves: ${Math.round(cpu / saves)} ms a save`)
console.log(
  `load average (1 min) before and after: ${loadBefore[0].toFixed(2)}, ${loadAfter[0].toFixed(2)}`,
)
