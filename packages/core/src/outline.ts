import type { ResolvedReport } from './resolved-model.js'

/** A short outline of a resolved report: masthead, sections with paragraph ranges, notes, annexes. */
export function toOutline(report: ResolvedReport): string {
  const lines = [
    report.masthead.title,
    `${report.masthead.dateLine} · ${report.masthead.statusLine}`,
    '',
  ]
  for (const section of report.sections) {
    const numbers = section.blocks.flatMap((block) =>
      block.type === 'paragraph' && block.number !== null ? [block.number] : [],
    )
    const range =
      numbers.length === 0
        ? ''
        : numbers.length === 1
          ? ` (para. ${numbers[0]})`
          : ` (paras. ${numbers[0]}–${numbers[numbers.length - 1]})`
    lines.push(`${section.numeral.padStart(5)}. ${section.title}${range}`)
  }
  for (const annex of report.annexes) lines.push(`${annex.label}: ${annex.title}`)
  lines.push('', `${report.footnotes.length} footnotes`)
  return lines.join('\n')
}
