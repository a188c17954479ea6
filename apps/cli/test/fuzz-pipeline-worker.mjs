// Runs one fuzz case at a time, in a worker thread that the test can stop when a
// case takes too long: parse and validate the source, then resolve the variant and
// render it as HTML, DOCX and PDF with the built packages, as the command line does.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parentPort } from 'node:worker_threads'
import { isReportError, parseReport, resolveReport } from '@rapporteur/core'
import { renderDocx } from '@rapporteur/docx'
import { renderHtml } from '@rapporteur/html'
import { renderPdf } from '@rapporteur/pdf'
import { strFromU8, unzipSync } from 'fflate'

const scratch = mkdtempSync(join(tmpdir(), 'rapporteur-fuzz-'))

/** What a reader could find in each output: the HTML, every DOCX part, the PDF's text and bytes. */
function readableTexts(html, docx, pdf) {
  const parts = Object.values(unzipSync(docx)).map((bytes) => strFromU8(bytes))
  const file = join(scratch, 'case.pdf')
  writeFileSync(file, pdf)
  const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  })
  return {
    html,
    docx: parts.join('\n'),
    // A word broken at the end of a line is joined again.
    pdf: `${pdfText.replace(/[-\u00ad]\n/g, '').replace(/\s+/g, ' ')}\n${Buffer.from(pdf).toString('latin1')}`,
  }
}

/** A thrown value that is not a ReportError: a crash, with where it came from. */
function crash(step, error) {
  return {
    kind: 'crash',
    step,
    error: error instanceof Error ? (error.stack ?? error.message) : String(error),
  }
}

async function runCase({ source, variant, hiddenWords }) {
  let report
  try {
    report = parseReport(source, { filename: 'report.md' })
  } catch (error) {
    if (isReportError(error)) return { kind: 'invalid', problems: error.problems }
    return crash('parse', error)
  }
  let resolved
  try {
    resolved = resolveReport(report, { variant })
  } catch (error) {
    return crash('resolve', error)
  }
  const outputs = {}
  for (const [format, render] of [
    ['html', () => renderHtml(resolved)],
    ['docx', () => renderDocx(resolved)],
    ['pdf', () => renderPdf(resolved)],
  ]) {
    try {
      outputs[format] = await render()
    } catch (error) {
      if (isReportError(error)) return { kind: 'invalid', problems: error.problems }
      return crash(format, error)
    }
  }
  const texts = readableTexts(outputs.html, outputs.docx, outputs.pdf)
  const leaks = []
  for (const [format, text] of Object.entries(texts))
    for (const word of hiddenWords) if (text.includes(word)) leaks.push(`${word} in ${format}`)
  return { kind: 'valid', rule: report.rule, leaks }
}

parentPort.on('message', async (fuzzCase) => {
  const answer = await runCase(fuzzCase).catch((error) => crash('case', error))
  parentPort.postMessage(answer)
})
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }))
