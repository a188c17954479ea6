import type { Nodes, Root } from 'mdast'
import { normalizeIdentifier } from 'micromark-util-normalize-identifier'
import type { Extension, TokenizeContext } from 'micromark-util-types'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { type Processor, unified } from 'unified'
import { useLinearAttention } from './adapters/micromark-attention.js'
import { gfmSyntax } from './gfm-syntax.js'
import { splitFrontMatter } from './split-front-matter.js'

/** Where a source is cut into pieces for parsing. */
export interface PieceSizes {
  /**
   * Sources at least this long are parsed a piece at a time. Below it, one parse is
   * faster; above it, micromark's cost grows faster than the source (it rebuilds its
   * list of events each time a container closes), which pieces keep linear.
   */
  threshold: number
  /** A piece ends at the first safe heading past this length. */
  length: number
}

const defaultSizes: PieceSizes = { threshold: 96 * 1024, length: 32 * 1024 }

/** The labels that definitions anywhere in the source give, as micromark normalises them. */
interface Definitions {
  notes: string[]
  links: string[]
}

/**
 * micromark recognises a footnote call or a reference link only when its definition
 * is in the same parse. A piece is told the definitions of the whole source before
 * its text is read: the parser keeps them in `gfmFootnotes` (footnotes) and `defined`.
 */
function knownDefinitions(holder: { current: Definitions | undefined }) {
  const told = new WeakSet<object>()
  const extension: Extension = {
    flow: {
      null: {
        name: 'knownDefinitions',
        tokenize(this: TokenizeContext, _effects, _ok, nok) {
          const parser = this.parser as TokenizeContext['parser'] & { gfmFootnotes?: string[] }
          const given = holder.current
          if (given && !told.has(parser)) {
            told.add(parser)
            parser.gfmFootnotes = [...new Set([...(parser.gfmFootnotes ?? []), ...given.notes])]
            parser.defined.push(...given.links)
          }
          return nok
        },
      },
    },
  }
  return function (this: Processor) {
    const data = this.data()
    data.micromarkExtensions ??= []
    data.micromarkExtensions.push(extension)
  }
}

const holder: { current: Definitions | undefined } = { current: undefined }

/** The processor for a whole source, front matter included. */
const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(gfmSyntax)
  .use(remarkDirective)

/** The processor for a body: the same, without front matter. */
const bodyProcessor = unified().use(remarkParse).use(gfmSyntax).use(remarkDirective)

/** The processor for pieces of a body: the same, told the definitions of the whole body. */
const pieceProcessor = bodyProcessor().use(knownDefinitions(holder))

/**
 * Parses a report source into its Markdown tree (mdast), front matter included.
 *
 * The front matter is taken apart before the body is parsed (see `splitFrontMatter`):
 * the parser need not read the YAML character by character.
 *
 * A long body is parsed in pieces cut where every Markdown block ends (see
 * `cutPieces`; a source with HTML blocks is parsed at once), so that time and
 * memory grow with the source, not faster. Each piece is told the definitions of the
 * whole body, and the pieces' trees are joined with the positions they have in the
 * whole source: the result is the tree of one parse. The definitions are foreseen
 * from the lines that start one; when the pieces' trees show other definitions, the
 * body is parsed at once.
 */
export function parseMarkdown(text: string, sizes: PieceSizes = defaultSizes): Root {
  // Emphasis and strong text take time that grows with the paragraph, not its square.
  useLinearAttention()
  const frontMatter = splitFrontMatter(text)
  if (frontMatter === undefined) {
    // Sources that open with a fence the split does not take are left to the whole parser.
    if (/^\uFEFF?---/.test(text)) return processor.runSync(processor.parse(text)) as Root
    return parseBody(text, sizes)
  }
  const body = parseBody(text.slice(frontMatter.bodyOffset), sizes)
  shift(body, frontMatter.bodyLine - 1, frontMatter.bodyOffset)
  return {
    type: 'root',
    children: [frontMatter.node, ...body.children],
    position: { start: { line: 1, column: 1, offset: 0 }, end: body.position!.end },
  }
}

/** Parses a body (no front matter), in pieces when it is long. */
function parseBody(text: string, sizes: PieceSizes): Root {
  const pieces = text.length >= sizes.threshold ? cutPieces(text, sizes.length) : undefined
  if (!pieces || pieces.length < 2) return parseAtOnce(text)
  const foreseen = foreseeDefinitions(text)
  let trees: Root[]
  try {
    holder.current = foreseen
    trees = pieces.map((piece) => pieceProcessor.runSync(pieceProcessor.parse(piece.text)) as Root)
  } finally {
    holder.current = undefined
  }
  const found: Definitions = { notes: [], links: [] }
  const root: Root = { type: 'root', children: [] }
  trees.forEach((tree, index) => {
    const { line, offset } = pieces[index]!
    visit(tree, (node) => {
      if (node.type === 'footnoteDefinition')
        found.notes.push(normalizeIdentifier(node.label ?? node.identifier))
      if (node.type === 'definition')
        found.links.push(normalizeIdentifier(node.label ?? node.identifier))
    })
    if (index > 0) shift(tree, line - 1, offset)
    root.children.push(...tree.children)
  })
  if (!sameLabels(found.notes, foreseen.notes) || !sameLabels(found.links, foreseen.links))
    return parseAtOnce(text)
  root.position = {
    start: { line: 1, column: 1, offset: 0 },
    end: { ...trees[trees.length - 1]!.position!.end },
  }
  return root
}

