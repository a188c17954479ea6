// Word spacing of the example's final PDF, measured with ../../../shared/tools/pdf-word-spacing.py
// (poppler's word boxes): the share of justified lines whose widest gap is 0.5 em or more and
// 0.75 em or more. With TYPST_COMPILER set to the folder of an installed
// `@myriaddreamin/typst-ts-node-compiler` (a benchmark-only tool, never a dependency:
// `npm install --prefix /tmp/typst @myriaddreamin/typst-ts-node-compiler`), it also sets the same
// paragraphs with Typst in the same font, size, leading and measure, and measures them alike.
// Run with `node bench/word-spacing.mjs` after `pnpm build`.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { inlineText, loadReport, resolveReport } from '@rapporteur/core'
import { renderPdf } from '../dist/index.js'

const here = dirname(fileURLToPath(import.meta.url))
const tool = join(here, '../../../../shared/tools/pdf-word-spacing.py')
const example = join(here, '../../../examples/gcm-parliamentarians-2022/report.md')
const scratch = mkdtempSync(join(tmpdir(), 'rapporteur-spacing-'))

function measure(path) {
  return JSON.parse(execFileSync('python3', [tool, path]).toString())
}

function line(name, figures) {
  const percent = (value) => `${(value * 100).toFixed(1)} %`
  console.log(
    `${name.padEnd(10)} ${String(figures.lines).padStart(5)} lines   ≥ 0.5 em: ${percent(figures.wide_0_5em).padStart(7)}   ≥ 0.75 em: ${percent(figures.wide_0_75em).padStart(7)}   median gap ${figures.median_gap_em.toFixed(3)} em   hyphenated ends ${figures.hyphenated_line_ends}`,
  )
}

const report = resolveReport(await loadReport(example), { variant: 'final' })
const ours = join(scratch, 'final.pdf')
writeFileSync(ours, await renderPdf(report))
const figures = measure(ours)
line('Rapporteur', figures)
console.log(
  `  target: at most 10 % of lines at 0.5 em or more, none at 0.75 em: ${figures.wide_0_5em <= 0.1 && figures.wide_0_75em === 0 ? 'met' : 'NOT MET'}`,
)

if (process.env.TYPST_COMPILER) {
  const require = createRequire(join(process.env.TYPST_COMPILER, 'node_modules/'))
  const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler')
  const fontFolder = join(
    dirname(createRequire(import.meta.url).resolve('@expo-google-fonts/tinos/package.json')),
    '400Regular',
  )
  const paragraphs = report.sections.flatMap((section) =>
    section.blocks.flatMap((block) =>
      block.type === 'paragraph' ? [inlineText(block.content)] : [],
    ),
  )
  const escapeMarkup = (text) =>
    text.replace(/[\\#*_`$@<>[\]~"=/-]/g, (character) => `\\${character}`)
  // The PDF's text column: 10 pt Tinos on 13.6 pt lines, 417.28 pt wide.
  const source = [
    '#set page(width: 595.28pt, height: 841.89pt, margin: (left: 106pt, right: 72pt, top: 72pt, bottom: 68pt))',
    '#set text(font: "Tinos", size: 10pt, lang: "en", hyphenate: true)',
    '#set par(justify: true, leading: 3.6pt, spacing: 6.8pt)',
    ...paragraphs.map(escapeMarkup),
  ].join('\n\n')
  const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths: [fontFolder] }] })
  const typst = join(scratch, 'typst.pdf')
  writeFileSync(typst, compiler.pdf({ mainFileContent: source }))
  line('Typst', measure(typst))
}
