import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { hyphenatorFor } from './hyphenation.js'

function hyphenated(language: string, word: string): string {
  const hyphenator = hyphenatorFor(language)
  if (hyphenator === null) throw new Error(`no hyphenator for ${language}`)
  let result = ''
  let start = 0
  for (const point of hyphenator.points(word)) {
    result += `${word.slice(start, point)}-`
    start = point
  }
  return result + word.slice(start)
}

const paragraph = `The Special Rapporteur held consultations with representatives of governments,
parliamentarians, national human rights institutions, civil society organisations and
communities affected by displacement. During the visit, participants described the difficulties
they encountered when applying for documentation, the insufficient availability of interpreters
at registration centres, and the uncertainty created by successive administrative reforms.
Several delegations emphasised that international cooperation remains indispensable, and that
humanitarian assistance should be accompanied by sustainable development programmes. The
Committee welcomed the establishment of an independent monitoring mechanism, while noting with
concern that its mandate, resources and methodology have not yet been clarified. Women and
children, who constitute the overwhelming majority of the displaced population, reported
persistent obstacles to education, healthcare and employment. Many families explained that
they had been separated during the journey and that information about reunification
procedures was fragmented, contradictory or available only online. The Rapporteur recommends
that the authorities strengthen coordination between ministries, guarantee unconditional access
to legal counselling, allocate predictable multi-year funding, and publish comprehensive
statistics disaggregated by sex, age and disability. She further recommends that the
implementation of these recommendations be reviewed periodically, in consultation with the
communities concerned, and that the findings be communicated transparently to parliament,
regional bodies and the relevant treaty bodies, so that accountability is reinforced and
progress can be measured against clearly defined, achievable and verifiable benchmarks over
the coming years, notwithstanding the considerable budgetary constraints that the government
described in its comprehensive written submission.`

