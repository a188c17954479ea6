import { describe, expect, it } from 'vitest'
import { compareVersions, formatProblem, parseReport, type SourceMap } from '../src/index.js'

const frontMatter = (language: string) => `---
title: A consultation
facilitator: The secretariat
date: 2023-06-14
modality: virtual
language: ${language}
people:
  - id: diallo
    honorific: Ms.
    name: Aminata Diallo
    familyName: Diallo
  - id: kone
    honorific: Mr.
    name: Ibrahim Koné
    familyName: Koné
  - id: sow
    honorific: Mr.
    name: Ousmane Sow
    familyName: Sow
---
`

/** The paragraphs of the French translation, by their number in the original. */
const french = {
  opening: ':person{#diallo} a ouvert la réunion le 14 juin 2023.',
  attendance: 'La réunion a rassemblé 36 participants de 7 pays.',
  network: ':person{#kone} a pris la parole. :recommendation[Il a demandé un réseau.]{by=kone}',
  study: ':participant[Une participante] a demandé une étude.[^1]',
  contributions: ':call[:person{#sow} a invité chacun à contribuer.]',
  closing: ':person{#diallo} a clos la réunion.',
}

const englishSource = `${frontMatter('en')}
# Opening

:person{#diallo} opened the meeting on 14 June 2023.

The meeting brought together 36 participants from 7 countries.

:person{#kone} took the floor. :recommendation[He asked for a network.]{by=kone}

:::recommendations{speaker=kone}
- access to places of detention;
- data on returns.
:::

# Follow-up

:participant[A participant] asked for a study.[^1]

:call[:person{#sow} urged everyone to contribute.]

:person{#diallo} closed the meeting.

[^1]: A note on the study.
`

const frenchRecommendations = `:::recommendations{speaker=kone}
- l'accès aux lieux de détention ;
- des données sur les retours.
:::
`

/**
 * The French translation with these paragraphs in its two sections, and the
 * recommendations after those of the first unless `recommendations` is false.
 */
function frenchSource(
  opening = [french.opening, french.attendance, french.network],
  followUp = [french.study, french.contributions, french.closing],
  { recommendations = true, notes = "[^1]: Une note sur l'étude.\n" } = {},
): string {
  const blocks = (paragraphs: string[]) => paragraphs.map((text) => `${text}\n\n`).join('')
  return `${frontMatter('fr')}
# Ouverture

${blocks(opening)}${recommendations ? `${frenchRecommendations}\n` : ''}# Suivi

${blocks(followUp)}${notes}`
}

const original = parseReport(englishSource, { filename: 'report.md' })

/** The problems of a French translation, one `file:line:column: message` line each. */
function problemsOf(source: string): string[] {
  let sourceMap: SourceMap | undefined
  const translation = parseReport(source, {
    filename: 'report.fr.md',
    onSourceMap: (map) => (sourceMap = map),
  })
  return compareVersions(original, translation, 'report.md', sourceMap).map(formatProblem)
}

/** The line of `source` that starts with `text`, from 1. */
function lineOf(source: string, text: string): number {
  const line = source.split('\n').findIndex((each) => each.startsWith(text))
  if (line < 0) throw new Error(`no line starts with ${text}`)
  return line + 1
}

describe('a translation compared with its report', () => {
  it('finds nothing when the structure is the same', () => {
    expect(problemsOf(frenchSource())).toEqual([])
  })

  it('reports a paragraph left out in the middle once, where it is missing', () => {
    const source = frenchSource([french.opening, french.attendance])
    // Nothing about the recommendation and the mention of Mr. Koné that went with it,
    // nor about the paragraphs after it, which keep their counterparts.
    expect(problemsOf(source)).toEqual([
      `report.fr.md:${lineOf(source, ':::recommendations')}:1: paragraph 3 of report.md has no counterpart here`,
    ])
  })

  it('places a paragraph left out at the next one of its section', () => {
    const source = frenchSource([french.opening, french.network])
    expect(problemsOf(source)).toEqual([
      `report.fr.md:${lineOf(source, french.network)}:1: paragraph 2 of report.md has no counterpart here`,
    ])
  })

  it('reports the first and the last paragraph left out', () => {
    const source = frenchSource(
      [french.attendance, french.network],
      [french.study, french.contributions],
    )
    // The last one ended its section: it is placed at the section's heading.
    expect(problemsOf(source)).toEqual([
      `report.fr.md:${lineOf(source, french.attendance)}:1: paragraph 1 of report.md has no counterpart here`,
      `report.fr.md:${lineOf(source, '# Suivi')}:1: paragraph 6 of report.md has no counterpart here`,
    ])
  })

  it('reports an extra paragraph once, at it', () => {
    const extra = 'Les échanges, en 2024, ont été riches.'
    const source = frenchSource(undefined, [
      french.study,
      extra,
      french.contributions,
      french.closing,
    ])
    expect(problemsOf(source)).toEqual([
      `report.fr.md:${lineOf(source, extra)}:1: paragraph 5 has no counterpart in report.md`,
    ])
  })

  it('reports one of two swapped paragraphs as out of place, at it', () => {
    const source = frenchSource(undefined, [french.contributions, french.study, french.closing])
    expect(problemsOf(source)).toEqual([
      `report.fr.md:${lineOf(source, french.study)}:1: paragraph 5 is out of place: it translates paragraph 4 of report.md`,
    ])
  })

  it('reports what differs in the paragraphs after one left out, against their counterparts', () => {
    const call = ':call[Lui aussi, :person{#sow} a invité chacun à contribuer.]{by=kone}'
    const source = frenchSource(
      [french.opening, french.attendance],
      [french.study, call, french.closing],
    )
    expect(problemsOf(source)).toEqual([
      `report.fr.md:${lineOf(source, ':::recommendations')}:1: paragraph 3 of report.md has no counterpart here`,
      `report.fr.md:${lineOf(source, call)}:1: the recommendation of "kone" in paragraph 4 differs from report.md: the recommendation of "sow" in paragraph 5`,
    ])
  })

  it('places recommendations left out at their section, and an extra footnote at it', () => {
    const closing = `${french.closing}[^2]`
    const source = frenchSource(undefined, [french.study, french.contributions, closing], {
      recommendations: false,
      notes: "[^1]: Une note sur l'étude.\n\n[^2]: Une autre note.\n",
    })
    expect(problemsOf(source)).toEqual([
      `report.fr.md:${lineOf(source, '[^2]:')}:1: footnote [^2] has no counterpart in report.md`,
      `report.fr.md:${lineOf(source, '# Ouverture')}:1: recommendations of "kone" in report.md have no counterpart here`,
    ])
  })
})
