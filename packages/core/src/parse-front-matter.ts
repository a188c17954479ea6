import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml'
import type { Location, Problem } from './problem.js'

/** The front matter's data, with where each value was written. */
export interface ParsedFrontMatter {
  data: unknown
  problems: Problem[]
  locate(path: ReadonlyArray<string | number>): Location | undefined
  locateKey(path: ReadonlyArray<string | number>): Location | undefined
}

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

  return {
    data: problems.length > 0 ? undefined : (document.toJS() ?? {}),
    problems,
    locate: (path) => walk(path, false),
    locateKey: (path) => walk(path, true),
  }
}
