import type { FlowLine, Piece, Rule, Run, TagNode } from '../layout/types.js'
import { type BuildState, placeBox, typeScale } from './build-state.js'
import { baselineFor, noteNumbersOf } from './text-lines.js'

/** One cell: its paragraphs of pieces, stacked. */
export type Cell = Piece[][]

const ruleWidth = 0.5

/**
 * The columns' widths. A column in `fitted` is as wide as its widest cell set on one line
 * (an agenda's times), if that takes no more than half the table; the others share the rest.
 */
function cellWidths(
  state: BuildState,
  rows: readonly Cell[][],
  available: number,
  fitted: readonly number[] = [],
): number[] {
  if (fitted.length > 0) {
    const fit = new Map<number, number>()
    for (const column of fitted) {
      let natural = 0
      for (const row of rows)
        for (const paragraph of row[column] ?? [])
          natural = Math.max(natural, state.text.naturalWidth(paragraph))
      fit.set(column, natural + 2 * typeScale.tablePadding)
    }
    const taken = [...fit.values()].reduce((sum, width) => sum + width, 0)
    if (taken <= available / 2) {
      const others = rows.map((row) => row.filter((_, column) => !fit.has(column)))
      const rest = cellWidths(state, others, available - taken)
      const columns = Math.max(...rows.map((row) => row.length))
      let next = 0
      return Array.from({ length: columns }, (_, column) => fit.get(column) ?? rest[next++]!)
    }
  }
  const columns = Math.max(...rows.map((row) => row.length))
  const natural = Array.from({ length: columns }, () => 0)
  const longestWord = Array.from({ length: columns }, () => 0)
  for (const row of rows) {
    row.forEach((cell, column) => {
      for (const paragraph of cell) {
        longestWord[column] = Math.max(
          longestWord[column]!,
          Math.min(state.text.longestWord(paragraph), available / columns),
        )
        natural[column] = Math.max(natural[column]!, state.text.naturalWidth(paragraph))
      }
    })
  }
  const padded = natural.map((width) => width + 2 * typeScale.tablePadding)
  const total = padded.reduce((sum, width) => sum + width, 0)
  if (total <= available)
    return padded.map((width) => width + (available - total) * (width / total))
  const minimum = longestWord.map((width) => width + 2 * typeScale.tablePadding)
  const weights = padded.map((width) => Math.sqrt(width))
  const weightTotal = weights.reduce((sum, weight) => sum + weight, 0)
  const widths = weights.map((weight, column) =>
    Math.max(minimum[column]!, (available * weight) / weightTotal),
  )
  const scale = available / widths.reduce((sum, width) => sum + width, 0)
  return widths.map((width) => width * scale)
}

/** A table row set as one flow line: cells side by side, never split across pages. */
function rowLine(
  state: BuildState,
  cells: readonly Cell[],
  widths: readonly number[],
  left: number,
  header: boolean,
): FlowLine {
  const size = typeScale.bodySize * 0.95
  const leading = typeScale.bodyLeading * 0.92
  const baseline = baselineFor(size, leading)
  const runs: Run[] = []
  let height = 0
  let x = left
  cells.forEach((cell, column) => {
    const width = widths[column]!
    let y = typeScale.tablePadding
    cell.forEach((paragraph, index) => {
      if (index > 0) y += 2
      const lines = state.text.setParagraph(paragraph, {
        lefts: [placeBox(state, x + typeScale.tablePadding, width - 2 * typeScale.tablePadding)],
        widths: [width - 2 * typeScale.tablePadding],
        align: 'left',
        baseline,
      })
      for (const line of lines) {
        for (const run of line.runs) runs.push({ ...run, baseline: run.baseline + y })
        y += leading
      }
    })
    height = Math.max(height, y + typeScale.tablePadding)
    x += width
  })
  const total = widths.reduce((sum, width) => sum + width, 0)
  const start = placeBox(state, left, total)
  const right = start + total
  const rules: Rule[] = [
    { x1: start, y1: height, x2: right, y2: height, width: header ? ruleWidth * 2 : ruleWidth },
  ]
  if (header) rules.push({ x1: start, y1: 0, x2: right, y2: 0, width: ruleWidth * 2 })
  return {
    height,
    spaceBefore: 0,
    keepWithNext: header,
    runs,
    rules,
    noteNumbers: noteNumbersOf(runs),
    anchor: null,
    repeatHeader: null,
  }
}

/** What a table needs to be set: its header, its rows and their structure tags. */
export interface TableInput {
  header: Cell[]
  rows: Cell[][]
  left: number
  width: number
  spaceBefore: number
  /** Columns as wide as their widest cell, such as an agenda's times. */
  fitted?: number[]
}

/**
 * Sets a table as flow lines, one per row. The header row stays with the first row
 * and repeats at the top of every further page the table spans.
 */
export function tableLines(state: BuildState, table: TableInput): FlowLine[] {
  const widths = cellWidths(state, [table.header, ...table.rows], table.width, table.fitted)
  const header = rowLine(state, table.header, widths, table.left, true)
  header.spaceBefore = table.spaceBefore
  const rows = table.rows.map((row) => {
    const line = rowLine(state, row, widths, table.left, false)
    line.repeatHeader = header
    return line
  })
  return [header, ...rows]
}

/** Structure tags for a table: a Table with a row of header cells and rows of data cells. */
export function tableTags(
  parent: TagNode,
  columns: number,
  rows: number,
): { header: TagNode[]; rows: TagNode[][] } {
  const table: TagNode = { role: 'Table', parent }
  const headerRow: TagNode = { role: 'TR', parent: table }
  return {
    header: Array.from({ length: columns }, () => ({
      role: 'TH',
      parent: headerRow,
      scope: 'Column' as const,
    })),
    rows: Array.from({ length: rows }, () => {
      const row: TagNode = { role: 'TR', parent: table }
      return Array.from({ length: columns }, () => ({ role: 'TD', parent: row }))
    }),
  }
}
