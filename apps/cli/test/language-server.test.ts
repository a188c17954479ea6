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

  /** Opens `text` as the file `name` beside the example, once its problems are published. */
  async function open(name: string, text: string): Promise<{ uri: string; problems: string[] }> {
    const opened = uri.replace(/[^/]+$/, name)
    const published = client.next<{ uri: string; diagnostics: Diagnostic[] }>(
      'textDocument/publishDiagnostics',
      (params) => params.uri === opened,
    )
    client.notify('textDocument/didOpen', {
      textDocument: { uri: opened, languageId: 'markdown', version: 1, text },
    })
    const { diagnostics } = await published
    return { uri: opened, problems: diagnostics.map((diagnostic) => diagnostic.message) }
  }

  function hoverAt(
    at: string,
    position: { line: number; character: number },
  ): Promise<{ contents: { value: string } } | null> {
    return client.request('textDocument/hover', { textDocument: { uri: at }, position })
  }

  function completeAt(
    at: string,
    position: { line: number; character: number },
  ): Promise<{ label: string; detail?: string }[]> {
    return client.request('textDocument/completion', { textDocument: { uri: at }, position })
  }

  it('shows a person’s names on hover and completes ids while the front matter is invalid elsewhere', async () => {
    const invalid = example.replace('modality: virtual', 'modality: bogus')
    expect(invalid).not.toBe(example)
    const opened = await open('invalid-modality.md', invalid)
    expect(opened.problems).toEqual([expect.stringContaining('"modality"')])
    const { line, character } = after(':person{#nielsen')
    const position = { line, character: character - 3 }
    const valid = await hoverAt(uri, position)
    const result = await hoverAt(opened.uri, position)
    expect(result?.contents.value).toBe(valid?.contents.value)
    expect(result?.contents.value).toBe(
      [
        '**Mr. Klaus Dik Nielsen, Stakeholder Liaison Consultant, Office of the UN High Commissioner for Human Rights (OHCHR), Asia-Pacific**',
        'first mention: Mr. Klaus Dik Nielsen, Stakeholder Liaison Consultant, Office of the UN High Commissioner for Human Rights (OHCHR), Asia-Pacific',
        'later mentions: Mr. Nielsen',
      ].join('\n\n'),
    )
    const people = await completeAt(opened.uri, after(':person{#'))
    expect(people).toEqual(await completeAt(uri, after(':person{#')))
    expect(people.find((item) => item.label === 'omidvar')?.detail).toBe(
      'The Honourable Ratna Omidvar, Senator for Ontario (Canada)',
    )
  })

  const consultation = [
    '---',
    'title: Regional consultation',
    'facilitator: OHCHR',
    'date: 2023-09-21',
    'modality: virtual',
    'people:',
    '  - id: roe',
    '    honorific: Ms.',
    '    name: Jane Roe',
    '    familyName: Roe',
    '    title: Minister of Labour',
    '    country: Nepal',
    'participants:',
    '  - id: p1',
    '    name: Amal Haddad',
    '    country: Jordan',
    '  - id: p2',
    '    name: Li Wei',
    '---',
    '',
    '# Opening',
    '',
    ':person{#roe} opened the meeting. :participant[A participant]{#p1} asked a question.',
    '',
  ].join('\n')
  /** The line of `text` where the meeting is opened, with its mentions. */
  const mentionLine = (text: string) =>
    text.split('\n').findIndex((line) => line.startsWith(':person{#roe}'))

  it('shows what a person’s entry gives on hover, never undefined, while the entry lacks a field', async () => {
    const incomplete = consultation
      .replace('    familyName: Roe\n', '')
      .replace('people:', 'people:\n  - id: doe\n  - id: poe\n    name: Sam Poe')
      .replace(':person{#roe}', ':person{#roe} :person{#doe} :person{#poe}')
    const opened = await open('incomplete-person.md', incomplete)
    expect(opened.problems).toContainEqual(expect.stringContaining('people.2.familyName'))
    const line = mentionLine(incomplete)
    const roe = await hoverAt(opened.uri, { line, character: 3 })
    expect(roe?.contents.value).toBe(
      '**Ms. Jane Roe, Minister of Labour (Nepal)**\n\nfirst mention: Ms. Jane Roe, Minister of Labour (Nepal)',
    )
    const doe = await hoverAt(opened.uri, { line, character: 17 })
    expect(doe).toBeNull()
    const poe = await hoverAt(opened.uri, { line, character: 31 })
    expect(poe?.contents.value).toBe('**Sam Poe**')
    const people = await completeAt(opened.uri, { line, character: 9 })
    expect(people).toEqual([
      { label: 'doe', kind: 12 },
      { label: 'poe', kind: 12, detail: 'Sam Poe' },
      { label: 'roe', kind: 12, detail: 'Ms. Jane Roe, Minister of Labour (Nepal)' },
    ])
    expect(JSON.stringify([roe, poe, people])).not.toContain('undefined')
  })

  it.each([
    ['a valid file', 'participants.md', consultation, 0],
    [
      'a file whose modality is invalid',
      'participants-invalid-modality.md',
      consultation.replace('modality: virtual', 'modality: bogus'),
      1,
    ],
  ])(
    'completes the ids of the participants inside :participant[…]{#…}, with their names, in %s',
    async (_, name, text, problems) => {
      const opened = await open(name, text)
      expect(opened.problems.length).toBe(problems)
      const line = mentionLine(text)
      const items = await completeAt(opened.uri, {
        line,
        character: text.split('\n')[line]!.indexOf(']{#') + 3,
      })
      expect(items.map(({ label, detail }) => ({ label, detail }))).toEqual([
        { label: 'p1', detail: 'Amal Haddad' },
        { label: 'p2', detail: 'Li Wei' },
      ])
    },
  )

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
