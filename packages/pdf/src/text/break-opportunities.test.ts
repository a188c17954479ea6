import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type BreakOpportunity, breakOpportunities } from './break-opportunities.js'

function indices(text: string, language = 'en'): number[] {
  return breakOpportunities(text, language).map((opportunity) => opportunity.index)
}

/** The pieces of text between consecutive opportunities. */
function lines(text: string, language: string): string[] {
  let start = 0
  return breakOpportunities(text, language).map(({ index }) => {
    const line = text.slice(start, index)
    start = index
    return line
  })
}

function expectWellFormed(text: string, opportunities: readonly BreakOpportunity[]) {
  for (let position = 0; position < opportunities.length; position++) {
    const { index } = opportunities[position]!
    expect(index).toBeGreaterThan(0)
    expect(index).toBeLessThanOrEqual(text.length)
    if (position > 0) expect(index).toBeGreaterThan(opportunities[position - 1]!.index)
  }
  expect(opportunities[opportunities.length - 1]?.index).toBe(text.length)
}

/** Whether a line may not start with the character at `index` or end with the one before it. */
function splitsCluster(text: string, index: number): boolean {
  const after = text.slice(index, index + 2)
  return (
    /^(?:[\p{M}\u200c\u0e33\u0eb3]|\u200d)/u.test(after) ||
    text[index - 1] === '\u200d' ||
    (text[index - 1] === '\u200c' && /^[\p{L}\p{M}]/u.test(after))
  )
}

