import { loadReport, parseReport, resolveReport } from '@rapporteur/core'
import { examplePath, scaledReportSource } from '@rapporteur/fixtures'
import { bench, describe } from 'vitest'
import { renderHtml } from '../src/index.js'

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
