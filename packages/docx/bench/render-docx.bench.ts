import { loadReport, parseReport, resolveReport } from '@rapporteur/core'
import { examplePath, scaledReportSource } from '@rapporteur/fixtures'
import { bench, describe } from 'vitest'
import { renderDocx } from '../src/index.js'

const example = resolveReport(await loadReport(examplePath), { variant: 'draft' })
const scaled = resolveReport(parseReport(scaledReportSource(10)), { variant: 'draft' })
await renderDocx(example)

describe('renderDocx', () => {
  bench(
    'the example (draft), warm',
    async () => {
      await renderDocx(example)
    },
    { time: 3000, warmupIterations: 5 },
  )

  bench(
    'the example ×10 (draft)',
    async () => {
      await renderDocx(scaled)
    },
    { time: 3000, warmupIterations: 2 },
  )
})
