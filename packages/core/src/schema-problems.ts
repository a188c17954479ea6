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

/** The allowed keys of the object schema at `path`, for suggestions. */
function knownKeys(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): string[] {
  let current: unknown = schema
  for (const segment of path) {
    current = unwrap(current)
    const definition = (current as { def?: Record<string, unknown> }).def
    if (!definition) return []
    if (definition.type === 'object')
      current = (definition.shape as Record<string, unknown>)[String(segment)]
    else if (definition.type === 'array') current = definition.element
    else return []
  }
  current = unwrap(current)
  const definition = (current as { def?: Record<string, unknown> }).def
  return definition?.type === 'object' ? Object.keys(definition.shape as object) : []
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

/** Turns schema issues into problems a person can act on, placed in the source when known. */
export function schemaProblems(
  error: z.ZodError,
  schema: z.ZodType,
  sourceMap: SourceMap | undefined,
): Problem[] {
  const problems: Problem[] = []
  for (const issue of error.issues) {
    const path = issue.path.map((segment) =>
      typeof segment === 'number' ? segment : String(segment),
    )
    const field = path.length > 0 ? `"${path.join('.')}"` : 'the report'
    if (issue.code === 'unrecognized_keys') {
      const allowed = knownKeys(schema, issue.path)
      for (const key of issue.keys) {
        const suggestion = closestName(key, allowed)
        const where = path.length > 0 ? ` in ${field}` : ''
        problems.push({
          ...(sourceMap?.locateKey([...path, key]) ?? {}),
          file: sourceMap?.file,
          path: [...path, key],
          message: suggestion
            ? `unknown field "${key}"${where}: did you mean "${suggestion}"?`
            : `unknown field "${key}"${where}; expected one of: ${allowed.join(', ')}`,
        })
      }
      continue
    }
    let message: string
    if (issue.code === 'invalid_type') {
      message =
        issue.input === undefined
          ? `missing ${field}: expected ${expectedType(issue.expected)}`
          : `${field} should be ${expectedType(issue.expected)}, found ${describe(issue.input)}`
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
    } else if (issue.code === 'invalid_union') {
      message = `${field} is not a valid value (found ${describe(issue.input)})`
    } else {
      message = `${field}: ${issue.message}`
    }
    problems.push({ ...(sourceMap?.locate(path) ?? {}), file: sourceMap?.file, path, message })
  }
  return problems
}
