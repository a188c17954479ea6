// Times how fast `rapporteur lsp` answers an editor that opens the bundled example:
// from the start of the process to the first `textDocument/publishDiagnostics`, and
// to the answer of `initialize`. The median of repeated starts, each a fresh process
// that the editor then shuts down. The server loads the program and core, never a
// renderer; `rapporteur --version` is timed beside, as the floor of any start.
// Run with `node bench/language-server.bench.mjs` after `pnpm build`.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { fileURLToPath, pathToFileURL } from 'node:url'

const cli = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url))
const example = fileURLToPath(
  new URL('../../../examples/gcm-parliamentarians-2022/report.md', import.meta.url),
)
const starts = Number(process.env.BENCH_RUNS ?? 9)
if (!existsSync(cli)) throw new Error(`build the CLI first: ${cli} is missing`)

/** One LSP message, framed as the protocol asks. */
function frame(message) {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message })
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
}

/** Starts the server, opens the example and resolves with the times of its first answers. */
function startOnce() {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const times = {}
    const child = spawn(process.execPath, [cli, 'lsp', '--stdio'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    })
    let buffer = ''
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk) => {
      if (times.diagnostics !== undefined) return
      buffer += chunk
      if (times.initialize === undefined && buffer.includes('"id":1')) {
        times.initialize = performance.now() - started
      }
      if (buffer.includes('textDocument/publishDiagnostics')) {
        times.diagnostics = performance.now() - started
        // Closed as an editor closes it, so that the process saves its compile cache.
        child.stdin.write(frame({ id: 2, method: 'shutdown' }))
        child.stdin.end(frame({ method: 'exit' }))
        child.on('exit', () => resolve(times))
      }
    })
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      if (times.diagnostics === undefined) reject(new Error(`lsp exited (${code ?? signal})`))
    })
    child.stdin.write(frame({ id: 1, method: 'initialize', params: { capabilities: {} } }))
    child.stdin.write(frame({ method: 'initialized', params: {} }))
    child.stdin.write(
      frame({
        method: 'textDocument/didOpen',
        params: {
          textDocument: {
            uri: pathToFileURL(example).href,
            languageId: 'markdown',
            version: 1,
            text: readFileSync(example, 'utf8'),
          },
        },
      }),
    )
  })
}

const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)]
await startOnce() // the first start writes the compile cache
const runs = []
for (let index = 0; index < starts; index++) runs.push(await startOnce())
console.log(
  `rapporteur lsp, ${starts} starts: initialize answered in a median of ${median(runs.map((run) => run.initialize)).toFixed(0)} ms, first diagnostics in ${median(runs.map((run) => run.diagnostics)).toFixed(0)} ms`,
)
const floor = []
for (let index = 0; index < starts; index++) {
  const started = performance.now()
  await new Promise((resolve) =>
    spawn(process.execPath, [cli, '--version'], { stdio: 'ignore' }).on('exit', resolve),
  )
  floor.push(performance.now() - started)
}
console.log(`rapporteur --version, ${starts} starts: a median of ${median(floor).toFixed(0)} ms`)
