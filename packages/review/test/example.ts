import { readFileSync } from 'node:fs'
import { parseReport, resolveReport } from '@rapporteur/core'
import { examplePath } from '@rapporteur/fixtures'

/** The example's source, its lines, and its draft as resolved. */
export const exampleSource = readFileSync(examplePath, 'utf8')
export const exampleLines = exampleSource.split('\n')
export const exampleReport = parseReport(exampleSource, { filename: 'report.md' })
export const exampleDraft = resolveReport(exampleReport, { variant: 'draft' })

/** The numbered paragraph's first words as the source writes them, to check a source line. */
export function lineAt(line: number | undefined): string {
  return exampleLines[(line ?? 0) - 1] ?? ''
}
