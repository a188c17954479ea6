import { findDeepNesting } from './find-deep-nesting.js'
import type { Person } from './front-matter-schema.js'
import { markdownToContent } from './markdown-to-content.js'
import { tooDeepMessage } from './nesting-limits.js'
import { parseFrontMatter } from './parse-front-matter.js'
import { parseMarkdown } from './parse-markdown.js'
import type { Location, Problem } from './problem.js'
import { ReportError } from './report-error.js'
import type { Report } from './report-schema.js'
import type { SourceMap } from './source-map.js'
import { oversizedSource, tooLargeMessage } from './source-size-limit.js'
import { sourceText } from './source-text.js'
import { type ValidateOptions, validateReport } from './validate-report.js'

/** Options of `parseReport`. */
export interface ParseOptions extends Omit<ValidateOptions, 'sourceMap'> {
  /** The source's file name, used in problem locations. Default: `<input>`. */
  filename?: string
  /**
   * Called with the source map of a source that parses, to find later where a part of the
   * report was written (see `toSourcePositions`). Default: none.
   */
  onSourceMap?: (sourceMap: SourceMap) => void
  /**
   * Called with the front matter's data as its YAML gives it, before it is validated,
   * when the YAML parses: what an editor can still read of a report that is not valid,
   * such as its people while another field is wrong. Default: none.
   */
  onFrontMatter?: (data: unknown) => void
}

/**
 * Parses a report source (YAML front matter and a Markdown body) into a validated
 * report. Throws a `ReportError` that lists every problem as `file:line:column: message`.
 */
export function parseReport(source: string | Uint8Array, options: ParseOptions = {}): Report {
  const file = options.filename ?? '<input>'
  const oversized = oversizedSource(source)
  if (oversized !== undefined)
    throw new ReportError([{ file, message: tooLargeMessage(oversized) }])
  const text = sourceText(source, file)
  if (text.trim() === '') {
    throw new ReportError([
      {
        file,
        line: 1,
        column: 1,
        message:
          'the file is empty: a report starts with YAML front matter between "---" lines, then a Markdown body',
      },
    ])
  }

  const deep = findDeepNesting(text)
  if (deep) {
    const { kind, ...place } = deep
    throw new ReportError([{ file, ...place, message: tooDeepMessage(kind) }])
  }
  const tree = parseMarkdown(text)
  const problems: Problem[] = []
  const frontMatterNode = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined
  if (!frontMatterNode) {
    problems.push({
      file,
      line: 1,
      column: 1,
      message:
        'missing front matter: the file must start with a "---" line, the YAML fields, and another "---" line',
    })
  }
  const frontMatter = frontMatterNode
    ? parseFrontMatter(frontMatterNode.value, (frontMatterNode.position?.start.line ?? 1) + 1, file)
    : undefined
  problems.push(...(frontMatter?.problems ?? []))
  if (frontMatter && frontMatter.problems.length === 0) options.onFrontMatter?.(frontMatter.data)
  // Front matter that does not parse names no one: its mentions in headings are not checked.
  const people =
    frontMatter && frontMatter.problems.length > 0 ? undefined : peopleOf(frontMatter?.data)
  const content = markdownToContent(tree, { file, text, people })
  problems.push(...content.problems)
  if (content.sections.length === 0 && content.problems.length === 0) {
    const line = (frontMatterNode?.position?.end.line ?? 0) + 1
    problems.push({
      file,
      line,
      column: 1,
      message: 'the body has no sections: start one with a "# Heading" line',
    })
  }
  if (frontMatter && frontMatter.problems.length > 0) throw new ReportError(problems)

  const bodyKeys = new Set(['sections', 'footnotes'])
  // Where the body starts (the last line when there is none), for what the body lacks.
  const bodyStart: Location = {
    file,
    line: Math.min((frontMatterNode?.position?.end.line ?? 0) + 1, tree.position?.end.line ?? 1),
    column: 1,
  }
  const sourceMap: SourceMap = {
    file,
    locate(path, node): Location | undefined {
      const fromBody = node ? content.positions.get(node) : undefined
      if (fromBody) return fromBody
      if (bodyKeys.has(String(path[0])))
        return bodyLocation(content.positions, content, path) ?? bodyStart
      return frontMatter?.locate(path) ?? { file, line: 1, column: 1 }
    },
    locateKey(path) {
      return frontMatter?.locateKey(path)
    },
  }
  options.onSourceMap?.(sourceMap)
  const data = frontMatter?.data
  const input =
    data !== null && typeof data === 'object' && !Array.isArray(data)
      ? { ...(data as object), sections: content.sections, footnotes: content.footnotes }
      : { sections: content.sections, footnotes: content.footnotes }
  if (frontMatterNode && (data === null || typeof data !== 'object' || Array.isArray(data))) {
    problems.push({
      file,
      line: 2,
      column: 1,
      message: 'the front matter must be a mapping of fields, such as "title: …"',
    })
  }
  let report: Report
  try {
    report = validateReport(input, {
      sourceMap,
      // Warnings count only once the source has no problem of its own.
      strict: options.strict && problems.length === 0,
      onWarning: problems.length === 0 ? options.onWarning : undefined,
      languages: options.languages,
    })
  } catch (error) {
    if (error instanceof ReportError) throw new ReportError([...problems, ...error.problems])
    throw error
  }
  if (problems.length > 0) throw new ReportError(problems)
  return report
}

/** The people of unvalidated front matter by id; validation reports what is wrong with them. */
function peopleOf(data: unknown): Map<string, Person> {
  const people = new Map<string, Person>()
  const entries = (data as { people?: unknown } | null | undefined)?.people
  if (!Array.isArray(entries)) return people
  for (const entry of entries) {
    const id = (entry as { id?: unknown } | null)?.id
    if (typeof id === 'string' && !people.has(id)) people.set(id, entry as Person)
  }
  return people
}

/** The nearest positioned node on the way down `path` through the body. */
function bodyLocation(
  positions: WeakMap<object, Location>,
  root: object,
  path: ReadonlyArray<string | number>,
): Location | undefined {
  let node: unknown = root
  let found: Location | undefined
  for (const segment of path) {
    if (node === null || typeof node !== 'object') break
    node = (node as Record<string | number, unknown>)[segment]
    if (node !== null && typeof node === 'object') found = positions.get(node) ?? found
  }
  return found
}
