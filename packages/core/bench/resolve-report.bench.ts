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
      // Warm means after V8 has optimised the parser: some fifty runs of the example.
      {
        warmupIterations: factor === 1 ? 50 : factor === 10 ? 10 : 2,
        iterations: factor === 1 ? 100 : factor === 10 ? 30 : 5,
        time: 0,
      },
    )
  }
})
