import { loadReport, parseReport, resolveReport } from '@rapporteur/core'
import {
  examplePath,
  scaledReportSource,
  scriptReport,
  scriptSamples,
  stressReport,
} from '@rapporteur/fixtures'
import { bench, describe } from 'vitest'
import { renderPdf } from '../src/index.js'

const example = resolveReport(await loadReport(examplePath))
const scaledOnce = resolveReport(parseReport(scaledReportSource(1), { filename: 'report.md' }))
const scaledTenfold = resolveReport(parseReport(scaledReportSource(10), { filename: 'report.md' }))
const stress = resolveReport(stressReport())
const scripts = scriptSamples.map((sample) => resolveReport(scriptReport(sample)))

describe('renderPdf (resolved report, warm)', () => {
  bench(
    'example',
    async () => {
      await renderPdf(example)
    },
    { warmupIterations: 10, time: 3000 },
  )

  bench(
    'example source ×1',
    async () => {
      await renderPdf(scaledOnce)
    },
    { warmupIterations: 10, time: 3000 },
  )

  bench(
    'example source ×10',
    async () => {
      await renderPdf(scaledTenfold)
    },
    { warmupIterations: 3, time: 6000 },
  )

  bench(
    'a short report in each of 13 scripts',
    async () => {
      for (const report of scripts) await renderPdf(report)
    },
    { warmupIterations: 3, time: 3000 },
  )

  bench(
    'stress report',
    async () => {
      await renderPdf(stress)
    },
    { warmupIterations: 3, time: 3000 },
  )
})
