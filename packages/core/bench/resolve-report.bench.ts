import { bench, describe } from 'vitest'
import { scaledReportSource } from '../../fixtures/src/index.js'
// The built package, as users run it.
import { parseReport, resolveReport } from '../dist/index.js'

const sources = [1, 10, 100].map((factor) => ({ factor, source: scaledReportSource(factor) }))

describe('parse, validate and resolve', () => {
  for (const { factor, source } of sources) {
    bench(
      `example ×${factor} (${Math.round(source.length / 1024)} KiB)`,
      () => {
        resolveReport(parseReport(source, { filename: 'report.md' }))
      },
      {
        warmupIterations: factor === 100 ? 2 : 10,
        iterations: factor === 100 ? 5 : 30,
        time: factor === 100 ? 0 : 500,
      },
    )
  }
})
