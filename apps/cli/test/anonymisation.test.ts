import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { identityReport, type KnownParticipant } from '@rapporteur/fixtures'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { searchableText } from './read-output.js'
import { runCli } from './run-cli.js'

const hidingVariants = ['draft', 'final', 'digest'] as const

/**
 * Builds every variant of one report per participant list, in one run of the CLI;
 * returns for each report the searchable text of each of its 12 output files.
 */
async function buildIdentityReports(
  lists: ReadonlyArray<readonly KnownParticipant[]>,
): Promise<Array<Map<string, string>>> {
  const folder = mkdtempSync(join(tmpdir(), 'rapporteur-identity-'))
  const sources = lists.map((participants, index) => {
    const source = join(folder, `consultation-${index + 1}.json`)
    writeFileSync(source, JSON.stringify(identityReport(participants), null, 2))
    return source
  })
  const out = join(folder, 'out')
  const run = await runCli(['build', ...sources, '--out', out])
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
  return lists.map((_, index) => {
    const reportFolder = join(out, `consultation-${index + 1}`)
    const files = readdirSync(reportFolder)
    expect(files).toHaveLength(12)
    // Line breaks and justification may split a name across lines in extracted text.
    return new Map(
      files.map((name) => [name, searchableText(join(reportFolder, name)).replace(/\s+/g, ' ')]),
    )
  })
}

/** The words of an identity that a variant applying the rule must never show. */
function hiddenWords(participant: KnownParticipant): string[] {
  return [
    participant.name,
    ...participant.name.split(' '),
    participant.country,
    participant.affiliation ?? '',
  ].filter((word) => word.length >= 5)
}

/** Checks one report's outputs: internal names every participant, the others none. */
function checkOutputs(
  outputs: Map<string, string>,
  participants: readonly KnownParticipant[],
): void {
  for (const [file, text] of outputs) {
    for (const participant of participants) {
      if (file.startsWith('internal.')) {
        expect(text, `${file} names ${participant.name}`).toContain(participant.name)
        continue
      }
      for (const hidden of hiddenWords(participant))
        expect(text, `${file} shows "${hidden}"`).not.toContain(hidden)
    }
  }
}

describe('the meeting’s rule', () => {
  it('names the identities the source holds in the internal variant only', async () => {
    const participants = [
      {
        id: 'p1',
        name: 'Ingrid Vesterlund',
        country: 'Kiribati',
        affiliation: 'Pacific Workers Alliance',
      },
      { id: 'p2', name: 'Tomasz Wielgorski', country: 'Lesotho' },
    ]
    const [outputs] = await buildIdentityReports([participants])
    for (const format of ['pdf', 'docx', 'html']) {
      const internal = outputs!.get(`internal.${format}`)!
      expect(internal, `internal.${format}`).toContain(
        'Ingrid Vesterlund, Pacific Workers Alliance, Kiribati',
      )
      expect(internal, `internal.${format}`).toContain('Tomasz Wielgorski, Lesotho')
      for (const variant of hidingVariants) {
        const text = outputs!.get(`${variant}.${format}`)!
        for (const participant of participants) {
          for (const word of hiddenWords(participant))
            expect(text, `${variant}.${format}`).not.toContain(word)
        }
      }
    }
    checkOutputs(outputs!, participants)
  })

  it('hides every generated identity in every byte and extracted text of draft, final and digest', async () => {
    // Name-like words (capitalised syllables) that the fixture's own text does not contain.
    const word = fc
      .tuple(
        fc.constantFrom(...'BDFGKLMNPRSTVZ'),
        fc.array(fc.constantFrom('a', 'e', 'i', 'o', 'u', 'ar', 'el', 'in', 'os', 'uk', 'ri'), {
          minLength: 3,
          maxLength: 5,
        }),
      )
      .map(([initial, syllables]) => `${initial}${syllables.join('')}`)
      .filter((text) => text.length >= 5)
    const participant = fc.record({
      name: fc.tuple(word, word).map(([given, family]) => `${given} ${family}`),
      country: word.map((text) => `Republic of ${text}`),
      affiliation: fc.option(
        word.map((text) => `${text} Institute`),
        { nil: undefined },
      ),
    })
    const participants = fc
      .uniqueArray(participant, { minLength: 1, maxLength: 4, selector: (entry) => entry.name })
      .map((entries) => entries.map((entry, index) => ({ id: `p${index + 1}`, ...entry })))

    // Each run builds a batch of five reports in one CLI process: 4 runs, 20 reports, 240 files.
    await fc.assert(
      fc.asyncProperty(fc.array(participants, { minLength: 5, maxLength: 5 }), async (lists) => {
        const outputs = await buildIdentityReports(lists)
        lists.forEach((list, index) => {
          checkOutputs(outputs[index]!, list)
        })
      }),
      { numRuns: 4 },
    )
  }, 300_000)
})