function parseAtOnce(body: string): Root {
  return bodyProcessor.runSync(bodyProcessor.parse(body)) as Root
}

/** Moves the positions of a tree's nodes (not the root's start) down by lines and offset. */
function shift(tree: Root, lines: number, offset: number): void {
  const move = (point: { line: number; offset?: number | undefined }) => {
    point.line += lines
    point.offset = (point.offset ?? 0) + offset
  }
  for (const child of tree.children)
    visit(child, (node) => {
      if (node.position) {
        move(node.position.start)
        move(node.position.end)
      }
    })
  if (tree.position) move(tree.position.end)
}

function visit(node: Nodes, action: (node: Nodes) => void): void {
  action(node)
  if ('children' in node) for (const child of node.children) visit(child, action)
}

function sameLabels(found: readonly string[], foreseen: readonly string[]): boolean {
  const left = new Set(found)
  const right = new Set(foreseen)
  return left.size === right.size && [...left].every((label) => right.has(label))
}

/** A piece of the source: its text, and the line (1-based) and offset it starts at. */
export interface Piece {
  text: string
  line: number
  offset: number
}

const fencePattern = /^ {0,3}(`{3,}|~{3,})(.*)$/
const containerPattern = /^ {0,3}(:{3,})(.*)$/
const htmlPattern = /^ {0,3}<[A-Za-z!?/]/
const headingPattern = /^#(?:[ \t]|$)/
/**
 * A line that, after a blank line, starts a block of its own: it is not indented
 * (which would continue a list item, a note or indented code) and starts no list
 * item (which would continue a list).
 */
const blockStartPattern = /^(?![*+-](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))\S/

/** The lines of a text, each with where it starts and the line break cut off. */
function* linesOf(text: string): Generator<{ line: string; number: number; offset: number }> {
  let offset = 0
  let number = 1
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset)
    const end = newline === -1 ? text.length : newline
    yield { line: text.slice(offset, end).replace(/\r$/, ''), number, offset }
    offset = end + 1
    number++
  }
}

/**
 * Cuts a body (no front matter) where no block is open, outside fenced code and
 * directive containers (`:::`): before top-level `# ` headings, and before a line
 * that starts a block after a blank line, so that a long section is cut too.
 * Returns undefined when the body holds an HTML block.
 */
export function cutPieces(text: string, pieceLength: number): Piece[] | undefined {
  const pieces: Piece[] = []
  let start = 0
  let startLine = 1
  let fence: { marker: string; length: number } | undefined
  const containers: number[] = []
  let afterBlank = false
  for (const { line, number, offset } of linesOf(text)) {
    const fenceMatch = fencePattern.exec(line)
    if (fence) {
      const closes =
        fenceMatch !== null &&
        fenceMatch[1]![0] === fence.marker &&
        fenceMatch[1]!.length >= fence.length &&
        fenceMatch[2]!.trim() === ''
      if (closes) fence = undefined
      afterBlank = false
      continue
    }
    if (fenceMatch && !(fenceMatch[1]![0] === '`' && fenceMatch[2]!.includes('`'))) {
      fence = { marker: fenceMatch[1]![0]!, length: fenceMatch[1]!.length }
      afterBlank = false
      continue
    }
    if (htmlPattern.test(line)) return undefined
    const containerMatch = containerPattern.exec(line)
    if (containerMatch) {
      const colons = containerMatch[1]!.length
      if (containerMatch[2]!.trim() !== '') containers.push(colons)
      else if (containers.length > 0 && colons >= containers[containers.length - 1]!)
        containers.pop()
      afterBlank = false
      continue
    }
    const blank = line.trim() === ''
    if (
      containers.length === 0 &&
      offset - start >= pieceLength &&
      (headingPattern.test(line) || (afterBlank && blockStartPattern.test(line)))
    ) {
      pieces.push({ text: text.slice(start, offset), line: startLine, offset: start })
      start = offset
      startLine = number
    }
    afterBlank = blank
  }
  pieces.push({ text: text.slice(start), line: startLine, offset: start })
  return pieces
}

const noteDefinitionPattern = /^ {0,3}\[\^([^\]\n]+)\]:/gm
const linkDefinitionPattern = /^ {0,3}\[(?!\^)((?:[^\]\\\n]|\\.)+)\]:/gm

/** The labels of the definitions the source's lines start, normalised as micromark does. */
function foreseeDefinitions(text: string): Definitions {
  return {
    notes: [...text.matchAll(noteDefinitionPattern)].map((match) => normalizeIdentifier(match[1]!)),
    links: [...text.matchAll(linkDefinitionPattern)].map((match) => normalizeIdentifier(match[1]!)),
  }
}
