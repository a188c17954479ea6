import { z } from 'zod'
import * as configSchemas from './config-schema.js'
import * as contentSchemas from './content-schema.js'
import { nodeDocs, schemaDocs } from './field-docs.js'
import * as frontMatterSchemas from './front-matter-schema.js'
import * as labelSchemas from './labels.js'
import * as languageSchemas from './language.js'
import * as conventionSchemas from './language-conventions.js'
import * as reportSchemas from './report-schema.js'
import type { SchemaDocs } from './schema-docs.js'
import * as variantSchemas from './variant.js'

/** What a JSON Schema says about itself: its `$id` and its title. */
export interface JsonSchemaHeading {
  /** Where the schema is published. */
  id: string
  /** What the schema describes, for people. */
  title: string
}

const schemaModules = [
  frontMatterSchemas,
  contentSchemas,
  reportSchemas,
  configSchemas,
  variantSchemas,
  languageSchemas,
  labelSchemas,
  conventionSchemas,
]

type Definition = Record<string, unknown>
const definitionOf = (schema: unknown) => (schema as { def?: Definition } | undefined)?.def

/** The schema inside optional, nullable, default, list, record and lazy wrappers. */
function innermost(schema: unknown): unknown {
  let current = schema
  for (let depth = 0; depth < 10; depth++) {
    const definition = definitionOf(current)
    if (definition === undefined) return current
    if (
      ['optional', 'default', 'nullable', 'prefault', 'readonly'].includes(String(definition.type))
    )
      current = definition.innerType
    else if (definition.type === 'array') current = definition.element
    else if (definition.type === 'record') current = definition.valueType
    else if (definition.type === 'lazy') current = (definition.getter as () => unknown)()
    else return current
  }
  return current
}

/** The documentation of each object schema reachable from the model, by instance. */
function docsByInstance(): Map<unknown, SchemaDocs> {
  const docs = new Map<unknown, SchemaDocs>()
  const visit = (schema: unknown, key: string) => {
    const found = schemaDocs[key]
    const definition = definitionOf(schema)
    if (found === undefined || definition?.type !== 'object' || docs.has(schema)) return
    docs.set(schema, found)
    for (const [field, inner] of Object.entries(definition.shape as Record<string, unknown>)) {
      const object = innermost(inner)
      if (!named.has(object)) visit(object, `${key}.${field}`)
    }
  }
  const named = new Map<unknown, string>()
  for (const module of schemaModules)
    for (const [name, value] of Object.entries(module))
      if (value instanceof z.ZodObject) named.set(value, name)
  for (const [schema, name] of named) visit(schema, name)
  // Inline nodes are documented on their types (`MentionNode`), found by their `type`.
  const inline = innermost(contentSchemas.inline)
  for (const option of (definitionOf(inline)?.options as unknown[] | undefined) ?? []) {
    const literal = definitionOf(
      (definitionOf(option)?.shape as Record<string, unknown> | undefined)?.type,
    )
    const found = nodeDocs[String((literal?.values as unknown[] | undefined)?.[0])]
    if (found !== undefined) docs.set(option, found)
  }
  return docs
}

let documented: Map<unknown, SchemaDocs> | undefined

/**
 * Names of the definitions the schemas share under `$defs`: inline content, which
 * contains itself, is `#/$defs/Inline` rather than a generated name.
 */
const definitionNames = z.registry<{ id: string }>()
definitionNames.add(contentSchemas.inline, { id: 'Inline' })

/**
 * The JSON Schema (draft 2020-12) of what a person writes for `schema`: defaults may be
 * left out, and every object and field carries the description its JSDoc gives.
 */
export function documentedJsonSchema(
  schema: z.ZodType,
  heading: JsonSchemaHeading,
): Record<string, unknown> {
  documented ??= docsByInstance()
  const docs = documented
  const jsonSchema = z.toJSONSchema(schema, {
    io: 'input',
    metadata: definitionNames,
    target: 'draft-2020-12',
    override: ({ zodSchema, jsonSchema: node }) => {
      const found = docs.get(zodSchema)
      if (found === undefined) return
      if (found.description !== undefined && node.description === undefined)
        node.description = found.description
      const properties = node.properties as Record<string, Record<string, unknown>> | undefined
      for (const [field, description] of Object.entries(found.fields)) {
        const property = properties?.[field]
        // A copy: one field schema may be shared by fields that mean different things.
        if (property !== undefined && typeof property === 'object')
          properties![field] = { ...property, description }
      }
    },
  })
  return { $id: heading.id, title: heading.title, ...jsonSchema }
}
