import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { identityReport, type KnownParticipant } from '@rapporteur/fixtures'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { searchableText } from './read-output.js'
import { runCli } from './run-cli.js'

const hidingVariants = ['draft', 'final', 'digest'] as const

/** Builds every variant of a report with these participants; returns the searchable text of each output file. */
async function buildIdentityReport(
  participants: readonly KnownParticipant[],
): Promise<Map<string, string>> {
  const folder = mkdtempSync(join(tmpdir(), 'rapporteur-identity-'))
  const source = join(folder, 'consultation.json')
  writeFileSync(source, JSON.stringify(identityReport(participants), null, 2))
  const out = join(folder, 'out')
  const run = await runCli(['build', source, '--out', out])
  expect(run.stderr).toBe('')
  expect(run.code).toBe(0)
  const files = readdirSync(join(out, 'consultation'))
  expect(files).toHaveLength(12)
  // Line breaks and justification may split a name across lines in extracted text.
  return new Map(
    files.map((name) => [
      name,
      searchableText(join(out, 'consultation', name)).replace(/\s+/g, ' '),
    ]),
  )
}

/** The words of an identity a variant that applies the rule must never show. */
function hiddenWords(participant: KnownParticipant): string[] {
  return [
    participant.name,
    ...participant.name.split(' '),
    participant.country,
    participant.affiliation ?? '',
  ].filter((word) => word.length >= 5)
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
    const outputs = await buildIdentityReport(participants)
    for (const format of ['pdf', 'docx', 'html']) {
      const internal = outputs.get(`internal.${format}`)!
      expect(internal, `internal.${format}`).toContain(
        'Ingrid Vesterlund, Pacific Workers Alliance, Kiribati',
      )
      expect(internal, `internal.${format}`).toContain('Tomasz Wielgorski, Lesotho')
      for (const variant of hidingVariants) {
        const text = outputs.get(`${variant}.${format}`)!
        for (const participant of participants) {
          for (const word of hiddenWords(participant))
            expect(text, `${variant}.${format}`).not.toContain(word)
        }
      }
    }
  })

  it('hides every generated identity in every byte and extracted text of draft, final and digest', async () => {
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

    await fc.assert(
      fc.asyncProperty(participants, async (known) => {
        const outputs = await buildIdentityReport(known)
        for (const [file, text] of outputs) {
          for (const person of known) {
            if (file.startsWith('internal.')) {
              expect(text, file).toContain(person.name)
              continue
            }
            for (const hidden of hiddenWords(person))
              expect(text, `${file} shows "${hidden}"`).not.toContain(hidden)
          }
        }
      }),
      { numRuns: 15 },
    )
  })
})
