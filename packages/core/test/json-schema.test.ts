import { describe, expect, it } from 'vitest'
import { frontMatterJsonSchema } from '../src/index.js'

describe('the front matter JSON Schema', () => {
  const schema = frontMatterJsonSchema() as {
    type: string
    required: string[]
    additionalProperties: boolean
    properties: Record<string, unknown>
  }

  it('describes the front matter for editors', () => {
    expect(schema.type).toBe('object')
    expect(schema.required).toEqual(
      expect.arrayContaining(['title', 'facilitator', 'date', 'modality']),
    )
    expect(schema.additionalProperties).toBe(false)
    expect(schema.properties.status).toMatchObject({ enum: ['draft', 'final'], default: 'draft' })
  })
})
