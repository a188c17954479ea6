import { rapporteurConfig } from './config-schema.js'
import { documentedJsonSchema } from './documented-json-schema.js'
import { jsonSchemaIds } from './json-schema-ids.js'

/** The JSON Schema of a `rapporteur.config.(json|yaml)` file, for editors, with each field described. */
export function configJsonSchema(): Record<string, unknown> {
  return documentedJsonSchema(rapporteurConfig, {
    id: jsonSchemaIds.config,
    title: 'Rapporteur config',
  })
}
