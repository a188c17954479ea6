import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
// @ts-expect-error a plain script without declarations
import { collectFieldDocs } from '../scripts/field-docs.mjs'
import { nodeDocs, schemaDocs } from '../src/field-docs.js'
import {
  configJsonSchema,
  frontMatterJsonSchema,
  jsonSchemaIds,
  parseReport,
  reportJsonSchema,
} from '../src/index.js'

type JsonSchema = {
  $id?: string
  type?: string
  const?: unknown
  description?: string
  default?: unknown
  required?: string[]
  additionalProperties?: boolean
  enum?: unknown[]
  properties?: Record<string, JsonSchema>
  items?: JsonSchema
  $defs?: Record<string, JsonSchema>
  [key: string]: unknown
}

const example = resolve(
  import.meta.dirname,
  '../../../examples/gcm-parliamentarians-2022/report.md',
)

/** Every property of every object in a schema, as `path` and its schema. */
function propertiesOf(schema: JsonSchema, path = ''): [string, JsonSchema][] {
  const found: [string, JsonSchema][] = []
  const visit = (node: unknown, at: string) => {
    if (node === null || typeof node !== 'object') return
    const object = node as JsonSchema
    for (const [key, property] of Object.entries(object.properties ?? {})) {
      found.push([`${at}.${key}`, property])
      visit(property, `${at}.${key}`)
    }
    for (const [key, value] of Object.entries(object))
      if (key !== 'properties' && typeof value === 'object') visit(value, `${at}/${key}`)
  }
  visit(schema, path)
  return found
}

const ajv = () => new Ajv2020({ strict: false, allErrors: true })

describe('the JSON Schemas', () => {
  const frontMatter = frontMatterJsonSchema() as JsonSchema
  const report = reportJsonSchema() as JsonSchema

  it('say where they are published', () => {
    expect(frontMatter.$id).toBe(jsonSchemaIds.frontMatter)
    expect(report.$id).toBe(jsonSchemaIds.report)
    expect(configJsonSchema().$id).toBe(jsonSchemaIds.config)
    expect(report.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
  })

  it('describe the front matter for editors, with its defaults', () => {
    expect(frontMatter.type).toBe('object')
    expect(frontMatter.required).toEqual(
      expect.arrayContaining(['title', 'facilitator', 'date', 'modality']),
    )
    expect(frontMatter.additionalProperties).toBe(false)
    expect(frontMatter.properties?.status).toEqual({
      type: 'string',
      enum: ['draft', 'final'],
      default: 'draft',
      description: '`draft` or `final`. Default: `draft`.',
    })
    expect(frontMatter.properties?.language).toMatchObject({ default: 'en' })
    expect(frontMatter.properties?.people?.items?.properties?.honorific?.description).toBe(
      'The honorific of the short form, such as `Ms.`, `Mr.` or `Dr.`.',
    )
  })

  it('give each field the description written for it, also where fields share a schema', () => {
    const annexSlot =
      frontMatter.properties?.annexes?.items?.properties?.agenda?.properties?.items?.items
        ?.properties?.start
    expect(annexSlot?.description).toBe("The slot's start, HH:MM.")
    expect(frontMatter.properties?.time?.properties?.start?.description).toBe('Start, HH:MM.')
    expect(frontMatter.properties?.attendance?.properties?.gender?.properties?.women).toMatchObject(
      { description: 'Women, in per cent.' },
    )
  })

  it('describe every field of the report, blocks and inline nodes too', () => {
    const undescribed = propertiesOf(report)
      .filter(([path, property]) => !path.endsWith('.type') || property.const === undefined)
      .filter(([, property]) => typeof property.description !== 'string' || !property.description)
      .map(([path]) => path)
    expect(undescribed).toEqual([])
    const mention = Object.values(report.$defs ?? {}).find((definition) =>
      JSON.stringify(definition).includes('"const":"mention"'),
    )
    expect(JSON.stringify(mention)).toContain(
      '"description":"The `id` of a person in `people`, as `:person{#omidvar}` writes it."',
    )
  })

  it('validate the JSON form of the bundled example, and refuse a typo in it', () => {
    const written = JSON.parse(JSON.stringify(parseReport(readFileSync(example, 'utf8'))))
    const validate = ajv().compile(report)
    expect(validate.errors ?? []).toEqual([])
    expect(validate({ $schema: jsonSchemaIds.report, ...written })).toBe(true)

    const typo = structuredClone(written)
    typo.sections[0].blocks[0].content[0] = { type: 'mentoin', person: 'omidvar' }
    expect(validate(typo)).toBe(false)
    expect(validate.errors?.map((error) => error.instancePath)).toContain(
      '/sections/0/blocks/0/content/0/type',
    )
    expect(validate({ ...written, colour: 'blue' })).toBe(false)
  })

  it('name the recursive inline content Inline, and validate the example through it', () => {
    expect(Object.keys(report.$defs ?? {})).toEqual(['Inline'])
    expect(JSON.stringify(report)).not.toContain('__schema')
    const paragraph = JSON.stringify(report).match(
      /"content":\{"type":"array","items":\{"\$ref":"([^"]+)"/,
    )
    expect(paragraph?.[1]).toBe('#/$defs/Inline')
    const written = JSON.parse(JSON.stringify(parseReport(readFileSync(example, 'utf8'))))
    expect(ajv().validate(report, { $schema: jsonSchemaIds.report, ...written })).toBe(true)
  })

  it('validate a minimal JSON report with its defaults left out', () => {
    const minimal = {
      title: 'Consultation',
      facilitator: 'Office',
      date: '2022-02-08',
      modality: 'virtual',
      sections: [
        {
          type: 'section',
          title: 'Opening',
          blocks: [{ type: 'paragraph', content: [{ type: 'text', value: 'It opened.' }] }],
        },
      ],
    }
    expect(ajv().validate(report, minimal)).toBe(true)
    expect(ajv().validate(report, { ...minimal, sections: [] })).toBe(false)
  })

  it('compile as JSON Schema 2020-12, the config schema too', () => {
    expect(() => ajv().compile(frontMatter)).not.toThrow()
    expect(() => ajv().compile(configJsonSchema())).not.toThrow()
  })

  it("carry the schemas' JSDoc as it is written now (run scripts/field-docs.mjs)", () => {
    expect(collectFieldDocs()).toEqual({ schemas: schemaDocs, nodes: nodeDocs })
  })
})
