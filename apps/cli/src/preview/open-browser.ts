import { spawn } from 'node:child_process'

/** Opens an address in the user's browser, with the system's own opener; a failure is only reported. */
export function openBrowser(url: string): void {
  const [program, ...parameters] =
    process.platform === 'darwin'
      ? ['open', url]
      : process.platform === 'win32'
        ? ['cmd', '/c', 'start', '""', url]
        : ['xdg-open', url]
  const child = spawn(program!, parameters, { stdio: 'ignore', detached: true })
  child.on('error', (error) => {
    process.stderr.write(
      `rapporteur: the browser could not be opened (${error.message}); open ${url}\n`,
    )
  })
  child.unref()
}