describe('breakOpportunities', () => {
  it('allows a break after each space and ends with the end of the text', () => {
    const text = 'The Committee met twice.'
    expect(breakOpportunities(text, 'en')).toEqual([
      { index: 4, required: false },
      { index: 14, required: false },
      { index: 18, required: false },
      { index: 24, required: false },
    ])
    expect(breakOpportunities('', 'en')).toEqual([])
    expect(breakOpportunities('word', 'en')).toEqual([{ index: 4, required: false }])
  })

  it('marks the breaks after mandatory break characters as required, the end included', () => {
    expect(breakOpportunities('one\ntwo', 'en')).toEqual([
      { index: 4, required: true },
      { index: 7, required: false },
    ])
    expect(breakOpportunities('one\r\ntwo\u2028', 'en')).toEqual([
      { index: 5, required: true },
      { index: 9, required: true },
    ])
    expect(breakOpportunities('\n', 'en')).toEqual([{ index: 1, required: true }])
  })

  it('breaks Thai between words, never inside a syllable', () => {
    const text = 'ประเทศไทยมีประชากรประมาณหกสิบหกล้านคน'
    const opportunities = breakOpportunities(text, 'th')
    expectWellFormed(text, opportunities)
    expect(lines(text, 'th')).toEqual([
      'ประเทศไทย',
      'มี',
      'ประชากร',
      'ประมาณ',
      'หก',
      'สิบ',
      'หก',
      'ล้าน',
      'คน',
    ])
    for (const { index } of opportunities) {
      expect(splitsCluster(text, index)).toBe(false)
      // A leading vowel (เ แ โ ใ ไ) is written before the consonant it follows in speech.
      expect(text[index - 1]).not.toMatch(/[\u0e40-\u0e44]/)
    }
  })

  it('breaks Thai sentences with spaces and other languages’ words in them', () => {
    const text = 'การประชุมเริ่มเวลา 10.00 น. ที่ Palais des Nations เจนีวา'
    const found = lines(text, 'th-TH')
    expect(found.slice(0, 4)).toEqual(['การ', 'ประชุม', 'เริ่ม', 'เวลา '])
    expect(found).toContain('Palais ')
    expect(found.join('')).toBe(text)
    // The dictionary is chosen by script, whatever the paragraph's language.
    expect(lines('The word ประเทศไทย is Thai.', 'en')).toEqual([
      'The ',
      'word ',
      'ประเทศไทย ',
      'is ',
      'Thai.',
    ])
    expect(lines('ตัวอย่างภาษาไทย', 'en')).toEqual(lines('ตัวอย่างภาษาไทย', 'th'))
  })

  it('breaks Lao, Khmer and Myanmar between words', () => {
    const samples = [
      ['lo', 'ສາທາລະນະລັດປະຊາທິປະໄຕປະຊາຊົນລາວ'],
      ['km', 'ព្រះរាជាណាចក្រកម្ពុជា'],
      ['my', 'မြန်မာနိုင်ငံသည်အရှေ့တောင်အာရှတွင်ရှိသည်'],
    ] as const
    for (const [language, text] of samples) {
      const opportunities = breakOpportunities(text, language)
      expectWellFormed(text, opportunities)
      expect(opportunities.length).toBeGreaterThan(1)
      for (const { index } of opportunities) expect(splitsCluster(text, index)).toBe(false)
      expect(indices(text, 'en')).toEqual(indices(text, language))
    }
    expect(lines('ព្រះរាជាណាចក្រកម្ពុជា', 'km')).toEqual(['ព្រះរាជាណាចក្រ', 'កម្ពុជា'])
  })

  it('breaks between ideographs, not before closing or after opening punctuation', () => {
    const text = '中国人民「你好」。世界、和平）（测试'
    expect(indices(text, 'zh')).toEqual([1, 2, 3, 4, 6, 9, 10, 12, 13, 15, 17, 18])
    expect(lines('会议于（日内瓦）举行。', 'zh')).toEqual([
      '会',
      '议',
      '于',
      '（日',
      '内',
      '瓦）',
      '举',
      '行。',
    ])
    expect(lines('日本の「国連」です。', 'ja')).toEqual([
      '日',
      '本',
      'の',
      '「国',
      '連」',
      'で',
      'す。',
    ])
  })

  it('keeps Korean words whole, breaking at spaces', () => {
    const text = '글로벌 콤팩트(GCM)를 논의했다'
    expect(indices(text, 'ko')).toEqual([4, 7, 12, 14, 18])
  })

  it('keeps joiners and the clusters they build in one piece', () => {
    // Bengali ক্‍ষ with a ZWJ (a half form) and ক্ষ without.
    expect(indices('ক্\u200dষমা ক্ষমা', 'bn')).toEqual([7, 12])
    // Persian می‌خواهم: the ZWNJ separates the letters' shapes, not the word.
    expect(indices('می\u200cخواهم بروم', 'fa')).toEqual([9, 13])
    expect(indices('中\u200d国', 'zh')).toEqual([3])
    // A family emoji is one ZWJ sequence; so is a health worker.
    expect(indices('👩\u200d👩\u200d👧👩\u200d⚕\ufe0f', 'en')).toEqual([8, 13])
    // A combining mark after a space belongs to the space's cluster.
    expect(indices('a \u0301b', 'en')).toEqual([4])
    // Hangul syllables and jamo: a Korean word stays whole.
    expect(indices('회의 \u1100\u1161\u11a8', 'ko')).toEqual([3, 6])
  })

  it('gives a (non-required) break after a soft hyphen and leaves the text to the caller', () => {
    expect(breakOpportunities('co\u00adoperation', 'en')).toEqual([
      { index: 3, required: false },
      { index: 12, required: false },
    ])
  })

  it('breaks addresses where UAX #14 allows', () => {
    const text = 'See https://www.un.org/en/about-us now'
    const found = indices(text, 'en')
    expect(found).toContain(4)
    expect(found).toContain(text.indexOf('now'))
    expect(found.some((index) => text[index - 1] === '/')).toBe(true)
  })

  it('returns well-formed opportunities for any mix of scripts and joiners', () => {
    const pieces = [
      'a',
      'Z',
      ' ',
      '\n',
      '\r',
      '-',
      '/',
      '.',
      '(',
      ')',
      '\u00ad',
      '\u200b',
      '\u200c',
      '\u200d',
      '\u0301',
      '中',
      '。',
      '「',
      'ก',
      'เ',
      '่',
      'ำ',
      'ক',
      '্',
      'ষ',
      'م',
      'ی',
      '👩',
      '🏽',
      '🇫',
      '\ud83c',
    ]
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        const opportunities = breakOpportunities(text, 'th')
        if (text.length === 0) return opportunities.length === 0
        expectWellFormed(text, opportunities)
        for (const { index } of opportunities.slice(0, -1))
          expect(splitsCluster(text, index)).toBe(false)
        return true
      }),
      { numRuns: 500 },
    )
  })

  it('finishes a megabyte without spaces in linear time', () => {
    const megabyte = 1 << 20
    const thai = 'ประเทศไทยมีประชากรประมาณหกสิบหกล้านคน'
    const samples = [
      ['en', 'a'.repeat(megabyte)],
      ['th', thai.repeat(Math.ceil(megabyte / thai.length))],
      ['zh', '中'.repeat(megabyte)],
    ] as const
    for (const [language, text] of samples) {
      const started = performance.now()
      const opportunities = breakOpportunities(text, language)
      const elapsed = performance.now() - started
      expect(opportunities[opportunities.length - 1]).toEqual({
        index: text.length,
        required: false,
      })
      expect(elapsed).toBeLessThan(10_000)
    }
    const thaiText = samples[1][1]
    const opportunities = breakOpportunities(thaiText, 'th')
    expect(opportunities.length).toBeGreaterThan((thaiText.length / thai.length) * 8)
    expect(opportunities.slice(0, 8)).toEqual(breakOpportunities(thai, 'th').slice(0, 8))
  })
})

describe('no-break spaces', () => {
  it('keep a date and a paragraph reference on one line (UAX #14 GL)', () => {
    expect(lines('on 27\u00a0December\u00a02021 and May\u00a017,\u00a02022', 'en')).toEqual([
      'on ',
      '27\u00a0December\u00a02021 ',
      'and ',
      'May\u00a017,\u00a02022',
    ])
    expect(lines('see para.\u00a012, le 14\u00a0juin\u202f;', 'fr')).toEqual([
      'see ',
      'para.\u00a012, ',
      'le ',
      '14\u00a0juin\u202f;',
    ])
  })
})
