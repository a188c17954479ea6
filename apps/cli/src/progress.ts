import type { BuildResult } from './build-job.js'

/** Shows a build's progress: a line redrawn in place on a terminal, one plain line per file elsewhere (CI). */
export interface Progress {
  /** Called as each document is done. */
  update(result: BuildResult, done: number): void
  /** Takes `count` documents off the total (those of an invalid report). */
  skip(count: number): void
  /**
   * Writes a whole line to `stream` (such as a problem, to stderr) above the
   * in-place line, which is cleared first and drawn again after, so that the two
   * never share a line.
   */
  log(stream: ProgressTarget, text: string): void
  /** Clears the in-place line, if any. */
  finish(): void
}

/** Where progress goes, and whether it is a terminal. */
export interface ProgressTarget {
  write(text: string): void
  isTTY?: boolean
  columns?: number
}

/**
 * A progress display for `total` documents; `quiet` shows no progress (for `--json`
 * and `--quiet`), only the lines given to `log`.
 */
export function createProgress(total: number, target: ProgressTarget, quiet: boolean): Progress {
  const log = (stream: ProgressTarget, text: string) => stream.write(`${text}\n`)
  if (quiet) return { update: () => {}, skip: () => {}, log, finish: () => {} }
  if (!target.isTTY) {
    return {
      update(result) {
        target.write(`${describeResult(result)}\n`)
      },
      skip() {},
      log,
      finish() {},
    }
  }
  const width = 24
  let line = ''
  const clear = () => {
    if (line !== '') target.write('\r\x1b[2K')
  }
  const draw = () => {
    const columns = target.columns ?? 80
    if (line !== '')
      target.write(line.length > columns - 1 ? `${line.slice(0, columns - 2)}…` : line)
  }
  return {
    update(result, done) {
      const filled = Math.round((done / total) * width)
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`
      clear()
      if (!result.ok) target.write(`${describeResult(result)}\n`)
      line = `${bar} ${done}/${total} ${result.outputPath}`
      draw()
    },
    skip(count) {
      total -= count
    },
    log(stream, text) {
      clear()
      stream.write(`${text}\n`)
      draw()
    },
    finish() {
      clear()
      line = ''
    },
  }
}

/** One document's outcome as a line: `wrote out/x/draft.pdf (312 kB, 410 ms)` or why it failed. */
export function describeResult(result: BuildResult): string {
  if (!result.ok) return `failed ${result.outputPath}: ${result.error}`
  const warnings =
    result.warnings.length > 0
      ? `, ${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'}`
      : ''
  return `wrote ${result.outputPath} (${formatBytes(result.bytes)}, ${Math.round(result.milliseconds)} ms${warnings})`
}

function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : `${Math.round(bytes / 1024)} kB`
}
