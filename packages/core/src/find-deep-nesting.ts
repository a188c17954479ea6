import { type NestingKind, nestingLimits } from './nesting-limits.js'
import { splitFrontMatter } from './split-front-matter.js'

/** Where a source first nests deeper than its limits, and what nests there. */
export interface DeepNesting {
  kind: NestingKind
  /** 1-based line. */
  line: number
  /** 1-based column. */
  column: number
}

const fencePattern = /^ {0,3}(`{3,}|~{3,})(.*)$/
const containerPattern = /^ {0,3}(:{3,})(.*)$/
const listMarker = /^(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)/
const whitespace = /\s/
const punctuation = /[\p{P}\p{S}]/u

/**
 * Finds, in one pass over the body, the first place where the Markdown could nest
 * deeper than `nestingLimits`, before the parser, whose time grows with the square
 * of the nesting, reads it. It counts what could open there and is still open:
 * block quote and list markers at the start of a line (a level of list takes at
 * least two columns of indentation), open `:::` containers, and, within a
 * paragraph, brackets and emphasis delimiters that could open (a level of strong
 * text takes two). It stays near the real depth of any source that nests deeply,
 * so that a source within the limits passes; the tree is checked exactly after parsing.
 */
export function findDeepNesting(text: string): DeepNesting | undefined {
  const frontMatter = splitFrontMatter(text)
  let offset = frontMatter?.bodyOffset ?? 0
  let line = frontMatter?.bodyLine ?? 1
  let fence: { marker: string; length: number } | undefined
  let containers = 0
  let delimiters = 0
  let brackets = 0
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset)
    const end = newline === -1 ? text.length : newline
    const content = text.slice(offset, end)
    const found = scanLine(content)
    if (found) return { ...found, line }
    line++
    offset = end + 1
  }
  return undefined

  function scanLine(content: string): Omit<DeepNesting, 'line'> | undefined {
    const fenceMatch = fencePattern.exec(content)
    if (fence) {
      if (
        fenceMatch !== null &&
        fenceMatch[1]![0] === fence.marker &&
        fenceMatch[1]!.length >= fence.length &&
        fenceMatch[2]!.trim() === ''
      )
        fence = undefined
      return undefined
    }
    if (fenceMatch && !(fenceMatch[1]![0] === '`' && fenceMatch[2]!.includes('`'))) {
      fence = { marker: fenceMatch[1]![0]!, length: fenceMatch[1]!.length }
      return undefined
    }
    let index = 0
    let blocks = containers
    let indent = 0
    let markers = 0
    for (;;) {
      while (content[index] === ' ' || content[index] === '\t') index++
      if (markers === 0) indent = index
      if (content[index] === '>') {
        index++
        blocks++
        markers++
        if (blocks > nestingLimits.block) return { kind: 'quote', column: index }
        continue
      }
      const marker = listMarker.exec(content.slice(index, index + 11))
      if (marker) {
        blocks += markers === 0 ? 1 + Math.floor(indent / 2) : 1
        markers++
        if (blocks > nestingLimits.block) return { kind: 'list', column: index + 1 }
        index += marker[0].length
        continue
      }
      break
    }
    const rest = content.slice(index)
    if (rest.trim() === '') {
      delimiters = 0
      brackets = 0
      return undefined
    }
    const container = containerPattern.exec(rest)
    if (container) {
      if (container[2]!.trim() === '') {
        containers = Math.max(0, containers - 1)
        return undefined
      }
      containers++
      return blocks + 1 > nestingLimits.block ? { kind: 'container', column: index + 1 } : undefined
    }
    for (; index < content.length; index++) {
      const character = content[index]!
      if (character === '\\') {
        index++
      } else if (character === '[') {
        brackets++
        if (depth() > nestingLimits.inline) return { kind: 'inline', column: index + 1 }
      } else if (character === ']') {
        brackets = Math.max(0, brackets - 1)
      } else if (character === '*' || character === '_' || character === '~') {
        let last = index
        while (content[last + 1] === character) last++
        const length = last - index + 1
        const before = content[index - 1] ?? ' '
        const after = content[last + 1] ?? ' '
        const left =
          !whitespace.test(after) && (!punctuation.test(after) || isSpaceOrPunctuation(before))
        const right =
          !whitespace.test(before) && (!punctuation.test(before) || isSpaceOrPunctuation(after))
        if (left && (!right || delimiters === 0)) {
          for (let count = 1; count <= length; count++) {
            delimiters++
            if (depth() > nestingLimits.inline) return { kind: 'inline', column: index + count }
          }
        } else if (right) {
          delimiters = Math.max(0, delimiters - length)
        }
        index = last
      }
    }
    return undefined
  }

  function depth(): number {
    return Math.ceil(delimiters / 2) + brackets
  }
}

function isSpaceOrPunctuation(character: string): boolean {
  return whitespace.test(character) || punctuation.test(character)
}
