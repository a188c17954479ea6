import { documentedJsonSchema } from './documented-json-schema.js'
import { jsonSchemaIds } from './json-schema-ids.js'
import { report } from './report-schema.js'

/**
 * The JSON Schema of the whole JSON form of a report (what `parseJsonReport` reads):
 * the front matter's fields, `sections` with every block and inline node, and
 * `footnotes`, each field with its description and default.
 */
export function reportJsonSchema(): Record<string, unknown> {
  return documentedJsonSchema(report, { id: jsonSchemaIds.report, title: 'Rapporteur report' })
}
