import { resolve } from 'node:path'
import { variantsFor } from '../build-plan.js'
import { onEarlyExit } from '../early-exit.js'
import type { ExitCode } from '../exit-code.js'
import { loadSourceConfig, sourceFile } from '../load-source.js'
import { reportName } from '../report-name.js'
import { watchSources } from '../watch-sources.js'
import { editorCommand } from './editor-command.js'
import { createEventStream } from './event-stream.js'
import { openBrowser } from './open-browser.js'
import { loadPageAssets } from './page-assets.js'
import { startPreviewServer } from './preview-server.js'
import { startPreviewSession } from './preview-session.js'

/** The options of `rapporteur preview`, as parsed from the command line. */
export interface PreviewCommandOptions {
  variant: string
  port?: number
  open: boolean
  editor?: string
}

/**
 * How long a save must settle before the preview builds: shorter than `build
 * --watch`'s, since the page should follow within a fraction of a second.
 */
const settleMilliseconds = 30

/**
 * `rapporteur preview SOURCE`: serves a page on this machine that shows the
 * variant's HTML and PDF and follows each save of the report and its config.
 * Runs until Ctrl+C.
 */
export async function previewCommand(
  source: string,
  options: PreviewCommandOptions,
): Promise<ExitCode> {
  const file = await sourceFile(source)
  const config = await loadSourceConfig(file)
  if (config.ok) variantsFor(file, [options.variant], config.config)
  const open = options.editor === undefined ? undefined : editorCommand(options.editor)
  const events = createEventStream()
  let watched = ''
  let stopWatching = () => {}
  /** Watches every language version and the config; a save rebuilds the one shown. */
  const watch = (sources: readonly string[]) => {
    if (sources.join('\n') === watched) return
    watched = sources.join('\n')
    stopWatching()
    stopWatching = watchSources(
      sources,
      (changed) => {
        if (changed.includes(session.state().source)) void session.rebuild()
      },
      settleMilliseconds,
    )
  }
  const session = await startPreviewSession(file, options.variant, (event) => {
    if (event.type === 'state') watch(event.state.languages.map((entry) => entry.source))
    events.send(
      event.type,
      event.type === 'state' ? { ...event.state, editor: open !== undefined } : event,
    )
  })
  const openInEditor =
    open &&
    ((line: number, column: number) =>
      open({ file: resolve(session.state().source), line, column }))
  const server = await startPreviewServer({
    port: options.port,
    session,
    events,
    assets: loadPageAssets(),
    reportName: reportName(file),
    openInEditor,
  }).catch(async (error: unknown) => {
    await session.close()
    throw error
  })
  watch(session.state().languages.map((entry) => entry.source))
  onEarlyExit(async () => {
    stopWatching()
    await server.close()
    await session.close()
    process.stderr.write('rapporteur: preview stopped\n')
  })
  process.stdout.write(`preview of ${file} at ${server.url}\npress Ctrl+C to stop\n`)
  if (options.open) openBrowser(server.url)
  await session.rebuild()
  return new Promise<ExitCode>(() => {})
}
