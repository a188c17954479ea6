import { join } from 'node:path'
import { loadConfig, loadReport, resolveReport, selectVariants } from '@rapporteur/core'
import {
  arabicExamplePath,
  examplePath,
  frenchExamplePath,
  typesettingConfigPath,
  typesettingReportPath,
} from '@rapporteur/fixtures'
import { compareWithReference, rasterise } from '@rapporteur/fixtures/raster'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { renderDocx } from '../src/index.js'
import { type LibreOfficePdf, libreOfficePdf } from './docx-package.js'

const references = join(import.meta.dirname, 'reference')
// LibreOffice's anti-aliasing may differ a little between builds; a line set anew differs by more.
const tolerance = 0.001

const converted: Record<string, LibreOfficePdf> = {}

beforeAll(async () => {
  const report = await loadReport(examplePath)
  for (const variant of ['final', 'draft', 'digest', 'internal'] as const)
    converted[variant] = libreOfficePdf(
      await renderDocx(resolveReport(report, { variant })),
      variant,
    )
  for (const [name, path] of [
    ['french-final', frenchExamplePath],
    ['arabic-final', arabicExamplePath],
  ] as const)
    converted[name] = libreOfficePdf(
      await renderDocx(resolveReport(await loadReport(path), { variant: 'final' })),
      name,
    )
  const [advance] = selectVariants(['advance'], await loadConfig(typesettingConfigPath))
  converted['typesetting-advance'] = libreOfficePdf(
    await renderDocx(resolveReport(await loadReport(typesettingReportPath), { variant: advance })),
    'typesetting-advance',
  )
}, 360_000)

afterAll(() => {
  for (const pdf of Object.values(converted)) pdf.remove()
})

describe('the DOCX as LibreOffice shows it, against reference images a person has looked at', () => {
  it.each([
    ['final', 1],
    ['final', 2],
    ['draft', 1],
    ['draft', 2],
    ['digest', 1],
    ['internal', 1],
  ] as const)('%s, page %i', (variant, page) => {
    const comparison = compareWithReference(
      rasterise(converted[variant]!.path, page, 50),
      join(references, `example-${variant}-${page}.png`),
    )
    expect(comparison.differentShare, `differences: ${comparison.differencePath}`).toBeLessThan(
      tolerance,
    )
  })

  // The French example's words and spacing; the Arabic example mirrored, numbers at the right;
  // the typesetting report's long title and status shortened in the running head.
  it.each([
    ['french-final', 1],
    ['french-final', 2],
    ['arabic-final', 1],
    ['arabic-final', 2],
    ['typesetting-advance', 1],
  ] as const)('the %s report, page %i', (name, page) => {
    const comparison = compareWithReference(
      rasterise(converted[name]!.path, page, 50),
      join(references, `${name}-${page}.png`),
    )
    expect(comparison.differentShare, `differences: ${comparison.differencePath}`).toBeLessThan(
      tolerance,
    )
  })
})
