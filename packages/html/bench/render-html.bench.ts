import { loadReport, parseReport, resolveReport } from '@rapporteur/core'
import { examplePath, scaledReportSource, scriptSamples, scriptsReport } from '@rapporteur/fixtures'
import { webFonts } from '@rapporteur/pdf'
import { bench, describe } from 'vitest'
import { htmlFontText, renderHtml } from '../src/index.js'

const example = resolveReport(await loadReport(examplePath))
const scaled = resolveReport(parseReport(scaledReportSource(10), { filename: 'report.md' }))

describe('renderHtml (resolved report, warm)', () => {
  bench(
    'example',
    () => {
      renderHtml(example)
    },
    { warmupIterations: 20, time: 1000 },
  )

  bench(
    'example ×10',
    () => {
      renderHtml(scaled)
    },
    { warmupIterations: 5, time: 1000 },
  )
})

const scripts = resolveReport(scriptsReport(scriptSamples))
const exampleText = htmlFontText(example)
const scriptsText = htmlFontText(scripts)
const exampleFonts = await webFonts(exampleText)

// Web fonts: made anew (subsetting and WOFF2 compression of every face), and found in a
// cache as a rebuild finds them; then the page with them.
describe('web fonts (webFonts of htmlFontText)', () => {
  bench(
    'example, every face made anew',
    async () => {
      await webFonts(exampleText)
    },
    { warmupIterations: 1, iterations: 3, time: 0 },
  )

  bench(
    'report in 13 scripts, every face made anew',
    async () => {
      await webFonts(scriptsText)
    },
    { warmupIterations: 1, iterations: 3, time: 0 },
  )

  const cache = new Map<string, Uint8Array>()
  bench(
    'example, faces from a cache',
    async () => {
      await webFonts(htmlFontText(example), { cache })
    },
    { warmupIterations: 2, time: 1000 },
  )

  bench(
    'example page with its web fonts',
    () => {
      renderHtml(example, { fonts: exampleFonts })
    },
    { warmupIterations: 20, time: 1000 },
  )
})
