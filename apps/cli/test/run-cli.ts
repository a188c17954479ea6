import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** The built CLI that the tests run, as users do. */
export const cliPath = fileURLToPath(new URL('../dist/cli.cjs', import.meta.url))

/** What a run of the CLI printed and how it ended. */
export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/**
 * Runs `node dist/cli.cjs ...args` and waits for it to end; `cli` runs another copy,
 * `nodeOptions` go to Node.js before it, `input` is written to its standard input.
 */
export function runCli(
  args: readonly string[],
  options: {
    cwd?: string
    env?: Record<string, string>
    cli?: string
    nodeOptions?: string[]
    input?: string
  } = {},
): Promise<CliRun> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [...(options.nodeOptions ?? []), options.cli ?? cliPath, ...args],
      {
        cwd: options.cwd,
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, NO_COLOR: '1', ...options.env },
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ code, stdout, stderr })
      },
    )
    if (options.input !== undefined) child.stdin?.end(options.input)
  })
}
