import { jsonPositions } from './json-positions.js'
import type { Location } from './problem.js'
import { ReportError } from './report-error.js'
import type { Report } from './report-schema.js'
import type { SourceMap } from './source-map.js'
import { oversizedSource, tooLargeMessage } from './source-size-limit.js'
import { sourceText } from './source-text.js'
import { type ValidateOptions, validateReport } from './validate-report.js'

/** Options of `parseJsonReport`. */
export interface ParseJsonOptions extends Omit<ValidateOptions, 'sourceMap'> {
  /** The source's file name, used in problem locations. Default: `<input>`. */
  filename?: string
  /** Called with the source map of a valid report, as `parseReport`'s option. */
  onSourceMap?: (sourceMap: SourceMap) => void
}

/**
 * Parses a report model written as JSON (the front matter's fields plus `sections`
 * and `footnotes`) into a validated report. Problems name `file:line:column` where
 * the value was written; bytes that are not UTF-8 are refused at the first one.
 * Throws a `ReportError` listing every problem.
 */
export function parseJsonReport(
  source: string | Uint8Array,
  options: ParseJsonOptions = {},
): Report {
  const { filename, onSourceMap, ...validateOptions } = options
  const file = filename ?? '<input>'
  const oversized = oversizedSource(source)
  if (oversized !== undefined)
    throw new ReportError([{ file, message: tooLargeMessage(oversized) }])
  const text = sourceText(source, file)
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    const message = (error as Error).message
    throw new ReportError([
      { file, ...positionOf(text, message), message: `invalid JSON: ${message}` },
    ])
  }
  try {
    const sourceMap = jsonSourceMap(text, file)
    const report = validateReport(data, { ...validateOptions, sourceMap })
    onSourceMap?.(sourceMap)
    return report
  } catch (error) {
    if (error instanceof ReportError)
      throw new ReportError(error.problems.map((problem) => ({ ...problem, file })))
    throw error
  }
}

/** Where each value of a JSON text was written, as `file:line:column`. */
function jsonSourceMap(text: string, file: string): SourceMap {
  const positions = jsonPositions(text)
  const lineStarts = [0]
  for (let offset = text.indexOf('\n'); offset !== -1; offset = text.indexOf('\n', offset + 1))
    lineStarts.push(offset + 1)
  const at = (offset: number): Location => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (lineStarts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return { file, line: low + 1, column: offset - lineStarts[low]! + 1 }
  }
  return {
    file,
    locate: (path) => at(positions.valueAt(path)),
    locateKey: (path) => at(positions.keyAt(path)),
  }
}

function positionOf(text: string, message: string): { line: number; column: number } {
  const offset = Number(/position (\d+)/.exec(message)?.[1] ?? 0)
  const before = text.slice(0, offset).split('\n')
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 }
}
