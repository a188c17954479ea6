import { documentedJsonSchema } from './documented-json-schema.js'
import { frontMatter } from './front-matter-schema.js'
import { jsonSchemaIds } from './json-schema-ids.js'

/**
 * The JSON Schema of a report source's front matter, for editors that check YAML:
 * each field with its description and default, `$id` where it is published.
 */
export function frontMatterJsonSchema(): Record<string, unknown> {
  return documentedJsonSchema(frontMatter, {
    id: jsonSchemaIds.frontMatter,
    title: 'Rapporteur report front matter',
  })
}
