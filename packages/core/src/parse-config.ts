import { type RapporteurConfig, rapporteurConfig } from './config-schema.js'
import { parseFrontMatter } from './parse-front-matter.js'
import type { Problem } from './problem.js'
import { ReportError } from './report-error.js'
import { schemaProblems } from './schema-problems.js'
import { sourceText } from './source-text.js'
import { type BuiltInVariantName, builtInVariants } from './variant.js'

/** Options of `parseConfig`. */
export interface ParseConfigOptions {
  /**
   * The config file's name, used in problem locations; a name ending in `.json`
   * is read as JSON, any other as YAML. Default: `rapporteur.config.yaml`.
   */
  filename?: string
}

/**
 * Parses the text of a `rapporteur.config.(json|yaml)` file and checks it: known
 * fields, a built-in variant to extend, unique variant names that are not built-in
 * names. Throws a `ReportError` that lists every problem as `file:line:column: message`.
 */
export function parseConfig(
  source: string | Uint8Array,
  options: ParseConfigOptions = {},
): RapporteurConfig {
  const file = options.filename ?? 'rapporteur.config.yaml'
  const text = sourceText(source, file)
  const syntax = file.toLowerCase().endsWith('.json') ? 'JSON' : 'YAML'
  const parsed = parseFrontMatter(text, 1, file, syntax)
  if (parsed.problems.length > 0) throw new ReportError(parsed.problems)
  const data = parsed.data ?? {}
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ReportError([
      {
        file,
        line: 1,
        column: 1,
        message: 'the config must be a mapping of fields, such as "variants: [...]"',
      },
    ])
  }
  const sourceMap = { file, locate: parsed.locate, locateKey: parsed.locateKey }
  const result = rapporteurConfig.safeParse(data, { reportInput: true })
  if (!result.success)
    throw new ReportError(schemaProblems(result.error, rapporteurConfig, sourceMap, data))

  const problems: Problem[] = []
  const seen = new Set<string>()
  result.data.variants.forEach((definition, index) => {
    const where = {
      ...parsed.locate(['variants', index, 'name']),
      file,
      path: ['variants', index, 'name'],
    }
    if (Object.hasOwn(builtInVariants, definition.name)) {
      problems.push({
        ...where,
        message: `"${definition.name}" is a built-in variant: give the new variant another name and "extends: ${definition.name}"`,
      })
    } else if (seen.has(definition.name)) {
      problems.push({
        ...where,
        message: `a variant named "${definition.name}" is already defined above`,
      })
    }
    seen.add(definition.name)
    const applyRule =
      definition.applyRule ?? builtInVariants[definition.extends as BuiltInVariantName]?.applyRule
    if (applyRule === false && definition.marks?.notice === null) {
      const path = ['variants', index, 'marks', 'notice']
      problems.push({
        ...parsed.locate(path),
        file,
        path,
        message: `variant "${definition.name}" names participants (it does not apply the meeting's rule), so it keeps a distribution notice: remove "notice: null", or word a notice of your own`,
      })
    }
  })
  if (problems.length > 0) throw new ReportError(problems)
  return result.data
}
