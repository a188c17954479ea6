import { readFileSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { examplePath, hostileStrings } from '@rapporteur/fixtures'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'

// Mutations of the bundled example go through parse, validation, resolution and the
// three renderers (the built packages, in a worker thread that is stopped when a
// case takes too long). Each case must end within its time, with a valid report or
// with problems that each name a line and column, never with another error; and a
// variant that applies the Chatham House Rule must not show the identity behind an
// anonymous intervention.

const caseTimeout = 15_000
const runs = 200
const seed = 20261201

const example = readFileSync(examplePath, 'utf8')
const frontMatterEnd = example.indexOf('\n---\n', 4) + 1
const frontMatter = example.slice(0, frontMatterEnd)
const sections = example
  .slice(frontMatterEnd + 4)
  .split(/^(?=# )/m)
  .filter((section) => section.startsWith('# '))

/** An identity the source knows and every variant but `internal` must hide, and the words that give it away. */
const identity = [
  'participants:',
  '  - id: fz1',
  '    name: Quillon Vargessex',
  '    country: Liechtenstein',
  '    affiliation: Ministry of Quietude',
].join('\n')
const hiddenWords = ['Quillon', 'Vargessex', 'Liechtenstein', 'Quietude']
const intervention =
  ':participant[A participant]{#fz1} asked when the next meeting would take place.[^fz]'

/**
 * The example's front matter with the identity, and `count` of its sections from
 * `first`, the first with the intervention; the example's notes are left out, so
 * that a few sections make a valid report, and one note of its own is put in.
 */
function baseSource(first: number, count: number): string {
  const chosen = sections
    .slice(first, first + count)
    .map((section) => section.replace(/^\[\^\d+\]:.*\n?/gm, '').replace(/\[\^\d+\]/g, ''))
  const [heading, ...rest] = chosen[0]!.split('\n')
  chosen[0] = [heading, '', intervention, ...rest].join('\n')
  return `${frontMatter}${identity}\n---\n${chosen.join('')}\n[^fz]: The date was agreed later.\n`
}

function nested(kind: string, depth: number): string {
  switch (kind) {
    case 'strong':
      return `${'**'.repeat(depth)}x${'**'.repeat(depth)}`
    case 'emphasis':
      return `${'*'.repeat(depth)}x${'*'.repeat(depth)}`
    case 'brackets':
      return `${'['.repeat(depth)}x${']'.repeat(depth)}`
    case 'quotes':
      return `${'>'.repeat(depth)} x`
    case 'lists':
      return Array.from({ length: depth }, (_, level) => `${'  '.repeat(level)}- x`).join('\n')
    case 'containers':
      return [
        ...Array.from(
          { length: depth },
          (_, level) => `${':'.repeat(depth + 3 - level)}unnumbered`,
        ),
        'x',
        ...Array.from({ length: depth }, (_, level) => ':'.repeat(level + 4)),
      ].join('\n')
    default:
      return `title: ${'['.repeat(depth)}`
  }
}

type Mutation =
  | { kind: 'delete' | 'duplicate' | 'truncate'; at: number }
  | { kind: 'swap'; at: number; other: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'bytes'; at: number; bytes: Uint8Array }

const insertedText = fc.oneof(
  fc.constantFrom(...hostileStrings),
  fc.constantFrom(
    ':::',
    ':::recommendations{speaker=nobody}',
    ':person{#nobody}',
    ':participant[A participant]{#nobody}',
    '[^missing]',
    '[^1]: A second note one.',
    '# ',
    '---',
    '| a |\n| - |',
    '<div>',
    '```',
    '&#0;',
    '\r',
    '\u0000',
    '\ud800',
    'date: 2022-02-30',
    'title: *alias',
    'a: &a [*a]',
    'language: not a language',
  ),
  fc
    .tuple(
      fc.constantFrom('strong', 'emphasis', 'brackets', 'quotes', 'lists', 'containers', 'yaml'),
      fc.integer({ min: 1, max: 3000 }),
    )
    .map(([kind, depth]) => nested(kind, depth)),
  fc.string({ maxLength: 30, unit: 'binary' }),
)

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete', 'duplicate', 'truncate'), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap'), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('insert'), at: fc.nat(), text: insertedText }),
  fc.record({
    kind: fc.constant('bytes'),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
  }),
) as fc.Arbitrary<Mutation>

