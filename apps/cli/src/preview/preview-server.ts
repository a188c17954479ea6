import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { OutputFormat } from '@rapporteur/core'
import { UsageError } from '../usage-error.js'
import type { EventStream } from './event-stream.js'
import type { PageAsset } from './page-assets.js'
import type { PreviewSession } from './preview-session.js'

/** What the server serves and does. */
export interface PreviewServerOptions {
  /** The port to listen on; a random free one when undefined. */
  port: number | undefined
  session: PreviewSession
  events: EventStream
  assets: ReadonlyMap<string, PageAsset>
  /** The report's name, for the names of downloaded files. */
  reportName: string
  /** Opens the source at a line, when `--editor` is given. */
  openInEditor?: (line: number, column: number) => void
}

/** A running preview server. */
export interface PreviewServer {
  /** The page's address, with its token. */
  url: string
  close(): Promise<void>
}

/**
 * The page's policy: its own scripts, styles, worker and frames only, and no
 * request to any other origin.
 */
export const pageSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * The built HTML document's policy, shown in the page's frame: its own inline styles and
 * embedded web fonts, no script.
 */
export const documentSecurityPolicy = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  'font-src data:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ')

const commonHeaders = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

const formatTypes: Record<OutputFormat, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

/**
 * Starts the preview's HTTP server on 127.0.0.1 and ::1 only. Every address starts
 * with a random token; a request without it gets 403, an unknown path 404. Paths
 * are matched as they are sent, against a fixed list of routes: none reaches the
 * file system.
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const token = randomBytes(18).toString('base64url')
  let port = 0
  const handle = (request: IncomingMessage, response: ServerResponse) => {
    try {
      route(request, response, options, token, port)
    } catch (error) {
      answerFailure(response)(error)
    }
  }
  for (let attempt = 0; ; attempt++) {
    const servers = [createServer(handle), createServer(handle)]
    try {
      port = await listen(servers[0]!, '127.0.0.1', options.port ?? 0)
    } catch (error) {
      throw portError(error, options.port)
    }
    try {
      await listen(servers[1]!, '::1', port)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EADDRNOTAVAIL' || code === 'EAFNOSUPPORT') servers.pop()
      else {
        servers[0]!.close()
        // A random port free on 127.0.0.1 but taken on ::1: try another.
        if (options.port === undefined && code === 'EADDRINUSE' && attempt < 5) continue
        throw portError(error, options.port ?? port)
      }
    }
    return {
      url: `http://127.0.0.1:${port}/${token}/`,
      async close() {
        options.events.close()
        await Promise.all(
          servers.map(
            (server) =>
              new Promise<void>((resolve) => {
                server.close(() => resolve())
                server.closeAllConnections()
              }),
          ),
        )
      },
    }
  }
}

function route(
  request: IncomingMessage,
  response: ServerResponse,
  options: PreviewServerOptions,
  token: string,
  port: number,
): undefined {
  const host = request.headers.host ?? ''
  if (![`127.0.0.1:${port}`, `[::1]:${port}`, `localhost:${port}`].includes(host))
    return reply(response, 403, 'forbidden\n')
  // The query is never read: versions in it only keep browsers from reusing an old file.
  const [path = ''] = (request.url ?? '').split('?', 1)
  const segments = path.split('/')
  if (segments[0] !== '' || !sameToken(segments[1] ?? '', token))
    return reply(response, 403, 'forbidden\n')
  const rest = segments.slice(2).join('/')
  const method = request.method ?? 'GET'
  if (segments.length === 2) {
    response.writeHead(308, { ...commonHeaders, Location: `/${token}/` })
    response.end()
    return
  }
  if (method === 'POST') return post(request, response, options, rest)
  if (method !== 'GET' && method !== 'HEAD') return reply(response, 405, 'method not allowed\n')

  if (rest === '') return asset(response, options.assets.get('index.html'), method)
  if (rest.startsWith('assets/'))
    return asset(response, options.assets.get(rest.slice('assets/'.length)), method)
  if (rest === 'events') {
    const state = options.session.state()
    const first: Array<{ event: string; data: unknown }> = [
      { event: 'state', data: { ...state, editor: options.openInEditor !== undefined } },
    ]
    const html = state.files.find((file) => file.format === 'html')
    const built = html && options.session.file(html.name)
    if (built)
      first.push({
        event: 'html',
        data: {
          name: built.name,
          version: built.version,
          html: Buffer.from(built.bytes).toString(),
        },
      })
    const pdf = state.files.find((file) => file.format === 'pdf')
    if (pdf) first.push({ event: 'pdf', data: { name: pdf.name, version: pdf.version } })
    options.events.add(response, first)
    return
  }
  const download = rest.startsWith('download/')
  if (download || rest.startsWith('files/')) {
    const name = rest.slice(rest.indexOf('/') + 1)
    void options.session.fresh(name).then((file) => {
      if (!file) {
        // Offered, but to be made from a source that has problems.
        const offered = options.session.state().files.some((entry) => entry.name === name)
        return offered
          ? reply(response, 409, `${name} cannot be made while the report has problems\n`)
          : reply(response, 404, 'not found\n')
      }
      const headers: Record<string, string> = {
        ...commonHeaders,
        'Content-Type': formatTypes[file.format],
        'Content-Length': String(file.bytes.byteLength),
        'Content-Security-Policy': documentSecurityPolicy,
      }
      if (download)
        headers['Content-Disposition'] = `attachment; filename="${options.reportName}-${file.name}"`
      response.writeHead(200, headers)
      response.end(method === 'HEAD' ? undefined : file.bytes)
    }, answerFailure(response))
    return
  }
  reply(response, 404, 'not found\n')
}

function post(
  request: IncomingMessage,
  response: ServerResponse,
  options: PreviewServerOptions,
  rest: string,
): undefined {
  if (rest !== 'variant' && rest !== 'language' && rest !== 'open')
    return reply(response, 404, 'not found\n')
  let body = ''
  request.setEncoding('utf8')
  request.on('data', (chunk: string) => {
    body += chunk
    if (body.length > 1024) request.destroy()
  })
  request.on('end', () => {
    let input: { name?: unknown; source?: unknown; line?: unknown; column?: unknown }
    try {
      input = JSON.parse(body) as typeof input
    } catch {
      return reply(response, 400, 'the body is not JSON\n')
    }
    if (rest === 'variant') {
      const ok = typeof input.name === 'string' && options.session.selectVariant(input.name)
      return reply(response, ok ? 204 : 400, ok ? '' : 'no such variant\n')
    }
    if (rest === 'language') {
      // Only a source in the session's own list is taken: the path never reaches the file system.
      const ok = typeof input.source === 'string' && options.session.selectLanguage(input.source)
      return reply(response, ok ? 204 : 400, ok ? '' : 'no such language version\n')
    }
    const { line, column } = input
    if (!options.openInEditor) return reply(response, 404, 'no --editor command\n')
    if (!Number.isInteger(line) || !Number.isInteger(column))
      return reply(response, 400, 'line and column must be whole numbers\n')
    options.openInEditor(line as number, column as number)
    reply(response, 204, '')
  })
}

function asset(response: ServerResponse, found: PageAsset | undefined, method: string): undefined {
  if (!found) return reply(response, 404, 'not found\n')
  response.writeHead(200, {
    ...commonHeaders,
    'Content-Type': found.type,
    'Content-Length': String(found.bytes.byteLength),
    'Content-Security-Policy': pageSecurityPolicy,
  })
  response.end(method === 'HEAD' ? undefined : found.bytes)
}

/** Answers 500 and says why on stderr, for a request the preview failed to answer. */
function answerFailure(response: ServerResponse): (error: unknown) => void {
  return (error) => {
    if (!response.headersSent) reply(response, 500, 'the preview could not answer\n')
    process.stderr.write(`rapporteur: preview: ${(error as Error).message}\n`)
  }
}

function reply(response: ServerResponse, status: number, text: string): undefined {
  response.writeHead(status, {
    ...commonHeaders,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(status === 204 ? 0 : Buffer.byteLength(text)),
    'Content-Security-Policy': "default-src 'none'",
  })
  response.end(status === 204 ? undefined : text)
}

function sameToken(given: string, token: string): boolean {
  const left = Buffer.from(given)
  const right = Buffer.from(token)
  return left.length === right.length && timingSafeEqual(left, right)
}

function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen({ host, port, exclusive: true }, () => {
      server.off('error', reject)
      const address = server.address()
      resolve(typeof address === 'object' && address !== null ? address.port : port)
    })
  })
}

function portError(error: unknown, port: number | undefined): Error {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'EADDRINUSE') return new UsageError(`--port ${port}: the port is in use`)
  if (code === 'EACCES') return new UsageError(`--port ${port}: not allowed to listen on it`)
  return error as Error
}
