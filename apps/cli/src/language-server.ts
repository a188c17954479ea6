import { fileURLToPath } from 'node:url'
import {
  findLanguage,
  frontMatterJsonSchema,
  fullNameOf,
  isReportError,
  type NameForms,
  type Person,
  type Problem,
  parseReport,
  shortNameOf,
} from '@rapporteur/core'
import {
  type CompletionItem,
  CompletionItemKind,
  createConnection,
  type Diagnostic,
  DiagnosticSeverity,
  type Hover,
  MarkupKind,
  type Position,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver/node'
import { TextDocument } from 'vscode-languageserver-textdocument'

/** What an entry of `people:` gives while the report may not be valid: its id, and the text fields written. */
type PersonEntry = Partial<Person> & Pick<Person, 'id'>

/** What the front matter of a document being edited names, read leniently. */
interface Names {
  people: PersonEntry[]
  participants: { id: string; name?: string }[]
  footnotes: string[]
  /** The line (0-based) of the front matter's closing `---`, or -1 while it is open. */
  frontMatterEnd: number
  /** How the report's language writes a name; English's while the front matter names no language. */
  forms?: NameForms
}

/**
 * `rapporteur lsp`: a language server on standard input and output for report
 * sources. It publishes the problems `validate` finds as the file is edited,
 * completes person and participant ids in `:person{#…}`, `:participant[…]{#…}` and
 * `speaker=`, footnote labels in `[^…]` and front-matter fields, and shows a
 * person's full and short forms on hover over a mention.
 */
export function startLanguageServer(): void {
  const connection = createConnection(process.stdin, process.stdout)
  const documents = new TextDocuments(TextDocument)
  const fields = frontMatterFields()

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: ['#', '^', '='] },
      hoverProvider: true,
    },
    serverInfo: { name: 'rapporteur' },
  }))

  documents.onDidChangeContent(({ document }) => {
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: diagnose(document) })
  })
  documents.onDidClose(({ document }) => {
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] })
  })

  connection.onCompletion(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri)
    return document ? complete(document, position, fields) : []
  })
  connection.onHover(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri)
    return document ? hover(document, position) : null
  })

  documents.listen(connection)
  connection.listen()
}

/** The problems of a document, as `validate` finds them, as diagnostics. */
function diagnose(document: TextDocument): Diagnostic[] {
  const warnings: Problem[] = []
  let problems: readonly Problem[] = []
  try {
    parseReport(document.getText(), {
      filename: fileName(document.uri),
      onWarning: (warning) => warnings.push(warning),
    })
  } catch (error) {
    if (!isReportError(error)) throw error
    problems = error.problems
  }
  const lines = document.getText().split(/\r\n|\r|\n/)
  return [...problems, ...warnings].map((problem) => {
    const line = Math.max(0, (problem.line ?? 1) - 1)
    const character = Math.max(0, (problem.column ?? 1) - 1)
    const text = lines[line] ?? ''
    const word = /^\S*/.exec(text.slice(character))?.[0].length ?? 0
    return {
      range: {
        start: { line, character },
        end: { line, character: Math.min(text.length, character + Math.max(1, word)) },
      },
      severity:
        problem.severity === 'warning' ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error,
      source: 'rapporteur',
      message:
        problem.line === undefined && problem.path
          ? `${problem.path.join('.')}: ${problem.message}`
          : problem.message,
    }
  })
}

function complete(
  document: TextDocument,
  position: Position,
  fields: readonly CompletionItem[],
): CompletionItem[] {
  const names = readNames(document.getText())
  const line = document.getText({ start: { line: position.line, character: 0 }, end: position })
  if (
    /:person\{[^}]*#[\w-]*$/.test(line) ||
    /:::recommendations\{[^}]*speaker=[\w-]*$/.test(line) ||
    /:(?:recommendation|call)\[[^\]]*\]\{[^}]*by=[\w-]*$/.test(line)
  )
    return names.people.map((person) => {
      const detail = fullFormOf(person, names.forms) ?? person.name
      return {
        label: person.id,
        kind: CompletionItemKind.Value,
        ...(detail === undefined ? {} : { detail }),
      }
    })
  if (/:participant\[[^\]]*\]\{[^}]*#[\w-]*$/.test(line))
    return names.participants.map((participant) => ({
      label: participant.id,
      kind: CompletionItemKind.Value,
      ...(participant.name === undefined ? {} : { detail: participant.name }),
    }))
  if (/\[\^[^\]\s]*$/.test(line) && position.line > names.frontMatterEnd)
    return names.footnotes.map((label) => ({ label, kind: CompletionItemKind.Reference }))
  if (
    position.line > 0 &&
    position.line < frontMatterEndOrEnd(names, document) &&
    /^\w*$/.test(line)
  )
    return [...fields]
  return []
}

function frontMatterEndOrEnd(names: Names, document: TextDocument): number {
  return names.frontMatterEnd === -1 ? document.lineCount : names.frontMatterEnd
}