/** The source after the mutations, as text, or as bytes when bytes were put in. */
function mutate(source: string, mutations: readonly Mutation[]): string | Uint8Array {
  let lines = source.split('\n')
  let bytes: { at: number; bytes: Uint8Array }[] = []
  for (const change of mutations) {
    const at = change.at % Math.max(1, lines.length)
    if (change.kind === 'delete') lines.splice(at, 1)
    if (change.kind === 'duplicate') lines.splice(at, 0, lines[at] ?? '')
    if (change.kind === 'truncate') lines = lines.slice(0, Math.max(at, 1))
    if (change.kind === 'swap') {
      const other = change.other % Math.max(1, lines.length)
      ;[lines[at], lines[other]] = [lines[other]!, lines[at]!]
    }
    if (change.kind === 'insert') {
      const line = lines[at] ?? ''
      const column = change.text.length % (line.length + 1)
      lines[at] = `${line.slice(0, column)}${change.text}${line.slice(column)}`
    }
    if (change.kind === 'bytes') bytes = [...bytes, { at, bytes: change.bytes }]
  }
  const text = lines.join('\n')
  if (bytes.length === 0) return text
  const encoded = new TextEncoder().encode(text)
  let result = encoded
  for (const insertion of bytes) {
    const at = (insertion.at * 7919) % (result.length + 1)
    result = new Uint8Array([...result.subarray(0, at), ...insertion.bytes, ...result.subarray(at)])
  }
  return result
}

type Answer =
  | { kind: 'invalid'; problems: { line?: number; column?: number; message: string }[] }
  | { kind: 'valid'; rule: string; leaks: string[] }
  | { kind: 'crash'; step: string; error: string }

/** A worker that runs cases one at a time; a case that takes too long stops it. */
function startRunner() {
  let worker = new Worker(new URL('./fuzz-pipeline-worker.mjs', import.meta.url))
  return {
    run(source: string | Uint8Array, variant: string): Promise<Answer | 'timeout'> {
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          worker.removeAllListeners('message')
          void worker.terminate()
          worker = new Worker(new URL('./fuzz-pipeline-worker.mjs', import.meta.url))
          resolve('timeout')
        }, caseTimeout)
        worker.once('message', (answer: Answer) => {
          clearTimeout(timer)
          resolve(answer)
        })
        worker.postMessage({ source, variant, hiddenWords })
      })
    },
    close: () => worker.terminate(),
  }
}

function occurrences(source: string | Uint8Array, word: string): number {
  const text = typeof source === 'string' ? source : new TextDecoder().decode(source)
  return text.split(word).length - 1
}

describe('mutations of the example', () => {
  const runner = startRunner()
  afterAll(() => runner.close())

  it(`end in time with a valid report or located problems, never another error, and hide identities (${runs} cases)`, async () => {
    const seen = { valid: 0, invalid: 0 }
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: sections.length - 1 }),
        fc.integer({ min: 1, max: 2 }),
        fc.array(mutation, { minLength: 0, maxLength: 4 }),
        fc.constantFrom('draft', 'final', 'digest'),
        async (first, count, mutations, variant) => {
          const source = mutate(baseSource(first, count), mutations)
          const answer = await runner.run(source, variant)
          const about = `variant ${variant}, mutations ${JSON.stringify(mutations).slice(0, 400)}`
          expect(answer, `a case that did not end in ${caseTimeout} ms: ${about}`).not.toBe(
            'timeout',
          )
          if (answer === 'timeout') return
          expect(answer.kind, `${about}: ${JSON.stringify(answer).slice(0, 2000)}`).not.toBe(
            'crash',
          )
          if (answer.kind === 'invalid') {
            seen.invalid++
            expect(answer.problems.length).toBeGreaterThan(0)
            for (const problem of answer.problems)
              expect(
                [problem.line, problem.column].every((value) => Number.isInteger(value)),
                `an unlocated problem "${problem.message}": ${about}`,
              ).toBe(true)
          }
          if (answer.kind === 'valid') {
            seen.valid++
            // A word the mutations copied into the text is the text's, not a leak.
            const hidden = hiddenWords.filter((word) => occurrences(source, word) === 1)
            if (answer.rule === 'chatham-house')
              expect(
                answer.leaks.filter((leak) => hidden.some((word) => leak.startsWith(word))),
                about,
              ).toEqual([])
          }
        },
      ),
      { numRuns: runs, seed, endOnFailure: true },
    )
    // Both kinds of case are common, so that each kind of assertion is exercised.
    expect(seen.valid).toBeGreaterThan(runs / 5)
    expect(seen.invalid).toBeGreaterThan(runs / 5)
  }, 300_000)
})
