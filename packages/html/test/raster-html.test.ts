import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadConfig, loadReport, selectVariants } from '@rapporteur/core'
import {
  arabicExamplePath,
  examplePath,
  frenchExamplePath,
  typesettingConfigPath,
  typesettingReportPath,
} from '@rapporteur/fixtures'
import { compareWithReference, rasterise } from '@rapporteur/fixtures/raster'
import { type Browser, chromium } from 'playwright-core'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderHtml } from '../src/index.js'
import { pageFolder } from './page-files.js'

const references = join(import.meta.dirname, 'reference')
// Anti-aliasing may differ a little between Chromium builds; a line set anew differs by more.
const tolerance = 0.001
const folder = pageFolder()
let browser: Browser
const variants = ['draft', 'final', 'digest', 'internal'] as const
// The other reports: the French and Arabic examples' final variant and the typesetting
// report's `advance` variant (a long title with no short title, a long status).
const others = ['french-final', 'arabic-final', 'typesetting-advance'] as const
type PageName = (typeof variants)[number] | (typeof others)[number]
const urls = {} as Record<PageName, string>

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
    timeout: 30_000,
  })
  const report = await loadReport(examplePath)
  for (const variant of variants)
    urls[variant] = folder.write(`${variant}.html`, renderHtml(report, { variant })).url
  for (const [name, path] of [
    ['french-final', frenchExamplePath],
    ['arabic-final', arabicExamplePath],
  ] as const)
    urls[name] = folder.write(
      `${name}.html`,
      renderHtml(await loadReport(path), { variant: 'final' }),
    ).url
  const [advance] = selectVariants(['advance'], await loadConfig(typesettingConfigPath))
  urls['typesetting-advance'] = folder.write(
    'typesetting-advance.html',
    renderHtml(await loadReport(typesettingReportPath), { variant: advance }),
  ).url
}, 60_000)

afterAll(async () => {
  await browser?.close()
  folder.remove()
})

async function screenshot(
  name: PageName,
  width: number,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<PNG> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    deviceScaleFactor: 1,
    colorScheme,
  })
  try {
    const page = await context.newPage()
    await page.goto(urls[name], { waitUntil: 'load' })
    return PNG.sync.read(await page.screenshot({ animations: 'disabled' }))
  } finally {
    await context.close()
  }
}

describe('the HTML as a reader sees it, against reference images a person has looked at', () => {
  it.each([
    ['screen at 1280 px', 1280, 'light', ''],
    ['screen at 375 px', 375, 'light', ''],
    ['screen at 1280 px, dark colour scheme', 1280, 'dark', '-dark'],
  ] as const)('the draft’s first screen, %s', async (name, width, scheme, suffix) => {
    const comparison = compareWithReference(
      await screenshot('draft', width, scheme),
      join(references, `example-draft-${width}${suffix}.png`),
    )
    expect(comparison.differentShare, `${name}: ${comparison.differencePath}`).toBeLessThan(
      tolerance,
    )
  })

  it.each(['final', 'digest', 'internal'] as const)(
    'the %s variant’s first screen at 1280 px',
    async (variant) => {
      const comparison = compareWithReference(
        await screenshot(variant, 1280),
        join(references, `example-${variant}-1280.png`),
      )
      expect(comparison.differentShare, `${variant}: ${comparison.differencePath}`).toBeLessThan(
        tolerance,
      )
    },
  )

  it.each(variants)('the %s variant printed: its first page', async (variant) => {
    const comparison = compareWithReference(
      await printedFirstPage(variant),
      join(references, `example-${variant}-print-1.png`),
    )
    expect(comparison.differentShare, `print: ${comparison.differencePath}`).toBeLessThan(tolerance)
  })

  // The French example's words and spacing; the Arabic example mirrored, right to left; the
  // typesetting report's long title and status, notes, list and long address.
  it.each(others)('the %s report’s first screen at 1280 px', async (name) => {
    const comparison = compareWithReference(
      await screenshot(name, 1280),
      join(references, `${name}-1280.png`),
    )
    expect(comparison.differentShare, `${name}: ${comparison.differencePath}`).toBeLessThan(
      tolerance,
    )
  })

  it.each(others)('the %s report printed: its first page', async (name) => {
    const comparison = compareWithReference(
      await printedFirstPage(name),
      join(references, `${name}-print-1.png`),
    )
    expect(comparison.differentShare, `print: ${comparison.differencePath}`).toBeLessThan(tolerance)
  })
})

/** The page printed to PDF by Chromium, as A4 unless its CSS sizes the page: its first page. */
async function printedFirstPage(name: PageName): Promise<PNG> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.goto(urls[name], { waitUntil: 'load' })
    await page.emulateMedia({ media: 'print' })
    const { path } = folder.write(`${name}-print.pdf`, '')
    writeFileSync(path, await page.pdf({ format: 'A4', preferCSSPageSize: true }))
    return rasterise(path, 1, 50)
  } finally {
    await context.close()
  }
}
