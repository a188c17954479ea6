import { join } from 'node:path'
import {
  type BuiltInVariantName,
  loadConfig,
  loadReport,
  resolveReport,
  selectVariants,
} from '@rapporteur/core'
import {
  arabicExamplePath,
  examplePath,
  frenchExamplePath,
  scriptReport,
  scriptSamples,
  typesettingConfigPath,
  typesettingReportPath,
} from '@rapporteur/fixtures'
import { compareWithReference, rasterise } from '@rapporteur/fixtures/raster'
import { describe, expect, it } from 'vitest'
import { renderPdf } from '../src/index.js'
import { temporaryFile } from './read-pdf.js'

const references = join(import.meta.dirname, 'reference')
// Anti-aliasing may differ a little between poppler builds; one paragraph set anew differs by
// about 0.2 % of a page.
const tolerance = 0.0005

describe('pages as a reader sees them, against reference images a person has looked at', () => {
  it.each(scriptSamples.map((sample) => [sample.name, sample] as const))(
    'the %s paragraph',
    async (name, sample) => {
      const path = temporaryFile(await renderPdf(scriptReport(sample)), `${name}.pdf`)
      // The masthead and the two paragraphs, at a resolution that shows every mark and joint.
      const page = rasterise(path, 1, 110, { x: 90, y: 90, width: 740, height: 560 })
      const comparison = compareWithReference(page, join(references, `${name}.png`))
      expect(comparison.differentShare, `differences: ${comparison.differencePath}`).toBeLessThan(
        tolerance,
      )
    },
  )

  // Each variant of the example, rendered once: the final report; the digest (the rule, then
  // recommendations by speaker, each with its paragraph); the draft with its line numbers and
  // watermark; the internal record, which names every speaker under its notice.
  const examplePdfs = new Map<string, Promise<string>>()
  const examplePdf = (variant: BuiltInVariantName) => {
    let path = examplePdfs.get(variant)
    if (path === undefined) {
      path = loadReport(examplePath).then(async (source) =>
        temporaryFile(await renderPdf(resolveReport(source, { variant })), `${variant}.pdf`),
      )
      examplePdfs.set(variant, path)
    }
    return path
  }

  it.each([
    ['final', 1],
    ['final', 2],
    ['draft', 1],
    ['draft', 2],
    ['digest', 1],
    ['digest', 2],
    ['internal', 1],
    ['internal', 2],
  ] as const)('the example’s %s PDF, page %i', async (variant, page) => {
    const comparison = compareWithReference(
      rasterise(await examplePdf(variant), page, 60),
      join(references, `example-${variant}-${page}.png`),
    )
    expect(comparison.differentShare, `differences: ${comparison.differencePath}`).toBeLessThan(
      tolerance,
    )
  })

  // The other reports, each rendered once: the French and Arabic examples' final PDFs and the
  // typesetting report in its `advance` variant.
  const otherPdfs = new Map<string, Promise<string>>()
  const otherPdf = (name: 'french-final' | 'arabic-final' | 'typesetting-advance') => {
    let path = otherPdfs.get(name)
    if (path === undefined) {
      path = (async () => {
        if (name === 'typesetting-advance') {
          const [advance] = selectVariants(['advance'], await loadConfig(typesettingConfigPath))
          const report = resolveReport(await loadReport(typesettingReportPath), {
            variant: advance,
          })
          return temporaryFile(await renderPdf(report), `${name}.pdf`)
        }
        const source = name === 'french-final' ? frenchExamplePath : arabicExamplePath
        const report = resolveReport(await loadReport(source), { variant: 'final' })
        return temporaryFile(await renderPdf(report), `${name}.pdf`)
      })()
      otherPdfs.set(name, path)
    }
    return path
  }

  it.each([1, 3])(
    'page %i of the Arabic example’s final PDF: mirrored, numbers at the right, the annex’s table read right to left',
    async (page) => {
      const comparison = compareWithReference(
        rasterise(await otherPdf('arabic-final'), page, 60),
        join(references, `arabic-final-${page}.png`),
      )
      expect(comparison.differentShare, `differences: ${comparison.differencePath}`).toBeLessThan(
        tolerance,
      )
    },
  )

  it.each([1, 2])(
    'page %i of the French example’s final PDF: the French words and punctuation spacing',
    async (page) => {
      const comparison = compareWithReference(
        rasterise(await otherPdf('french-final'), page, 60),
        join(references, `french-final-${page}.png`),
      )
      expect(comparison.differentShare, `differences: ${comparison.differencePath}`).toBeLessThan(
        tolerance,
      )
    },
  )

  // A long title with no short title and a long status, both shortened in the running head;
  // two note markers in a row; a colon before a list; a long address; dates and references.
  it.each([1, 2])('page %i of the typesetting report’s advance PDF', async (page) => {
    const comparison = compareWithReference(
      rasterise(await otherPdf('typesetting-advance'), page, 60),
      join(references, `typesetting-advance-${page}.png`),
    )
    expect(comparison.differentShare, `differences: ${comparison.differencePath}`).toBeLessThan(
      tolerance,
    )
  })
})
