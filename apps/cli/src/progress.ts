import type { BuildResult } from './build-job.js'

/** Shows a build's progress: a line redrawn in place on a terminal, one plain line per file elsewhere (CI). */
export interface Progress {
  /** Called as each document is done. */
  update(result: BuildResult, done: number): void
  /** Takes `count` documents off the total (those of an invalid report). */
  skip(count: number): void
  /** Clears the in-place line, if any. */
  finish(): void
}

/** Where progress goes, and whether it is a terminal. */
export interface ProgressTarget {
  write(text: string): void
  isTTY?: boolean
  columns?: number
}

/** A progress display for `total` documents; `quiet` shows nothing (for `--json`). */
export function createProgress(total: number, target: ProgressTarget, quiet: boolean): Progress {
  if (quiet) return { update: () => {}, skip: () => {}, finish: () => {} }
  if (!target.isTTY) {
    return {
      update(result) {
        target.write(`${describeResult(result)}\n`)
      },
      skip() {},
      finish() {},
    }
  }
  const width = 24
  let drawn = false
  return {
    update(result, done) {
      const filled = Math.round((done / total) * width)
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`
      const line = `${bar} ${done}/${total} ${result.outputPath}`
      const columns = target.columns ?? 80
      const clear = drawn ? '\r\x1b[2K' : ''
      if (!result.ok) target.write(`${clear}${describeResult(result)}\n`)
      else target.write(clear)
      target.write(line.length > columns - 1 ? `${line.slice(0, columns - 2)}…` : line)
      drawn = true
    },
    skip(count) {
      total -= count
    },
    finish() {
      if (drawn) target.write('\r\x1b[2K')
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
