/** Where values and keys of a JSON text were written, as 0-based offsets. */
export interface JsonPositions {
  /** The offset of the value at `path`, or of the nearest value on the way to it. */
  valueAt(path: ReadonlyArray<string | number>): number
  /** The offset of the key at the end of `path`, or of the nearest value on the way. */
  keyAt(path: ReadonlyArray<string | number>): number
}

/**
 * Finds positions in a JSON text that `JSON.parse` has accepted, by scanning only
 * the values on the way down a path. Iterative, so any nesting is scanned.
 */
export function jsonPositions(text: string): JsonPositions {
  const find = (path: ReadonlyArray<string | number>, wantKey: boolean): number => {
    let value = skipSpace(text, 0)
    for (let index = 0; index < path.length; index++) {
      const found = childOf(text, value, path[index]!)
      if (!found) return value
      if (wantKey && index === path.length - 1 && found.key !== undefined) return found.key
      value = found.value
    }
    return value
  }
  return { valueAt: (path) => find(path, false), keyAt: (path) => find(path, true) }
}

/** The child of the object or array at `start` named by `segment`; the last of repeated keys, as `JSON.parse` keeps. */
function childOf(
  text: string,
  start: number,
  segment: string | number,
): { key?: number; value: number } | undefined {
  const opening = text[start]
  if (opening === '{') {
    let found: { key: number; value: number } | undefined
    let offset = skipSpace(text, start + 1)
    while (text[offset] === '"') {
      const keyEnd = skipString(text, offset)
      const key = JSON.parse(text.slice(offset, keyEnd)) as string
      const value = skipSpace(text, skipSpace(text, keyEnd) + 1)
      if (key === String(segment)) found = { key: offset, value }
      offset = skipSpace(text, skipValue(text, value))
      if (text[offset] === ',') offset = skipSpace(text, offset + 1)
    }
    return found
  }
  if (opening === '[' && typeof segment === 'number') {
    let offset = skipSpace(text, start + 1)
    for (let index = 0; offset < text.length && text[offset] !== ']'; index++) {
      if (index === segment) return { value: offset }
      offset = skipSpace(text, skipValue(text, offset))
      if (text[offset] === ',') offset = skipSpace(text, offset + 1)
    }
  }
  return undefined
}

function skipSpace(text: string, offset: number): number {
  let next = offset
  while (next < text.length && /[ \t\n\r]/.test(text[next]!)) next++
  return next
}

/** The offset after the string that starts at `offset`. */
function skipString(text: string, offset: number): number {
  let next = offset + 1
  while (next < text.length && text[next] !== '"') next += text[next] === '\\' ? 2 : 1
  return next + 1
}

/** The offset after the value that starts at `offset`. */
function skipValue(text: string, offset: number): number {
  const first = text[offset]
  if (first === '"') return skipString(text, offset)
  if (first !== '{' && first !== '[') {
    let next = offset
    while (next < text.length && !/[\s,\]}]/.test(text[next]!)) next++
    return next
  }
  let depth = 0
  let next = offset
  while (next < text.length) {
    const character = text[next]
    if (character === '"') {
      next = skipString(text, next)
      continue
    }
    if (character === '{' || character === '[') depth++
    else if (character === '}' || character === ']') {
      depth--
      if (depth === 0) return next + 1
    }
    next++
  }
  return next
}
