import type {
  Definition,
  Heading,
  FootnoteDefinition as MarkdownFootnoteDefinition,
  List as MarkdownList,
  Paragraph as MarkdownParagraph,
  Table as MarkdownTable,
  PhrasingContent,
  Root,
  RootContent,
} from 'mdast'
import type { ContainerDirective, TextDirective } from 'mdast-util-directive'
import { toString as markdownToString } from 'mdast-util-to-string'
import type { Block, ChecklistItem, FootnoteDefinition, Inline, Section } from './content-schema.js'
import type { Person } from './front-matter-schema.js'
import { nestingLimits, tooDeepMessage } from './nesting-limits.js'
import { fullNameOf, shortNameOf } from './person-names.js'
import type { Location, Problem } from './problem.js'
import { unknownReference } from './unknown-reference.js'

/** The body of a report source, converted from Markdown, with where each node was written. */
export interface MarkdownContent {
  sections: Section[]
  footnotes: FootnoteDefinition[]
  positions: WeakMap<object, Location>
  problems: Problem[]
}

interface ConversionState {
  file: string | undefined
  positions: WeakMap<object, Location>
  problems: Problem[]
  definitions: Map<string, Definition>
  /** The `:::` containers that hold the node being converted, outermost first. */
  containers: ContainerDirective[]
  /** The source's lines, to tell a container's own closing `:::` from one it shares. */
  lines: readonly string[]
  /** The people mentions may name, by id, for headings; unknown when the front matter does not parse. */
  people: ReadonlyMap<string, Person> | undefined
}

/** Options of `markdownToContent`. */
export interface ConversionOptions {
  /** The source's file name, used in problem locations. */
  file?: string
  /** The source's text, as parsed. */
  text?: string
  /** The people of the front matter, by id, for mentions in headings; left out when unknown. */
  people?: ReadonlyMap<string, Person>
}

interface Positioned {
  position?: { start: { line: number; column: number } } | undefined
}

const textDirectiveNames = ['person', 'participant', 'recommendation', 'call'] as const
const containerDirectiveNames = ['recommendations', 'unnumbered'] as const

function locationOf(state: ConversionState, node: Positioned): Location {
  const start = node.position?.start
  return start ? { file: state.file, line: start.line, column: start.column } : { file: state.file }
}

function report(state: ConversionState, node: Positioned, message: string): void {
  state.problems.push({ ...locationOf(state, node), message })
}

function remember<T extends object>(state: ConversionState, value: T, node: Positioned): T {
  state.positions.set(value, locationOf(state, node))
  return value
}

const fenceLine = /^\s*:{3,}\s*$/

/**
 * Converts the Markdown body (an mdast tree from remark with GFM, front matter
 * and directives) into sections and footnote definitions.
 */
export function markdownToContent(tree: Root, options: ConversionOptions = {}): MarkdownContent {
  const state: ConversionState = {
    file: options.file,
    positions: new WeakMap(),
    problems: [],
    definitions: new Map(),
    containers: [],
    lines: options.text?.split('\n') ?? [],
    people: options.people,
  }
  for (const child of tree.children) {
    if (child.type === 'definition') state.definitions.set(child.identifier, child)
  }
  const sections: Section[] = []
  const footnotes: FootnoteDefinition[] = []
  let current: Section | undefined
  let reportedOrphan = false

  for (const child of tree.children) {
    if (child.type === 'yaml' || child.type === 'definition') continue
    if (child.type === 'footnoteDefinition') {
      footnotes.push(convertFootnoteDefinition(state, child))
      continue
    }
    if (child.type === 'heading' && child.depth === 1) {
      current = remember(
        state,
        { type: 'section', title: headingText(state, child), blocks: [] } as Section,
        child,
      )
      sections.push(current)
      continue
    }
    const blocks = convertBlock(state, child)
    if (blocks.length === 0) continue
    if (!current) {
      if (!reportedOrphan) {
        report(state, child, 'content before the first section: start the body with a "# Heading"')
        reportedOrphan = true
      }
      continue
    }
    current.blocks.push(...blocks)
  }
  return { sections, footnotes, positions: state.positions, problems: state.problems }
}

