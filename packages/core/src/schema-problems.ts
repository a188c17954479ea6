import type { z } from 'zod'
import { closestName } from './closest-name.js'
import type { Problem } from './problem.js'
import type { SourceMap } from './source-map.js'

function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`
  if (typeof value === 'object') return 'a mapping'
  return `${typeof value} ${String(value)}`
}

function expectedType(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text'
    case 'int':
      return 'a whole number'
    case 'number':
      return 'a number'
    case 'boolean':
      return 'true or false'
    case 'array':
      return 'a list'
    case 'object':
      return 'a mapping of fields'
    default:
      return expected
  }
}

type Definition = Record<string, unknown>

function definitionOf(schema: unknown): Definition | undefined {
  return (schema as { def?: Definition } | undefined)?.def
}

/** The value at `path` in what was checked, or undefined where it has none. */
function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current = input
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<PropertyKey, unknown>)[segment]
  }
  return current
}

/**
 * The option of a discriminated union that `value` chose by its discriminator
 * (its `type`), or undefined when it names none.
 */
function chosenOption(definition: Definition, value: unknown): unknown {
  const discriminator = String(definition.discriminator)
  const chosen = (value as Record<string, unknown> | undefined)?.[discriminator]
  return (definition.options as unknown[]).find((option) => {
    const field = definitionOf(unwrap(option))?.shape as Record<string, unknown> | undefined
    const literal = definitionOf(field?.[discriminator])
    return (literal?.values as unknown[] | undefined)?.includes(chosen) ?? false
  })
}

/**
 * The schema at `path`, through objects, lists and the union options that the
 * checked value (`input`, or `value` at the path itself) chose; undefined where
 * the path leaves the schema.
 */
function schemaAt(
  schema: z.ZodType,
  path: ReadonlyArray<PropertyKey>,
  input: unknown,
  value: unknown,
): unknown {
  let current: unknown = schema
  for (let index = 0; index <= path.length; index++) {
    current = unwrap(current)
    let definition = definitionOf(current)
    if (definition?.type === 'union' && definition.discriminator !== undefined) {
      const chooser = index === path.length ? value : valueAt(input, path.slice(0, index))
      current = unwrap(chosenOption(definition, chooser))
      definition = definitionOf(current)
    }
    if (index === path.length) return current
    const segment = path[index]
    if (definition?.type === 'object')
      current = (definition.shape as Record<string, unknown>)[String(segment)]
    else if (definition?.type === 'array') current = definition.element
    else if (definition?.type === 'record') current = definition.valueType
    else return undefined
  }
  return current
}

/** The allowed keys of the object schema at `path`, for suggestions. */
function knownKeys(
  schema: z.ZodType,
  path: ReadonlyArray<PropertyKey>,
  input: unknown,
  value: unknown,
): string[] {
  const definition = definitionOf(schemaAt(schema, path, input, value))
  return definition?.type === 'object' ? Object.keys(definition.shape as object) : []
}

/** The words for a list of allowed values, as enums give them: `one of "a", "b", "c"`. */
function oneOf(values: readonly unknown[]): string {
  return `one of ${values.map((value) => `"${String(value)}"`).join(', ')}`
}

function unwrap(schema: unknown): unknown {
  let current = schema
  for (let depth = 0; depth < 10; depth++) {
    const definition = (current as { def?: Record<string, unknown> } | undefined)?.def
    if (!definition) return current
    if (
      ['optional', 'default', 'nullable', 'prefault', 'readonly'].includes(String(definition.type))
    ) {
      current = definition.innerType
    } else if (definition.type === 'lazy') {
      current = (definition.getter as () => unknown)()
    } else {
      return current
    }
  }
  return current
}

/**
 * Turns schema issues into problems a person can act on, placed in the source when
 * known. `input` is what was checked, so that suggestions follow the node types it chose.
 */
export function schemaProblems(
  error: z.ZodError,
  schema: z.ZodType,
  sourceMap: SourceMap | undefined,
  input?: unknown,
): Problem[] {
  const problems: Problem[] = []
  /** Whether `path` is an item of inline content, where a string may mean a text node. */
  const isInlineAt = (path: ReadonlyArray<PropertyKey>): boolean => {
    const list = definitionOf(unwrap(schemaAt(schema, path.slice(0, -1), input, undefined)))
    const item = list?.type === 'array' ? definitionOf(unwrap(list.element)) : undefined
    return (
      item?.type === 'union' &&
      item.discriminator === 'type' &&
      chosenOption(item, { type: 'text' }) !== undefined
    )
  }
  for (const issue of error.issues) {
    const path = issue.path.map((segment) =>
      typeof segment === 'number' ? segment : String(segment),
    )
    const field = path.length > 0 ? `"${path.join('.')}"` : 'the report'
    if (issue.code === 'unrecognized_keys') {
      const allowed = knownKeys(schema, issue.path, input, issue.input)
      for (const key of issue.keys) {
        const suggestion = closestName(key, allowed)
        const where = path.length > 0 ? ` in ${field}` : ''
        let message = `unknown field "${key}"${where}`
        if (suggestion) message += `: did you mean "${suggestion}"?`
        else if (allowed.length > 0) message += `; expected one of: ${allowed.join(', ')}`
        problems.push({
          ...(sourceMap?.locateKey([...path, key]) ?? {}),
          file: sourceMap?.file,
          path: [...path, key],
          message,
        })
      }
      continue
    }
    let message: string
    if (issue.code === 'invalid_type' && typeof issue.input === 'string' && isInlineAt(path)) {
      message = `${field} should be an inline node, such as { "type": "text", "value": ${JSON.stringify(issue.input)} }, found ${describe(issue.input)}`
    } else if (issue.code === 'invalid_type') {
      // A date is text to zod; the reader is told which text.
      const format = definitionOf(unwrap(schemaAt(schema, path, input, undefined)))?.format
      const expected =
        format === 'date'
          ? 'a date written YYYY-MM-DD, such as 2022-02-08'
          : expectedType(issue.expected)
      message =
        issue.input === undefined
          ? `missing ${field}: expected ${expected}`
          : `${field} should be ${expected}, found ${describe(issue.input)}`
    } else if (issue.code === 'invalid_value' && issue.input === undefined) {
      message = `missing ${field}: expected ${oneOf(issue.values)}`
    } else if (issue.code === 'invalid_value') {
      message = `${field} should be one of ${issue.values.map((value) => `"${String(value)}"`).join(', ')}, found ${describe(issue.input)}`
    } else if (
      issue.code === 'invalid_format' &&
      typeof issue.input === 'string' &&
      /^\d{4}-\d{2}-\d{2}$/.test(issue.input)
    ) {
      message = `${field} is not a real date: ${issue.input}`
    } else if (issue.code === 'invalid_format') {
      message = `${field} should be ${issue.message.replace(/^Invalid (input: )?/i, '')}, found ${describe(issue.input)}`
    } else if (issue.code === 'too_small' && issue.origin === 'string') {
      message = `${field} is empty`
    } else if (issue.code === 'too_small' && issue.origin === 'array') {
      message = `${field} needs ${issue.message.startsWith('at least') ? issue.message : `at least ${String(issue.minimum)} item(s)`}`
    } else if (issue.code === 'custom') {
      message = `${field} should be ${issue.message}, found ${describe(issue.input)}`
    } else if (issue.code === 'invalid_union' && issue.discriminator !== undefined) {
      // A discriminated union's issue carries the object; what was written is its `type`.
      const written = valueAt(issue.input, [issue.discriminator])
      const options = (issue as { options?: unknown[] }).options ?? []
      const suggestion =
        typeof written === 'string' ? closestName(written, options.map(String)) : undefined
      message =
        written === undefined
          ? `missing ${field}: expected ${oneOf(options)}`
          : `${field} should be ${oneOf(options)}, found ${describe(written)}${suggestion ? `: did you mean "${suggestion}"?` : ''}`
    } else if (issue.code === 'invalid_union') {
      message = `${field} is not a valid value (found ${describe(issue.input)})`
    } else {
      message = `${field}: ${issue.message}`
    }
    problems.push({ ...(sourceMap?.locate(path) ?? {}), file: sourceMap?.file, path, message })
  }
  return problems
}
