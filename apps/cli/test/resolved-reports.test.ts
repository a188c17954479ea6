import { fileURLToPath } from 'node:url'
import { listVariants, loadReport, type Report } from '@rapporteur/core'
import { describe, expect, it } from 'vitest'
import type { BuildJob } from '../src/build-job.js'
import { resolvedReportOf } from '../src/resolved-reports.js'

const example = fileURLToPath(
  new URL('../../../examples/gcm-parliamentarians-2022/report.md', import.meta.url),
)

const variants = listVariants()

function job(report: Report, variant: string, format: BuildJob['format']): BuildJob {
  return {
    source: example,
    report,
    variant: variants.find((entry) => entry.name === variant)!,
    format,
    outputPath: `${variant}.${format}`,
  }
}

describe('resolving the report of a build job', () => {
  it('resolves a variant once for all its formats, and each variant for itself', async () => {
    const report = await loadReport(example)
    const pdf = resolvedReportOf(job(report, 'draft', 'pdf'))
    expect(resolvedReportOf(job(report, 'draft', 'html'))).toBe(pdf)
    expect(resolvedReportOf(job(report, 'draft', 'docx'))).toBe(pdf)
    const final = resolvedReportOf(job(report, 'final', 'pdf'))
    expect(final).not.toBe(pdf)
    expect(final.variant).toBe('final')
    expect(pdf.variant).toBe('draft')
  })

  it('resolves again for another date', async () => {
    const report = await loadReport(example)
    const dated = { ...job(report, 'draft', 'pdf'), documentDate: '2022-03-01T09:00:00Z' }
    expect(resolvedReportOf(dated)).not.toBe(resolvedReportOf(job(report, 'draft', 'pdf')))
  })
})
