import { anonymousSpeaker } from './content-schema.js'
import { nestingLimits, tooDeepMessage } from './nesting-limits.js'
import type { Problem } from './problem.js'
import type { SourceMap } from './source-map.js'
import { unknownReference } from './unknown-reference.js'

type Path = Array<string | number>
type Loose = Record<string, unknown>

const allowedSchemes = ['http:', 'https:', 'mailto:']
const clockTime = /^([01]\d|2[0-3]):[0-5]\d$/

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}

function asObject(value: unknown): Loose {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Loose)
    : {}
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

/** Whether a URL uses a scheme a report may link to: http, https or mailto. */
export function isAllowedUrl(url: string): boolean {
  const match = /^([a-z][a-z0-9+.-]*:)/i.exec(url.trim())
  return match !== null && allowedSchemes.includes(match[1]!.toLowerCase())
}

/**
 * Checks what a schema cannot: references between parts of the report (mentions,
 * footnotes, speakers, identities), duplicate ids, figures that must add up, link
 * schemes and calendar dates. Works on unvalidated input, so every problem shows at once.
 */
export function checkReport(input: unknown, sourceMap: SourceMap | undefined): Problem[] {
  const problems: Problem[] = []
  const root = asObject(input)
  const add = (path: Path, message: string, node?: object) => {
    problems.push({
      ...(sourceMap?.locate(path, node) ?? {}),
      file: sourceMap?.file,
      path,
      message,
    })
  }

  const idsOf = (key: 'people' | 'participants') => {
    const ids = new Map<string, Path>()
    asArray(root[key]).forEach((entry, index) => {
      const id = stringOf(asObject(entry).id)
      if (id === undefined) return
      const path = [key, index, 'id']
      const earlier = ids.get(id)
      if (earlier) add(path, `duplicate id "${id}" (also at ${earlier.join('.')})`)
      else ids.set(id, path)
    })
    return ids
  }
  const people = idsOf('people')
  const participants = idsOf('participants')
  for (const [id, path] of participants) {
    if (people.has(id)) add(path, `duplicate id "${id}": a person has it too`)
  }

  const definitions = new Map<string, Path>()
  asArray(root.footnotes).forEach((entry, index) => {
    const identifier = stringOf(asObject(entry).identifier)
    if (identifier === undefined) return
    const path = ['footnotes', index]
    if (definitions.has(identifier))
      add(path, `footnote [^${identifier}] is defined twice`, entry as object)
    else definitions.set(identifier, path)
  })
  const referenced = new Set<string>()

  const unknown = (kind: string, id: string, known: Map<string, Path>) =>
    unknownReference(kind, id, [...known.keys()])

  /**
   * Who made a marked recommendation: `by`, else the first mention or intervention
   * inside it; undefined when neither says.
   */
  const speakerOf = (node: Loose): string | undefined => {
    const by = stringOf(node.by)
    if (by !== undefined) return by
    const find = (inlines: unknown): string | undefined => {
      for (const value of asArray(inlines)) {
        const inner = asObject(value)
        if (inner.type === 'mention') return stringOf(inner.person) ?? ''
        if (inner.type === 'participant') return anonymousSpeaker
        const found = find(inner.children)
        if (found !== undefined) return found
      }
      return undefined
    }
    return find(node.children)
  }

  /** Where inline content is: a recommendation may be marked in the body only, and once. */
  type Place = 'body' | 'footnote' | 'recommendation'

  const checkInlines = (inlines: unknown, path: Path, depth = 0, place: Place = 'body') => {
    asArray(inlines).forEach((value, index) => {
      const node = asObject(value)
      const here = [...path, index]
      const nests =
        node.type === 'link' ||
        node.type === 'emphasis' ||
        node.type === 'strong' ||
        node.type === 'recommendation'
      if (nests && depth >= nestingLimits.inline) {
        add(here, tooDeepMessage('inline'), value as object)
        return
      }
      switch (node.type) {
        case 'mention': {
          const person = stringOf(node.person) ?? ''
          if (!people.has(person))
            add(here, `mention of ${unknown('person', person, people)}`, value as object)
          break
        }
        case 'participant': {
          const identity = stringOf(node.identity)
          if (identity !== undefined && !participants.has(identity)) {
            add(
              here,
              `intervention by ${unknown('participant', identity, participants)}`,
              value as object,
            )
          }
          break
        }
        case 'footnoteReference': {
          const identifier = stringOf(node.identifier) ?? ''
          referenced.add(identifier)
          if (!definitions.has(identifier)) {
            add(here, `footnote [^${identifier}] is referenced but never defined`, value as object)
          }
          break
        }
        case 'link': {
          const url = stringOf(node.url) ?? ''
          if (!isAllowedUrl(url)) {
            add(
              here,
              `link "${url}" is not allowed: use an http, https or mailto URL`,
              value as object,
            )
          }
          checkInlines(node.children, [...here, 'children'], depth + 1, place)
          break
        }
        case 'emphasis':
        case 'strong':
          checkInlines(node.children, [...here, 'children'], depth + 1, place)
          break
        case 'recommendation': {
          const kind = node.kind === 'call' ? 'call' : 'recommendation'
          if (place !== 'body') {
            add(
              here,
              place === 'footnote'
                ? `a ${kind} cannot be marked in a footnote: mark it in the paragraph that references the note`
                : `a ${kind} inside a recommendation or a ":::recommendations" list: it is one already`,
              value as object,
            )
          }
          const speaker = speakerOf(node)
          if (speaker === undefined) {
            add(
              here,
              `say who made this ${kind}: ":${kind}[…]{by=ID}" with a person's id, or "{by=${anonymousSpeaker}}"`,
              value as object,
            )
          } else if (speaker !== anonymousSpeaker && !people.has(speaker)) {
            add(
              here,
              `${kind} by ${unknown('person', speaker, people)} (an anonymous participant is "by=${anonymousSpeaker}")`,
              value as object,
            )
          }
          checkInlines(node.children, [...here, 'children'], depth + 1, 'recommendation')
          break
        }
      }
    })
  }

  asArray(root.sections).forEach((sectionValue, sectionIndex) => {
    asArray(asObject(sectionValue).blocks).forEach((blockValue, blockIndex) => {
      const block = asObject(blockValue)
      const path: Path = ['sections', sectionIndex, 'blocks', blockIndex]
      switch (block.type) {
        case 'paragraph':
          checkInlines(block.content, [...path, 'content'])
          break
        case 'list':
          asArray(block.items).forEach((item, index) => {
            checkInlines(item, [...path, 'items', index])
          })
          break
        case 'recommendations': {
          const speaker = stringOf(block.speaker) ?? ''
          if (speaker && !people.has(speaker)) {
            add(
              [...path, 'speaker'],
              `recommendations by ${unknown('person', speaker, people)}`,
              blockValue as object,
            )
          }
          asArray(block.items).forEach((item, index) => {
            checkInlines(item, [...path, 'items', index], 0, 'recommendation')
          })
          break
        }
        case 'checklist':
          asArray(block.items).forEach((item, index) => {
            checkInlines(asObject(item).leadIn, [...path, 'items', index, 'leadIn'])
            checkInlines(asObject(item).content, [...path, 'items', index, 'content'])
          })
          break
        case 'table':
          asArray(block.header).forEach((cell, index) => {
            checkInlines(cell, [...path, 'header', index])
          })
          asArray(block.rows).forEach((row, rowIndex) => {
            asArray(row).forEach((cell, index) => {
              checkInlines(cell, [...path, 'rows', rowIndex, index])
            })
          })
          break
      }
    })
  })
  asArray(root.footnotes).forEach((entry, index) => {
    checkInlines(asObject(entry).content, ['footnotes', index, 'content'], 0, 'footnote')
  })
  for (const [identifier, path] of definitions) {
    if (!referenced.has(identifier)) {
      const entry = asArray(root.footnotes)[path[1] as number] as object
      add(path, `footnote [^${identifier}] is defined but never referenced`, entry)
    }
  }

  asArray(asObject(root.backgroundDocuments).items).forEach((entry, index) => {
    const url = stringOf(asObject(entry).url)
    if (url !== undefined && !isAllowedUrl(url)) {
      add(
        ['backgroundDocuments', 'items', index, 'url'],
        `link "${url}" is not allowed: use an http, https or mailto URL`,
      )
    }
  })

  const attendance = asObject(root.attendance)
  const total = attendance.total
  if (typeof total === 'number') {
    const counted = asArray(attendance.categories).reduce<number>(
      (sum, category) =>
        sum +
        (typeof asObject(category).count === 'number' ? (asObject(category).count as number) : 0),
      0,
    )
    if (counted > total) {
      add(
        ['attendance', 'categories'],
        `attendance categories add up to ${counted}, more than the total of ${total}`,
      )
    }
  }
  const gender = asObject(attendance.gender)
  if (Object.keys(gender).length > 0) {
    const shares = ['women', 'men', 'other'].map((key) =>
      typeof gender[key] === 'number' ? (gender[key] as number) : 0,
    )
    const sum = shares.reduce((left, right) => left + right, 0)
    if (Math.abs(sum - 100) > 0.01) {
      add(['attendance', 'gender'], `gender shares add up to ${sum} per cent, not 100`)
    }
  }

  const time = asObject(root.time)
  if (
    typeof time.start === 'string' &&
    typeof time.end === 'string' &&
    clockTime.test(time.start) &&
    clockTime.test(time.end) &&
    time.end <= time.start
  ) {
    add(['time', 'end'], `the meeting ends (${time.end}) before it starts (${time.start})`)
  }
  const address = stringOf(asObject(root.comments).address)
  if (
    address !== undefined &&
    !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address) &&
    !/^https?:\/\//i.test(address)
  ) {
    add(
      ['comments', 'address'],
      `comments go to an e-mail address or an http(s) URL, found "${address}"`,
    )
  }
  return problems
}
