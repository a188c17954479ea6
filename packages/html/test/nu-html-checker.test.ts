import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { loadReport } from '@rapporteur/core'
import {
  examplePath,
  hostileReport,
  scriptSamples,
  scriptsReport,
  stressReport,
} from '@rapporteur/fixtures'
import { webFonts } from '@rapporteur/pdf'
import { afterAll, describe, expect, it } from 'vitest'
import { htmlFontText, renderHtml } from '../src/index.js'
import { pageFolder } from './page-files.js'

const vnuJar = createRequire(import.meta.url)('vnu-jar') as string
const folder = pageFolder()
afterAll(() => folder.remove())

interface NuMessage {
  type: string
  subType?: string
  message: string
  url?: string
  lastLine?: number
  extract?: string
}

// One Java start for all pages: the checker takes a list of files.
function check(pages: Record<string, string>): NuMessage[] {
  const paths = Object.entries(pages).map(([name, html]) => folder.write(`${name}.html`, html).path)
  const result = spawnSync(
    'java',
    ['-jar', vnuJar, '--errors-only', '--format', 'json', ...paths],
    {
      encoding: 'utf8',
      timeout: 50_000,
    },
  )
  if (result.error) throw result.error
  const { messages } = JSON.parse(result.stderr) as { messages: NuMessage[] }
  return messages
}

describe('the Nu Html Checker', () => {
  it('reports no errors for the example in each variant, with web fonts too, the stress report and the hostile report', async () => {
    const report = await loadReport(examplePath)
    const scripts = scriptsReport(scriptSamples)
    const messages = check({
      // With web fonts: their @font-face rules and data: URLs are valid CSS too.
      fonts: renderHtml(report, { fonts: await webFonts(htmlFontText(report)) }),
      scripts: renderHtml(scripts, { fonts: await webFonts(htmlFontText(scripts)) }),
      draft: renderHtml(report, { variant: 'draft' }),
      internal: renderHtml(report, { variant: 'internal' }),
      final: renderHtml(report, { variant: 'final' }),
      digest: renderHtml(report, { variant: 'digest' }),
      stress: renderHtml(stressReport()),
      hostile: renderHtml(hostileReport()),
    })
    expect(
      messages.map(
        (message) => `${message.url?.split('/').pop()}:${message.lastLine} ${message.message}`,
      ),
    ).toEqual([])
  })

  it('does report errors, so a clean result means something', () => {
    const messages = check({
      broken: '<!doctype html><html><head></head><body><p id="a" id="b"></body></html>',
    })
    expect(messages.some((message) => message.type === 'error')).toBe(true)
  })
})
