import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { examplePath } from '@rapporteur/fixtures'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cliPath, runCli } from './run-cli.js'

/**
 * Talks to `rapporteur lsp` as an editor does: JSON-RPC messages framed by
 * `Content-Length` headers on the server's standard input and output.
 */
class LanguageClient {
  private buffer = Buffer.alloc(0)
  private nextId = 1
  private readonly pending = new Map<number, (result: unknown) => void>()
  private readonly notifications: { method: string; params: unknown }[] = []
  private readonly waiting: {
    method: string
    test: (params: unknown) => boolean
    resolve: (params: unknown) => void
  }[] = []

  constructor(private readonly server: ChildProcessWithoutNullStreams) {
    server.stdout.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk])
      for (;;) {
        const headerEnd = this.buffer.indexOf('\r\n\r\n')
        if (headerEnd === -1) return
        const length = Number(
          /Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1],
        )
        if (this.buffer.length < headerEnd + 4 + length) return
        const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')
        this.buffer = this.buffer.subarray(headerEnd + 4 + length)
        this.receive(JSON.parse(body))
      }
    })
  }

  private receive(message: { id?: number; method?: string; params?: unknown; result?: unknown }) {
    if (message.method === undefined && message.id !== undefined) {
      this.pending.get(message.id)?.(message.result)
      this.pending.delete(message.id)
      return
    }
    if (message.method === undefined) return
    const waiter = this.waiting.find(
      (entry) => entry.method === message.method && entry.test(message.params),
    )
    if (waiter) {
      this.waiting.splice(this.waiting.indexOf(waiter), 1)
      waiter.resolve(message.params)
    } else this.notifications.push({ method: message.method, params: message.params })
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8')
    this.server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`)
    this.server.stdin.write(body)
  }

  request<Result>(method: string, params: unknown): Promise<Result> {
    const id = this.nextId++
    return new Promise((resolve) => {
      this.pending.set(id, resolve as (result: unknown) => void)
      this.send({ id, method, params })
    })
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params })
  }

  /** The next notification of `method` whose params pass `test`. */
  next<Params>(method: string, test: (params: Params) => boolean = () => true): Promise<Params> {
    const queued = this.notifications.find(
      (entry) => entry.method === method && test(entry.params as Params),
    )
    if (queued) {
      this.notifications.splice(this.notifications.indexOf(queued), 1)
      return Promise.resolve(queued.params as Params)
    }
    return new Promise((resolve) =>
      this.waiting.push({
        method,
        test: test as (params: unknown) => boolean,
        resolve: resolve as (params: unknown) => void,
      }),
    )
  }
}

interface Diagnostic {
  range: { start: { line: number; character: number } }
  severity: number
  message: string
}

const example = readFileSync(examplePath, 'utf8')
const broken = example
  .replace(/^facilitator: >-\n( {2}.*\n)+/m, '')
  .replace('date: 2022-02-08', 'date: 8 February 2022')

let server: ChildProcessWithoutNullStreams
let client: LanguageClient
const folder = mkdtempSync(join(tmpdir(), 'rapporteur-lsp-'))
const path = join(folder, 'report.md')
const uri = pathToFileURL(path).href

beforeAll(async () => {
  server = spawn(process.execPath, [cliPath, 'lsp', '--stdio'])
  client = new LanguageClient(server)
  const initialized = await client.request<{
    capabilities: { completionProvider?: unknown; hoverProvider?: boolean }
  }>('initialize', { processId: process.pid, rootUri: null, capabilities: {} })
  expect(initialized.capabilities.hoverProvider).toBe(true)
  client.notify('initialized', {})
})

afterAll(async () => {
  await client.request('shutdown', null)
  client.notify('exit', null)
  await new Promise((resolve) => server.once('exit', resolve))
})

describe('rapporteur lsp, spoken to over stdio', () => {
  let version = 1
  it('publishes the problems validate finds, at the same lines and columns', async () => {
    writeFileSync(path, broken)
    const validate = JSON.parse((await runCli(['validate', '--json', path])).stdout)
    const expected = validate.reports[0].problems.map(
      (problem: { line: number; column: number; message: string }) => ({
        line: problem.line - 1,
        character: problem.column - 1,
        message: problem.message,
      }),
    )
    expect(expected.length).toBe(2)
    const published = client.next<{ uri: string; diagnostics: Diagnostic[] }>(
      'textDocument/publishDiagnostics',
    )
    client.notify('textDocument/didOpen', {
      textDocument: { uri, languageId: 'markdown', version, text: broken },
    })
    const { diagnostics } = await published
    expect(
      diagnostics.map((diagnostic) => ({
        line: diagnostic.range.start.line,
        character: diagnostic.range.start.character,
        message: diagnostic.message,
      })),
    ).toEqual(expected)
    expect(diagnostics.every((diagnostic) => diagnostic.severity === 1)).toBe(true)
  })

  it('publishes again as the file is edited: mended, the problems go', async () => {
    const published = client.next<{ diagnostics: Diagnostic[] }>('textDocument/publishDiagnostics')
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: ++version },
      contentChanges: [{ text: example }],
    })
    expect((await published).diagnostics).toEqual([])
  })

  /** The position just after `text`'s first occurrence in the example. */
  function after(text: string): { line: number; character: number } {
    const lines = example.split('\n')
    const line = lines.findIndex((entry) => entry.includes(text))
    return { line, character: lines[line]!.indexOf(text) + text.length }
  }

  it('completes the ids of the people inside :person{#…}', async () => {
    const position = after(':person{#')
    const items = await client.request<{ label: string; detail?: string }[]>(
      'textDocument/completion',
      { textDocument: { uri }, position },
    )
    expect(items.map((item) => item.label)).toEqual([
      'nielsen',
      'oberoi',
      'omidvar',
      'krairiksh',
      'santiago',
      'hernandez',
      'townhead',
      'prentice',
      'motus',
    ])
  })

  it('completes the ids of the people after a recommendation’s by=', async () => {
    const position = after(
      ':call[She urged parliamentarians to be kept informed about GCM implementation in their own constituencies and in the wider region, and undertake collaborative efforts across borders.]{by=',
    )
    const items = await client.request<{ label: string }[]>('textDocument/completion', {
      textDocument: { uri },
      position,
    })
    expect(items.map((item) => item.label)).toContain('townhead')
  })

  it('completes footnote labels inside [^…], and front-matter fields in the front matter', async () => {
    const footnotes = await client.request<{ label: string }[]>('textDocument/completion', {
      textDocument: { uri },
      position: after('[^'),
    })
    expect(footnotes.map((item) => item.label)).toContain('1')
    const lines = example.split('\n')
    const dateLine = lines.findIndex((line) => line.startsWith('date:'))
    const fields = await client.request<{ label: string }[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line: dateLine, character: 2 },
    })
    expect(fields.map((item) => item.label)).toEqual(
      expect.arrayContaining(['title', 'facilitator', 'date', 'people', 'participants']),
    )
  })

  it('shows a person’s full and short forms on hover over a mention', async () => {
    const { line, character } = after(':person{#nielsen')
    const result = await client.request<{ contents: { value: string } } | null>(
      'textDocument/hover',
      { textDocument: { uri }, position: { line, character: character - 3 } },
    )
    expect(result?.contents.value).toContain('Nielsen')
    expect(result?.contents.value).toMatch(/later mentions: \S+/)
  })

  it('words the names on hover as the report’s language does', async () => {
    const chinese = [
      '---',
      'title: 区域磋商会',
      'facilitator: 人权高专办',
      'date: 2023-09-21',
      'modality: virtual',
      'language: zh',
      'people:',
      '  - id: chen',
      '    honorific: 女士',
      '    name: 陈美玲',
      '    familyName: 陈',
      '    title: 区域代表',
      '    country: 泰国',
      '---',
      '',
      '# 开幕',
      '',
      ':person{#chen}致开幕词。',
      '',
    ].join('\n')
    const chineseUri = uri.replace(/[^/]+$/, 'chinese.md')
    client.notify('textDocument/didOpen', {
      textDocument: { uri: chineseUri, languageId: 'markdown', version: 1, text: chinese },
    })
    const result = await client.request<{ contents: { value: string } } | null>(
      'textDocument/hover',
      { textDocument: { uri: chineseUri }, position: { line: 17, character: 4 } },
    )
    expect(result?.contents.value).toBe(
      '**陈美玲女士，区域代表（泰国）**\n\nfirst mention: 陈美玲女士，区域代表（泰国）\n\nlater mentions: 陈女士',
    )
  })
})