function convertBlock(state: ConversionState, node: RootContent): Block[] {
  switch (node.type) {
    case 'paragraph':
      return [convertParagraph(state, node, true)]
    case 'heading':
      return [
        remember(state, { type: 'subheading', text: headingText(state, node) } as Block, node),
      ]
    case 'list':
      return [convertList(state, node)]
    case 'table':
      return [convertTable(state, node)]
    case 'containerDirective':
      return convertContainerDirective(state, node)
    case 'leafDirective':
      report(
        state,
        node,
        `unknown directive "::${node.name}"; blocks use ":::recommendations{speaker=ID}" or ":::unnumbered"`,
      )
      return []
    case 'html':
      report(state, node, 'raw HTML is not allowed in a report; write Markdown instead')
      return []
    case 'code':
      report(state, node, 'code blocks are not supported in a report')
      return []
    case 'blockquote':
      report(state, node, 'block quotes are not supported in a report')
      return []
    case 'thematicBreak':
      report(
        state,
        node,
        'thematic breaks (---) are not supported; start a new section with "# Heading"',
      )
      return []
    default:
      report(state, node, `unsupported Markdown element (${node.type})`)
      return []
  }
}

/**
 * The text of a heading, with each mention written out: the short form (`Ms. Omidvar`)
 * unless `form=full` asks for the full one. A heading is one line of text, so its
 * mentions are worded here, where the people are known, instead of at resolution.
 */
function headingText(state: ConversionState, node: Heading): string {
  const textOf = (inline: PhrasingContent): string => {
    if (inline.type === 'textDirective' && inline.name === 'person') {
      const id = inline.attributes?.id ?? markdownToString(inline).trim()
      if (!state.people) return ''
      const person = state.people.get(id)
      if (!person) {
        report(
          state,
          inline,
          `mention of ${unknownReference('person', id, [...state.people.keys()])}`,
        )
        return ''
      }
      return inline.attributes?.form === 'full' ? fullNameOf(person) : shortNameOf(person)
    }
    if ('children' in inline) return inline.children.map(textOf).join('')
    return 'value' in inline ? inline.value : ''
  }
  return node.children.map(textOf).join('').trim()
}

function convertParagraph(
  state: ConversionState,
  node: MarkdownParagraph,
  numbered: boolean,
): Block {
  reportStrayFences(state, node)
  return remember(
    state,
    { type: 'paragraph', numbered, content: convertInlines(state, node.children) } as Block,
    node,
  )
}

/** Reports the lines of a paragraph that are a `:::` alone, which close no container. */
function reportStrayFences(state: ConversionState, node: MarkdownParagraph): void {
  const start = node.position?.start.line
  const end = node.position?.end.line
  if (start === undefined || end === undefined) return
  for (let line = start; line <= end; line++) {
    const text = state.lines[line - 1] ?? ''
    if (!fenceLine.test(text)) continue
    state.problems.push({
      file: state.file,
      line,
      column: text.indexOf(':') + 1,
      message:
        'a ":::" line that closes no block: remove it, or open the block it ends with ":::unnumbered" or ":::recommendations{speaker=ID}"',
    })
  }
}

/** Whether a container ends at a `:::` line of its own, rather than where its holder or the file ends. */
function endsAtOwnFence(state: ConversionState, node: ContainerDirective): boolean {
  const end = node.position?.end
  if (!end) return true
  return fenceLine.test((state.lines[end.line - 1] ?? '').slice(0, end.column - 1))
}

/**
 * Reports a container whose `:::` line is missing: it would hold everything after it
 * up to the end of the file, or the `:::` of the container holding it closes both.
 */
function reportUnclosed(state: ConversionState, node: ContainerDirective): void {
  if (state.lines.length === 0 || endsAtOwnFence(state, node)) return
  const holder = state.containers[state.containers.length - 1]
  const holderEnd = holder?.position?.end.line
  if (holder && holderEnd === node.position?.end.line && endsAtOwnFence(state, holder)) {
    report(
      state,
      holder,
      `the ":::${holder.name}" block opened here and the ":::${node.name}" block at line ${node.position?.start.line} share one closing ":::" (line ${holderEnd}): end each block with its own ":::" line`,
    )
    return
  }
  report(
    state,
    node,
    `the ":::${node.name}" block opened here is never closed: end it with a ":::" line`,
  )
}

function convertContainerDirective(state: ConversionState, node: ContainerDirective): Block[] {
  if (state.containers.length >= nestingLimits.block) {
    report(state, node, tooDeepMessage('container'))
    return []
  }
  reportUnclosed(state, node)
  state.containers.push(node)
  try {
    return convertContainerContent(state, node)
  } finally {
    state.containers.pop()
  }
}

