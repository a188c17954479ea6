import type { ServerResponse } from 'node:http'

/** Pages listening for server-sent events. */
export interface EventStream {
  /** Keeps a response open as an event stream and sends it `first` at once. */
  add(response: ServerResponse, first: ReadonlyArray<{ event: string; data: unknown }>): void
  /** Sends an event to every page listening. */
  send(event: string, data: unknown): void
  /** Ends every stream. */
  close(): void
}

/** The stream of server-sent events that tells open pages what changed. */
export function createEventStream(): EventStream {
  const listeners = new Set<ServerResponse>()
  const format = (event: string, data: unknown) =>
    `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`
  return {
    add(response, first) {
      response.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Content-Type-Options': 'nosniff',
      })
      response.write(
        `retry: 1000\n\n${first.map(({ event, data }) => format(event, data)).join('')}`,
      )
      listeners.add(response)
      response.on('close', () => listeners.delete(response))
    },
    send(event, data) {
      const text = format(event, data)
      for (const response of listeners) {
        response.write(text)
        // Node.js holds a response's writes until the next tick, which a build under
        // way in this thread can put off by a second: the page should know at once.
        response.socket?.uncork()
      }
    },
    close() {
      for (const response of listeners) response.end()
      listeners.clear()
    },
  }
}
