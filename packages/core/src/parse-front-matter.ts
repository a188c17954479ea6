import {
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  visit,
} from 'yaml'
import type { Location, Problem } from './problem.js'

/** The front matter's data, with where each value was written. */
export interface ParsedFrontMatter {
  data: unknown
  problems: Problem[]
  locate(path: ReadonlyArray<string | number>): Location | undefined
  locateKey(path: ReadonlyArray<string | number>): Location | undefined
}

/** How many nodes aliases may expand to, as yaml counts them; far above any real report. */
const maxAliasCount = 100

/**
 * Parses YAML front matter that starts on `firstLine` of the file (the line after
 * the opening `---`), keeping positions so problems point into the file.
 * `syntax` names what is parsed in messages, such as `YAML in the front matter`.
 */
export function parseFrontMatter(
  source: string,
  firstLine: number,
  file: string | undefined,
  syntax = 'YAML in the front matter',
): ParsedFrontMatter {
  const lineCounter = new LineCounter()
  const document = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false })
  const at = (offset: number): Location => {
    const { line, col } = lineCounter.linePos(offset)
    return { file, line: line + firstLine - 1, column: col }
  }
  const problems: Problem[] = [...document.errors, ...document.warnings].map((error) => ({
    ...at(error.pos[0]),
    message: `invalid ${syntax}: ${error.message.split('\n')[0]}`,
  }))

  const walk = (path: ReadonlyArray<string | number>, wantKey: boolean): Location | undefined => {
    let node: unknown = document.contents
    let last: Location | undefined =
      node && (node as Node).range ? at((node as Node).range![0]) : undefined
    for (let index = 0; index < path.length; index++) {
      const segment = path[index]
      if (isMap(node)) {
        const pair = node.items.find(
          (item) =>
            isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
        )
        if (!pair) return last
        const key = pair.key as Node
        if (wantKey && index === path.length - 1 && key.range) return at(key.range[0])
        node = pair.value
        const range = (pair.value as Node | null)?.range ?? key.range
        if (range) last = at(range[0])
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined
        if (!item) return last
        node = item
        if (item.range) last = at(item.range[0])
      } else {
        return last
      }
    }
    return last
  }

  let data: unknown
  if (problems.length === 0) {
    try {
      data = document.toJS({ maxAliasCount }) ?? {}
    } catch (error) {
      problems.push(aliasProblem(document, error, at, syntax))
    }
  }

  return {
    data,
    problems,
    locate: (path) => walk(path, false),
    locateKey: (path) => walk(path, true),
  }
}

/**
 * The problem of a document whose aliases cannot be expanded: one that names an
 * anchor not set before it, or aliases that expand to too much (a "billion laughs").
 */
function aliasProblem(
  document: ReturnType<typeof parseDocument>,
  error: unknown,
  at: (offset: number) => Location,
  syntax: string,
): Problem {
  const anchors = new Set<string>()
  let unresolved: Node | undefined
  let first: Node | undefined
  visit(document, (_key, node) => {
    if (isAlias(node)) {
      first ??= node
      if (!anchors.has(node.source)) unresolved ??= node
    } else if (node && typeof node === 'object' && 'anchor' in node && node.anchor) {
      anchors.add(String(node.anchor))
    }
  })
  const message = error instanceof Error ? error.message : String(error)
  if (/unresolved alias/i.test(message) && unresolved && isAlias(unresolved)) {
    return {
      ...at(unresolved.range?.[0] ?? 0),
      message: `invalid ${syntax}: the alias "*${unresolved.source}" names no anchor "&${unresolved.source}" set before it`,
    }
  }
  return {
    ...at(first?.range?.[0] ?? 0),
    message: `invalid ${syntax}: its aliases expand to too much data; write the values out instead`,
  }
}
