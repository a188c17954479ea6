import { type ChildProcess, spawn } from 'node:child_process'
import { cliPath } from './run-cli.js'

/** A `rapporteur preview` run, with what it printed so far. */
export interface PreviewProcess {
  child: ChildProcess
  url: string
  output(): { stdout: string; stderr: string }
  /** Waits until `check` holds on what was printed, for at most `milliseconds`. */
  waitForOutput(
    check: (stdout: string, stderr: string) => boolean,
    milliseconds?: number,
  ): Promise<void>
  /** Sends SIGINT, as Ctrl+C does, and resolves with the exit code. */
  stop(): Promise<number | null>
}

/** Starts `node dist/cli.cjs preview ...args` and waits for its address. */
export async function startPreview(args: readonly string[]): Promise<PreviewProcess> {
  const child = spawn(process.execPath, [cliPath, 'preview', ...args], {
    env: { ...process.env, NO_COLOR: '1' },
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => {
    stdout += chunk
  })
  child.stderr.on('data', (chunk) => {
    stderr += chunk
  })
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const waitForOutput = async (
    check: (stdout: string, stderr: string) => boolean,
    milliseconds = 20_000,
  ) => {
    const until = Date.now() + milliseconds
    while (!check(stdout, stderr)) {
      if (Date.now() > until || child.exitCode !== null)
        throw new Error(
          `preview did not print what was expected\nstdout: ${stdout}\nstderr: ${stderr}`,
        )
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
  }
  await waitForOutput((out) => /http:\/\/127\.0\.0\.1:\d+\/\S+\//.test(out))
  return {
    child,
    url: /http:\/\/127\.0\.0\.1:\d+\/\S+\//.exec(stdout)![0],
    output: () => ({ stdout, stderr }),
    waitForOutput,
    stop: () => {
      if (child.exitCode === null) child.kill('SIGINT')
      return exited
    },
  }
}