function convertContainerContent(state: ConversionState, node: ContainerDirective): Block[] {
  if (node.name === 'unnumbered') {
    const blocks: Block[] = []
    for (const child of node.children) {
      if (child.type === 'paragraph') blocks.push(convertParagraph(state, child, false))
      else blocks.push(...convertBlock(state, child))
    }
    return blocks
  }
  if (node.name === 'recommendations') {
    const speaker = node.attributes?.speaker ?? ''
    if (!speaker) {
      report(state, node, 'recommendations need a speaker: ":::recommendations{speaker=ID}"')
    }
    const lists = node.children.filter((child): child is MarkdownList => child.type === 'list')
    const others = node.children.filter((child) => child.type !== 'list')
    for (const other of others) {
      report(state, other, 'a recommendations block holds one list ("- …" items) and nothing else')
    }
    if (lists.length === 0) {
      report(state, node, 'a recommendations block needs a list of items ("- …")')
      return []
    }
    const items = lists.flatMap((list) => list.children.map((item) => listItemInlines(state, item)))
    return [remember(state, { type: 'recommendations', speaker, items } as Block, node)]
  }
  report(
    state,
    node,
    `unknown directive ":::${node.name}"; known: ${containerDirectiveNames.map((name) => `:::${name}`).join(', ')}`,
  )
  return []
}

function listItemInlines(state: ConversionState, item: MarkdownList['children'][number]): Inline[] {
  const inlines: Inline[] = []
  for (const child of item.children) {
    if (child.type === 'paragraph') {
      if (inlines.length > 0) inlines.push({ type: 'break' })
      inlines.push(...convertInlines(state, child.children))
    } else if (child.type === 'list') {
      report(state, child, 'nested lists are not supported')
    } else {
      report(state, child, `unsupported element in a list item (${child.type})`)
    }
  }
  return inlines
}

function convertList(state: ConversionState, node: MarkdownList): Block {
  const isChecklist =
    node.children.length > 0 && node.children.every((item) => typeof item.checked === 'boolean')
  if (isChecklist) {
    const items = node.children.map((item) => checklistItem(state, item))
    return remember(state, { type: 'checklist', items } as Block, node)
  }
  const items = node.children.map((item) => listItemInlines(state, item))
  return remember(state, { type: 'list', ordered: node.ordered === true, items } as Block, node)
}

function checklistItem(
  state: ConversionState,
  item: MarkdownList['children'][number],
): ChecklistItem {
  const inlines = listItemInlines(state, item)
  const [first, ...rest] = inlines
  if (first?.type !== 'strong') return { leadIn: [], content: inlines }
  const [next, ...tail] = rest
  if (next?.type === 'text') {
    const trimmed = next.value.replace(/^\s+/, '')
    return {
      leadIn: first.children,
      content: trimmed ? [{ type: 'text', value: trimmed }, ...tail] : tail,
    }
  }
  return { leadIn: first.children, content: rest }
}

function convertTable(state: ConversionState, node: MarkdownTable): Block {
  const [head, ...body] = node.children
  const cells = (row: MarkdownTable['children'][number]) =>
    row.children.map((cell) => convertInlines(state, cell.children))
  return remember(
    state,
    { type: 'table', header: head ? cells(head) : [], rows: body.map(cells) } as Block,
    node,
  )
}

function convertFootnoteDefinition(
  state: ConversionState,
  node: MarkdownFootnoteDefinition,
): FootnoteDefinition {
  const content: Inline[] = []
  for (const child of node.children) {
    if (child.type === 'paragraph') {
      if (content.length > 0) content.push({ type: 'text', value: ' ' })
      content.push(...convertInlines(state, child.children))
    } else {
      report(state, child, `a footnote holds paragraphs only, found ${child.type}`)
    }
  }
  return remember(state, { identifier: node.identifier, content }, node)
}

/** Converts phrasing content held by `depth` emphasis, strong, strikethrough and link nodes. */
function convertInlines(state: ConversionState, nodes: PhrasingContent[], depth = 0): Inline[] {
  const result: Inline[] = []
  for (const node of nodes) {
    const converted = convertInline(state, node, depth)
    for (const inline of converted) {
      const previous = result[result.length - 1]
      if (inline.type === 'text' && previous?.type === 'text') previous.value += inline.value
      else result.push(inline)
    }
  }
  return result
}

