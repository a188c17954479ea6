import type { Yaml } from 'mdast'

/** The front matter at the start of a source, and where the Markdown body after it starts. */
export interface FrontMatterBlock {
  /** The front matter as remark-frontmatter gives it: its YAML text and position. */
  node: Yaml
  /** The line (1-based) the body starts on. */
  bodyLine: number
  /** The offset the body starts at. */
  bodyOffset: number
}

const fence = /^---[ \t]*$/

/**
 * Finds YAML front matter as remark-frontmatter does: a first line `---`, then the
 * YAML, then a line `---` (each fence may end in spaces or tabs). Returns undefined
 * when the source does not start so, or when no body follows the closing fence's
 * line break, which leaves those rare sources to the parser as they are.
 */
export function splitFrontMatter(text: string): FrontMatterBlock | undefined {
  if (!text.startsWith('---')) return undefined
  let lineStart = 0
  let line = 1
  let valueStart = -1
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart)
    if (newline === -1) return undefined
    const lineEnd = text[newline - 1] === '\r' ? newline - 1 : newline
    const content = text.slice(lineStart, lineEnd)
    if (line === 1) {
      if (!fence.test(content)) return undefined
      valueStart = newline + 1
    } else if (fence.test(content)) {
      // The value leaves out the line break before the closing fence.
      const valueEnd =
        line === 2 ? valueStart : text[lineStart - 2] === '\r' ? lineStart - 2 : lineStart - 1
      if (newline + 1 >= text.length) return undefined
      return {
        node: {
          type: 'yaml',
          value: text.slice(valueStart, valueEnd),
          position: {
            start: { line: 1, column: 1, offset: 0 },
            end: { line, column: lineEnd - lineStart + 1, offset: lineEnd },
          },
        },
        bodyLine: line + 1,
        bodyOffset: newline + 1,
      }
    }
    lineStart = newline + 1
    line++
  }
  return undefined
}