describe('hyphenatorFor', () => {
  it('hyphenates English by the US patterns', () => {
    const english = hyphenatorFor('en')!
    expect(english.points('consultation')).toEqual([3, 6, 8])
    expect(hyphenated('en', 'consultation')).toBe('con-sul-ta-tion')
    expect(english.points('parliamentarians')).toEqual([3, 6, 9, 12, 13])
    expect(hyphenated('en', 'parliamentarians')).toBe('par-lia-men-tar-i-ans')
    expect(hyphenated('en', 'recommendations')).toBe('rec-om-men-da-tions')
    expect(hyphenated('en', 'development')).toBe('de-vel-op-ment')
    // The patterns' own exceptions apply.
    expect(english.points('present')).toEqual([])
    expect(hyphenated('en', 'table')).toBe('ta-ble')
  })

  it('hyphenates British English by the British patterns', () => {
    expect(hyphenated('en-GB', 'consultation')).toBe('con-sulta-tion')
    expect(hyphenated('en-GB', 'organisation')).toBe('or-gan-isa-tion')
    expect(hyphenatorFor('en-GB')).not.toBe(hyphenatorFor('en'))
  })

  it('hyphenates French, Spanish, Russian, German and others', () => {
    expect(hyphenatorFor('fr')!.points('développement')).toEqual([2, 4, 7, 9])
    expect(hyphenated('fr', 'développement')).toBe('dé-ve-lop-pe-ment')
    expect(hyphenated('fr-CA', 'recommandations')).toBe('re-com-man-da-tions')
    expect(hyphenatorFor('es')!.points('recomendaciones')).toEqual([2, 4, 7, 9, 12])
    expect(hyphenated('es-419', 'recomendaciones')).toBe('re-co-men-da-cio-nes')
    expect(hyphenatorFor('ru')!.points('парламентарии')).toEqual([3, 5, 8, 10])
    expect(hyphenated('ru', 'парламентарии')).toBe('пар-ла-мен-та-рии')
    expect(hyphenated('ru-RU', 'рекомендации')).toBe('ре-ко-мен-да-ции')
    expect(hyphenated('de', 'zusammenarbeit')).toBe('zu-sam-men-ar-beit')
    expect(hyphenated('it', 'raccomandazioni').split('-').length).toBeGreaterThan(3)
    expect(hyphenated('pt-BR', 'desenvolvimento').split('-').length).toBeGreaterThan(3)
    expect(hyphenated('nl', 'ontwikkeling').split('-').length).toBeGreaterThan(2)
  })

  it('maps language tags to pattern files and shares hyphenators', () => {
    for (const language of ['en', 'en-US', 'en_US', 'EN-us', 'fr-CA', 'pt-BR', 'de-AT', 'sr-Latn'])
      expect(hyphenatorFor(language)).not.toBeNull()
    expect(hyphenatorFor('en-US')).toBe(hyphenatorFor('en'))
    expect(hyphenatorFor('en_US')).toBe(hyphenatorFor('en'))
    expect(hyphenatorFor('de-1901')).not.toBe(hyphenatorFor('de'))
    expect(hyphenatorFor('sh')).toBe(hyphenatorFor('sr-Latn'))
    expect(hyphenatorFor('ms')).toBe(hyphenatorFor('id'))
  })

  it('has none for languages without patterns or without visible hyphens', () => {
    for (const language of ['ar', 'zh', 'zh-Hans', 'ja', 'ko', 'th', 'am', 'fa', 'he', 'mn-Mong'])
      expect(hyphenatorFor(language)).toBeNull()
    for (const language of ['', 'und', 'xx', 'not a language', '-'])
      expect(hyphenatorFor(language)).toBeNull()
  })

  it('leaves names, acronyms, numbers, addresses, short and hyphenated words whole', () => {
    const english = hyphenatorFor('en')!
    for (const word of [
      'Omidvar',
      'Consultation',
      'UNHCR',
      'CONSULTATION',
      'COVID-19',
      'consultation2',
      'a1b2c3d4e5',
      'www.un.org',
      'consultation.org',
      'consultation@un.org',
      'consultations/parliament',
      'mailto:consultation',
      'two',
      'then',
      'co-operation',
      'well\u2010being',
      'consul\u00adtation',
    ])
      expect(english.points(word)).toEqual([])
    expect(hyphenatorFor('ru')!.points('Москва')).toEqual([])
    expect(hyphenatorFor('fr')!.points('Élisabeth')).toEqual([])
  })

  it('puts points only between letters, never next to an apostrophe', () => {
    expect(hyphenated('fr', "l'organisation")).toBe("l'or-ga-ni-sa-tion")
    expect(hyphenated('fr', 'l’organisation')).toBe('l’or-ga-ni-sa-tion')
    expect(hyphenated('en', "organisation's")).toBe("or-gan-i-sa-tion's")
    // Sentence punctuation around a word is not part of it.
    expect(hyphenated('en', 'consultation.')).toBe('con-sul-ta-tion.')
    expect(hyphenated('en', '“consultation”')).toBe('“con-sul-ta-tion”')
  })

  it('gives decomposed words the points of their composed form, at the same letters', () => {
    expect(hyphenated('fr', 'de\u0301veloppement')).toBe('de\u0301-ve-lop-pe-ment')
    expect(hyphenatorFor('fr')!.points('de\u0301veloppement')).toEqual([3, 5, 8, 10])
  })

  it('never splits an Indic conjunct or separates a vowel sign from its consonant', () => {
    for (const [language, word] of [
      ['hi', 'संयुक्तराष्ट्र'],
      ['hi', 'अंतर्राष्ट्रीय'],
      ['bn', 'আন্তর্জাতিক'],
      ['bn', 'বাংলাদেশের'],
    ] as const) {
      const points = hyphenatorFor(language)!.points(word)
      for (const point of points) {
        expect(word[point]).toMatch(/\p{L}/u)
        expect(word[point - 1]).not.toMatch(/[\u094d\u09cd]/)
      }
    }
    expect(hyphenated('hi', 'संयुक्तराष्ट्र')).toBe('संयु-क्त-रा-ष्ट्र')
  })

  it('keeps 2 letters before the first point and 3 after the last over a real paragraph', () => {
    const english = hyphenatorFor('en')!
    const words = paragraph.split(/\s+/)
    expect(words.length).toBeGreaterThanOrEqual(200)
    let hyphenatedWords = 0
    for (const word of words) {
      const points = english.points(word)
      if (points.length > 0) hyphenatedWords++
      for (const point of points) {
        const before = word.slice(0, point).match(/\p{L}/gu) ?? []
        const after = word.slice(point).match(/\p{L}/gu) ?? []
        expect(before.length).toBeGreaterThanOrEqual(2)
        expect(after.length).toBeGreaterThanOrEqual(3)
        expect(word.slice(point - 1, point + 1)).toMatch(/^\p{L}\p{L}$/u)
      }
      if (/^\P{L}*\p{Lu}/u.test(word) || (word.match(/\p{L}/gu) ?? []).length < 5)
        expect(points).toEqual([])
    }
    expect(hyphenatedWords).toBeGreaterThan(60)
    expect(hyphenated('en', 'disaggregated')).toBe('dis-ag-gre-gated')
    expect(hyphenated('en', 'notwithstanding')).toBe('notwith-stand-ing')
  })

  it('is deterministic and hands out copies of its cached points', () => {
    const english = hyphenatorFor('en')!
    const first = english.points('consultation')
    first.push(99)
    expect(english.points('consultation')).toEqual([3, 6, 8])
    expect(hyphenatorFor('en')!.points('consultation')).toEqual([3, 6, 8])
  })

  it('keeps working after its word cache fills up', () => {
    const english = hyphenatorFor('en')!
    const letters = 'abcdefghijklmnopqrstuvwxyz'
    for (let number = 0; number < 100_010; number++) {
      let suffix = ''
      for (let rest = number; rest > 0; rest = Math.floor(rest / 26)) suffix += letters[rest % 26]
      english.points(`consultation${suffix}`)
    }
    expect(english.points('consultation')).toEqual([3, 6, 8])
    expect(english.points('parliamentarians')).toEqual([3, 6, 9, 12, 13])
  })

  it("loads a language's patterns only when it first hyphenates a word", () => {
    const require = createRequire(import.meta.url)
    const patternFile = require.resolve('hyphen/patterns/cy.js')
    const hyphenator = hyphenatorFor('cy-GB')
    expect(hyphenator).not.toBeNull()
    expect(require.cache[patternFile]).toBeUndefined()
    // Words too short, capitalised or with digits get no points without the patterns.
    expect(hyphenator!.points('Caerdydd')).toEqual([])
    expect(hyphenator!.points('tŷ')).toEqual([])
    expect(require.cache[patternFile]).toBeUndefined()
    expect(hyphenator!.points('llongyfarchiadau').length).toBeGreaterThan(0)
    expect(require.cache[patternFile]).toBeDefined()
  })
})