const nestingTypes = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference'])

function convertInline(state: ConversionState, node: PhrasingContent, depth: number): Inline[] {
  if (depth >= nestingLimits.inline && nestingTypes.has(node.type)) {
    report(state, node, tooDeepMessage('inline'))
    return []
  }
  const inner = depth + 1
  switch (node.type) {
    case 'text': {
      const dangling = /\[\^([^\]\s]+)\]/.exec(node.value)
      if (dangling) {
        report(state, node, `footnote [^${dangling[1]}] is referenced but never defined`)
      }
      return [{ type: 'text', value: node.value.replace(/\s*\n\s*/g, ' ') }]
    }
    case 'emphasis':
      return [{ type: 'emphasis', children: convertInlines(state, node.children, inner) }]
    case 'strong':
      return [{ type: 'strong', children: convertInlines(state, node.children, inner) }]
    case 'delete':
      return convertInlines(state, node.children, inner)
    case 'inlineCode':
      return [{ type: 'text', value: node.value }]
    case 'break':
      return [{ type: 'break' }]
    case 'link':
      return [
        remember(
          state,
          { type: 'link', url: node.url, children: convertInlines(state, node.children, inner) },
          node,
        ),
      ]
    case 'linkReference': {
      const definition = state.definitions.get(node.identifier)
      if (!definition) return convertInlines(state, node.children, inner)
      return [
        remember(
          state,
          {
            type: 'link',
            url: definition.url,
            children: convertInlines(state, node.children, inner),
          },
          node,
        ),
      ]
    }
    case 'footnoteReference':
      return [remember(state, { type: 'footnoteReference', identifier: node.identifier }, node)]
    case 'textDirective':
      return convertTextDirective(state, node, inner)
    case 'html':
      report(state, node, 'raw HTML is not allowed in a report; write Markdown instead')
      return []
    case 'image':
    case 'imageReference':
      report(state, node, 'images are not supported in a report')
      return []
    default:
      report(state, node, `unsupported Markdown element (${(node as { type: string }).type})`)
      return []
  }
}

function convertTextDirective(
  state: ConversionState,
  node: TextDirective,
  depth: number,
): Inline[] {
  const attributes = node.attributes ?? {}
  if (node.name === 'recommendation' || node.name === 'call') {
    if (depth > nestingLimits.inline) {
      report(state, node, tooDeepMessage('inline'))
      return []
    }
    const children = convertInlines(state, node.children, depth)
    if (children.length === 0) {
      report(
        state,
        node,
        `a ${node.name} needs its words: ":${node.name}[the words]{by=ID}", or "{by=participant}"`,
      )
      return []
    }
    const marked: Inline = { type: 'recommendation', kind: node.name, children }
    // An empty `by` says no more than none: validation asks who made it.
    if (attributes.by) marked.by = attributes.by
    for (const name of Object.keys(attributes)) {
      if (name !== 'by')
        report(state, node, `a ${node.name} takes only "by" (who made it), found "${name}"`)
    }
    return [remember(state, marked, node)]
  }
  if (node.name === 'person') {
    const person = attributes.id ?? markdownToString(node).trim()
    if (!person) {
      report(state, node, 'a mention needs the person\'s id: ":person{#id}"')
      return []
    }
    const form = attributes.form
    if (form !== undefined && form !== 'full' && form !== 'short') {
      report(state, node, `a mention's form is "full" or "short", found "${form}"`)
    }
    const mention: Inline = { type: 'mention', person }
    if (form === 'full' || form === 'short') mention.form = form
    return [remember(state, mention, node)]
  }
  if (node.name === 'participant') {
    const label = markdownToString(node).trim()
    if (!label) {
      report(
        state,
        node,
        'an intervention needs the words of the text: ":participant[A participant]"',
      )
      return []
    }
    const participant: Inline = { type: 'participant', label }
    if (attributes.id) participant.identity = attributes.id
    return [remember(state, participant, node)]
  }
  report(
    state,
    node,
    `unknown directive ":${node.name}"; known: ${textDirectiveNames.map((name) => `:${name}`).join(', ')} (write "\\:" for a literal colon)`,
  )
  return []
}