function hover(document: TextDocument, position: Position): Hover | null {
  const text = document.getText({
    start: { line: position.line, character: 0 },
    end: { line: position.line + 1, character: 0 },
  })
  for (const match of text.matchAll(/:person\{[^}]*#([\w-]+)[^}]*\}/g)) {
    const start = match.index
    if (position.character < start || position.character > start + match[0].length) continue
    const names = readNames(document.getText())
    const person = names.people.find((entry) => entry.id === match[1])
    if (!person) return null
    const full = fullFormOf(person, names.forms)
    const short = shortFormOf(person, names.forms)
    const heading = full ?? short ?? person.name
    if (heading === undefined) return null
    const value = [
      `**${heading}**`,
      ...(full === undefined ? [] : [`first mention: ${full}`]),
      ...(short === undefined ? [] : [`later mentions: ${short}`]),
    ].join('\n\n')
    return {
      contents: { kind: MarkupKind.Markdown, value },
      range: {
        start: { line: position.line, character: start },
        end: { line: position.line, character: start + match[0].length },
      },
    }
  }
  return null
}

/**
 * The ids and labels a document defines, read from its text even while it is
 * invalid: whole people and participants from the parsed report when it is valid;
 * otherwise the entries under `people:` and `participants:` of the front matter as
 * its YAML gives it, each with the text fields it has; and while even the YAML does
 * not parse, the `id` of each entry from the lines.
 */
function readNames(text: string): Names {
  const lines = text.split(/\r\n|\r|\n/)
  const names: Names = { people: [], participants: [], footnotes: [], frontMatterEnd: -1 }
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---')
    names.frontMatterEnd = end
    let field = ''
    for (const line of lines.slice(1, end === -1 ? undefined : end)) {
      const top = /^([A-Za-z][\w-]*):/.exec(line)
      if (top) field = top[1]!
      const id = /^\s*-\s*(?:\{\s*)?id:\s*["']?([\w-]+)/.exec(line)?.[1]
      if (id === undefined) continue
      if (field === 'people') names.people.push({ id })
      else if (field === 'participants') names.participants.push({ id })
    }
    let data: unknown
    try {
      const report = parseReport(text, { onFrontMatter: (frontMatter) => (data = frontMatter) })
      names.people = [...report.people]
      names.participants = report.participants.map((entry) => ({ id: entry.id, name: entry.name }))
      names.forms = findLanguage(report.language).language.conventions
    } catch {
      // An invalid report: what its front matter's YAML gives, before validation.
      readFrontMatter(data, names)
    }
  }
  for (const line of lines) {
    const label = /^\[\^([^\]\s]+)\]:/.exec(line)?.[1]
    if (label !== undefined && !names.footnotes.includes(label)) names.footnotes.push(label)
  }
  return names
}

/** The fields of a person's entry that name them, all text. */
const personFields = [
  'honorific',
  'formalHonorific',
  'name',
  'familyName',
  'title',
  'organisation',
  'country',
  'affiliation',
] as const satisfies readonly (keyof Person)[]

/**
 * Reads the people, the participants and the language from the data of an invalid
 * report's front matter, into `names`: each entry with a text `id`, with those of its
 * fields that are text. A list the data does not give (or data that the YAML did not
 * give at all) leaves the ids read from the lines.
 */
function readFrontMatter(data: unknown, names: Names): void {
  if (!isRecord(data)) return
  if (Array.isArray(data.people))
    names.people = data.people.filter(hasId).map((entry) => {
      const person: PersonEntry = { id: entry.id }
      for (const field of personFields) {
        const value = entry[field]
        if (typeof value === 'string' && value !== '') person[field] = value
      }
      return person
    })
  if (Array.isArray(data.participants))
    names.participants = data.participants
      .filter(hasId)
      .map((entry) =>
        typeof entry.name === 'string' && entry.name !== ''
          ? { id: entry.id, name: entry.name }
          : { id: entry.id },
      )
  if (typeof data.language === 'string')
    names.forms = findLanguage(data.language).language.conventions
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function hasId(value: unknown): value is Record<string, unknown> & { id: string } {
  return isRecord(value) && typeof value.id === 'string' && value.id !== ''
}

/**
 * A person's full form, as the report writes a first mention, when their entry has
 * the name and an honorific for it; undefined while it lacks them.
 */
function fullFormOf(person: PersonEntry, forms: NameForms | undefined): string | undefined {
  const { honorific, formalHonorific, name } = person
  const used = formalHonorific ?? honorific
  if (name === undefined || used === undefined) return undefined
  // The full form reads no family name, and the honorific only when there is no formal one.
  return fullNameOf({ ...person, honorific: honorific ?? used, name } as Person, forms)
}

/** A person's short form, as later mentions write it, when their entry has the honorific and family name. */
function shortFormOf(person: PersonEntry, forms: NameForms | undefined): string | undefined {
  const { honorific, familyName } = person
  if (honorific === undefined || familyName === undefined) return undefined
  return shortNameOf({ ...person, honorific, familyName } as Person, forms)
}

/** The front matter's top-level fields, with their descriptions, from its JSON Schema. */
function frontMatterFields(): CompletionItem[] {
  const schema = frontMatterJsonSchema() as {
    properties?: Record<string, { description?: string }>
  }
  return Object.entries(schema.properties ?? {}).map(([name, property]) => ({
    label: name,
    kind: CompletionItemKind.Field,
    insertText: `${name}: `,
    ...(property.description === undefined ? {} : { documentation: property.description }),
  }))
}

function fileName(uri: string): string {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : uri
  } catch {
    return uri
  }
}
