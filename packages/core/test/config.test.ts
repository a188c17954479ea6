import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  builtInVariants,
  configJsonSchema,
  findConfig,
  isReportError,
  listVariants,
  loadConfig,
  parseConfig,
  selectVariants,
} from '../src/index.js'

const yamlConfig = `# Variants of this report
variants:
  - name: board
    extends: final
    description: For the board, without annexes
    statusLabel: FOR THE BOARD
    marks:
      notice: Board members only
    parts:
      annexes: false
    formats: [pdf]
  - name: review
    extends: draft
    marks:
      lineNumbers: false
`

function problemsOf(action: () => unknown): string[] {
  try {
    action()
  } catch (error) {
    if (isReportError(error)) return error.message.split('\n')
    throw error
  }
  throw new Error('expected a ReportError')
}

describe('parseConfig', () => {
  it('reads YAML variants that extend a built-in one', () => {
    const config = parseConfig(yamlConfig, { filename: 'rapporteur.config.yaml' })
    expect(config.variants.map((entry) => [entry.name, entry.extends])).toEqual([
      ['board', 'final'],
      ['review', 'draft'],
    ])
  })

  it('reads JSON', () => {
    const config = parseConfig(
      '{"variants": [{"name": "web", "extends": "final", "formats": ["html"]}]}',
      {
        filename: 'rapporteur.config.json',
      },
    )
    expect(config.variants[0]?.formats).toEqual(['html'])
  })

  it('reads an empty file as no variants', () => {
    expect(parseConfig('', { filename: 'rapporteur.config.yaml' }).variants).toEqual([])
  })

  it('places an unknown field at its line and column, with a suggestion', () => {
    const text = 'variants:\n  - name: board\n    extends: final\n    markz:\n      notice: x\n'
    expect(problemsOf(() => parseConfig(text, { filename: 'c.yaml' }))).toEqual([
      'c.yaml:4:5: unknown field "markz" in "variants.0": did you mean "marks"?',
    ])
  })

  it('names the built-in variants when "extends" is wrong', () => {
    const text = 'variants:\n  - name: board\n    extends: finale\n'
    expect(problemsOf(() => parseConfig(text, { filename: 'c.yaml' }))).toEqual([
      'c.yaml:3:14: "variants.0.extends" should be one of "internal", "draft", "final", "digest", found "finale"',
    ])
  })

  it('rejects a built-in name and a repeated name, each where it is written', () => {
    const text =
      'variants:\n  - name: draft\n    extends: final\n  - name: web\n    extends: final\n  - name: web\n    extends: draft\n'
    expect(problemsOf(() => parseConfig(text, { filename: 'c.yaml' }))).toEqual([
      'c.yaml:2:11: "draft" is a built-in variant: give the new variant another name and "extends: draft"',
      'c.yaml:6:11: a variant named "web" is already defined above',
    ])
  })

  it('points at a JSON syntax error', () => {
    const [problem] = problemsOf(() => parseConfig('{\n  "variants": [\n}', { filename: 'c.json' }))
    expect(problem).toMatch(/^c\.json:3:\d+: invalid JSON: /)
  })

  it('checks the type of a mark', () => {
    const text =
      'variants:\n  - name: board\n    extends: final\n    marks:\n      lineNumbers: sometimes\n'
    expect(problemsOf(() => parseConfig(text, { filename: 'c.yaml' }))).toEqual([
      'c.yaml:5:20: "variants.0.marks.lineNumbers" should be true or false, found "sometimes"',
    ])
  })
})

describe('the variant list', () => {
  const config = parseConfig(yamlConfig)

  it('lists the built-in variants, then the config’s', () => {
    expect(listVariants(config).map((entry) => entry.name)).toEqual([
      'internal',
      'draft',
      'final',
      'digest',
      'board',
      'review',
    ])
    expect(listVariants().map((entry) => entry.name)).toEqual([
      'internal',
      'draft',
      'final',
      'digest',
    ])
  })

  it('applies the changes over the extended variant and keeps the rest', () => {
    const [board, review] = selectVariants(['board', 'review'], config)
    expect(board).toEqual({
      ...builtInVariants.final,
      name: 'board',
      statusLabel: 'FOR THE BOARD',
      marks: { ...builtInVariants.final.marks, notice: 'Board members only' },
      parts: { ...builtInVariants.final.parts, annexes: false },
      formats: ['pdf'],
    })
    expect(review).toEqual({
      ...builtInVariants.draft,
      name: 'review',
      marks: { ...builtInVariants.draft.marks, lineNumbers: false },
    })
  })

  it('names an unknown variant with the closest one', () => {
    expect(() => selectVariants(['bord'], config)).toThrow(
      'unknown variant "bord": did you mean "board"?',
    )
  })

  it('selects every variant with "all"', () => {
    expect(selectVariants('all', config)).toHaveLength(6)
  })
})

describe('config files', () => {
  it('finds and loads the config beside a report', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'rapporteur-config-'))
    expect(await findConfig(directory)).toBeUndefined()
    writeFileSync(join(directory, 'rapporteur.config.yaml'), yamlConfig)
    const path = await findConfig(directory)
    expect(path).toBe(join(directory, 'rapporteur.config.yaml'))
    expect((await loadConfig(path!)).variants).toHaveLength(2)
  })

  it('has a JSON Schema for editors', () => {
    const schema = configJsonSchema() as {
      properties: Record<string, { type?: string; description?: string }>
    }
    expect(Object.keys(schema.properties)).toEqual(['$schema', 'variants', 'languages', 'webFonts'])
    expect(schema.properties.webFonts?.type).toBe('boolean')
    expect(schema.properties.webFonts?.description).toMatch(/^Whether each HTML page embeds/)
  })
})
