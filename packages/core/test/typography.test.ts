import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  formatDate,
  formatTimeRange,
  parseReport,
  resolveReport,
  toPlainText,
} from '../src/index.js'
import { arabic } from '../src/language-arabic.js'
import { english } from '../src/language-english.js'
import { french } from '../src/language-french.js'
import { typesetPlain, typesettingOf } from '../src/typeset-text.js'

const en = typesettingOf(english.conventions, 'en')
const fr = typesettingOf(french.conventions, 'fr')
const noBreak = '\u00a0'
const narrowNoBreak = '\u202f'

/**
 * The text with its no-break spaces and joiners shown, `⍽` for U+00A0, `·` for U+202F and
 * `⁀` for the word joiner U+2060.
 */
const shown = (text: string) =>
  text
    .replace(/\u00a0/g, '⍽')
    .replace(/\u202f/g, '·')
    .replace(/\u2060/g, '⁀')
const english_ = (text: string) => shown(typesetPlain(text, en))
const french_ = (text: string) => shown(typesetPlain(text, fr))

describe('apostrophes and single quotes', () => {
  it('are typographic between letters, after a plural and around a quoted word', () => {
    expect(english_("the States' view: it's 'rights-based'")).toBe(
      'the States’ view: it’s ‘rights-based’',
    )
    expect(french_("l'État, aujourd'hui")).toBe('l’État, aujourd’hui')
  })

  it('are left as written in an address', () => {
    expect(english_("see https://example.org/it's")).toBe("see https://example.org/it's")
  })
})

describe('en dashes', () => {
  it('join the ends of number and date ranges', () => {
    expect(english_('17-20 May, 2022-2025, 2022-23 and pp. 12-15')).toBe(
      '17–⁀20⍽May, 2022–⁀2025, 2022–⁀23 and pp.⍽12–⁀15',
    )
  })

  it('are followed by a word joiner, so that no line ends with the dash of a range', () => {
    expect(typesetPlain('17-20 May', en)).toBe('17\u2013\u206020\u00a0May')
    expect(english_('pages 5–7 and 2022–2025, as written')).toBe(
      'pages 5–⁀7 and 2022–⁀2025, as written',
    )
    expect(english_('a well–known and rights – based')).toBe('a well–known and rights – based')
    expect(french_('du 17–20 mai')).toBe('du 17–⁀20⍽mai')
  })

  it('are not put in identifiers, dates, ISBNs, phone numbers, addresses or codes', () => {
    for (const text of [
      'A/HRC/49-1',
      'on 2021-12-27',
      'ISBN 978-3-16-148410-0',
      'call +41 22 917-9000',
      'see https://example.org/2022-2025/report',
      'COVID-19',
      'a score of 10-3',
      'item 3-1',
      'code 007-010',
    ])
      expect(english_(text)).toBe(shown(text))
  })
})

describe('no-break spaces', () => {
  it('keep a date together', () => {
    expect(english_('On 27 December 2021 and on 17–20 May 2022.')).toBe(
      'On 27⍽December⍽2021 and on 17–⁀20⍽May⍽2022.',
    )
    expect(english_('On May 17, 2022, in December 2021')).toBe('On May⍽17,⍽2022, in December⍽2021')
    expect(french_('le 1er mai et le 27 décembre 2021')).toBe('le 1er⍽mai et le 27⍽décembre⍽2021')
  })

  it('keep an Arabic date together, in Arabic-Indic digits too', () => {
    const ar = typesettingOf(arabic.conventions, 'ar')
    expect(shown(typesetPlain('في ١٤ يونيو ٢٠٢٣ وفي 14 يونيو 2023', ar))).toBe(
      'في ١٤⍽يونيو⍽٢٠٢٣ وفي 14⍽يونيو⍽2023',
    )
  })

  it('keep a short reference with its number', () => {
    expect(english_('see para. 12 and paras. 5-7')).toBe('see para.⍽12 and paras.⍽5–⁀7')
    expect(english_('(para 41 and paragraph 44)')).toBe('(para⍽41 and paragraph⍽44)')
    expect(french_('voir par. 12')).toBe('voir par.⍽12')
    expect(french_('la Convention (n° 189) et les nos 12 et nº 3')).toBe(
      'la Convention (n°⍽189) et les nos 12 et nº⍽3',
    )
    expect(english_('Convention No. 189 and № 5')).toBe('Convention No.⍽189 and №⍽5')
  })

  it('leave other spaces as they are', () => {
    expect(english_('they may meet in the summer')).toBe('they may meet in the summer')
  })

  it('are the no-break spaces U+00A0 and, before French `;`, U+202F', () => {
    expect(typesetPlain('27 December', en)).toBe(`27${noBreak}December`)
    expect(typesetPlain('oui; non', fr)).toBe(`oui${narrowNoBreak}; non`)
  })
})

describe('ranges across months', () => {
  it('keep both dates and the dash on one line, written close or spaced', () => {
    expect(english_('from 30 April–2 May 2022')).toBe('from 30⍽April–⁀2⍽May⍽2022')
    expect(english_('from 30 April-2 May 2022')).toBe('from 30⍽April–⁀2⍽May⍽2022')
    expect(english_('from 30 April – 2 May')).toBe('from 30⍽April⍽–⍽2⍽May')
    expect(english_('from 30 April - 2 May 2022')).toBe('from 30⍽April⍽–⍽2⍽May⍽2022')
    expect(english_('from April 30–May 2, 2022')).toBe('from April⍽30–⁀May⍽2,⍽2022')
    expect(french_('du 30 avril – 2 mai 2022')).toBe('du 30⍽avril⍽–⍽2⍽mai⍽2022')
  })

  it('leave a hyphen between a date and other words as written', () => {
    expect(english_('on 2 May-ish')).toBe('on 2⍽May-ish')
    expect(english_('30 April - the day after')).toBe('30⍽April - the day after')
  })

  it('keep a spaced number range together', () => {
    expect(english_('in 1990 – 2000')).toBe('in 1990⍽–⍽2000')
  })
})

describe('titles before a name', () => {
  it('stay on the line of the name in English', () => {
    expect(english_('Ms. Roe met Mr Smith, Dr. Roe and H.E. Ms. Roe.')).toBe(
      'Ms.⍽Roe met Mr⍽Smith, Dr.⍽Roe and H.E.⍽Ms.⍽Roe.',
    )
  })

  it('stay on the line of the name in French', () => {
    expect(french_('M. Dupont et Mme Roe, avec Me Durand')).toBe(
      'M.⍽Dupont et Mme⍽Roe, avec Me⍽Durand',
    )
  })

  it('are only titles before a name, and only the language’s', () => {
    expect(english_('a Dr who, and the mr Smith')).toBe('a Dr who, and the mr Smith')
    expect(english_('M. Dupont')).toBe('M. Dupont')
    expect(english_('an MMs. Roe')).toBe('an MMs. Roe')
  })
})

describe('French numbers and percentages', () => {
  it('group thousands with narrow no-break spaces', () => {
    expect(french_('12 500 personnes, 1 000 000 d’euros, 12\u00a0500')).toBe(
      '12·500 personnes, 1·000·000 d’euros, 12·500',
    )
  })

  it('leave numbers without spaces, years, postcodes and phone numbers as written', () => {
    for (const text of ['en 2022, 75007 Paris', 'au +41 22 917 9000', 'le 01 45 67 89 00'])
      expect(french_(text)).toBe(shown(text))
  })

  it('set a narrow no-break space before the percent sign', () => {
    expect(french_('70 % de femmes et 30% d’hommes')).toBe('70·% de femmes et 30·% d’hommes')
  })

  it('are left as written in English', () => {
    expect(english_('12 500 people, 70% and 30 %')).toBe('12 500 people, 70% and 30 %')
  })
})

describe('typography: false', () => {
  it('leaves quotes, apostrophes, hyphens and spaces as written', () => {
    const off = typesettingOf(english.conventions, 'en', false)
    const text = `it's "here", 17-20 May 2022, para. 12`
    expect(typesetPlain(text, off)).toBe(text)
  })
})

const report = (frontMatter: string, body: string) =>
  parseReport(`---
title: Lorem
facilitator: Ipsum
date: 2022-02-08
modality: virtual
${frontMatter}
---

# Dolor

${body}
`)

describe('resolving a report', () => {
  const body = `The States' delegates met on 17-20 May 2022 ("see para. 12").`

  it('sets its text as an editor would', () => {
    expect(shown(toPlainText(resolveReport(report('', body))))).toContain(
      '1. The States’ delegates met on 17–⁀20⍽May⍽2022 (“see para.⍽12”).',
    )
  })

  it('writes the dates of the masthead and the comment line with no-break spaces', () => {
    const resolved = resolveReport(
      report('comments:\n  deadline: 2022-02-15\nlanguage: fr', 'Texte.'),
      { variant: 'draft' },
    )
    expect(shown(resolved.masthead.dateLine)).toMatch(/^8⍽février⍽2022/)
    expect(shown(resolved.marks.commentLine ?? '')).toContain('15⍽février⍽2022')
  })

  it('goes on after the date line’s dash in lower case, with the dash each language uses there', () => {
    const dateLine = (language: string) =>
      resolveReport(
        report(`language: ${language}\ntime:\n  start: '10:00'\n  end: '12:30'`, 'Text.'),
      )
        .masthead.dateLine.replace(/\u2060/g, '')
        .replace(/[\u00a0\u202f]/g, ' ')
    expect(dateLine('en')).toBe('8 February 2022, 10:00–12:30 – Virtual')
    expect(dateLine('fr')).toBe('8 février 2022, 10 h – 12 h 30 – en ligne')
    expect(dateLine('es')).toBe('8 de febrero de 2022, 10:00–12:30 – reunión virtual')
    expect(dateLine('ru')).toBe('8 февраля 2022 г., 10:00–12:30 — онлайн')
  })

  it('names the months as the language’s editorial style does, in the masthead and the comment line', () => {
    const resolved = resolveReport(
      report('language: ar\ncomments:\n  deadline: 2022-12-15', 'نص.'),
      { variant: 'draft' },
    )
    expect(resolved.masthead.date.replace(/\u00a0/g, ' ')).toContain('شباط/\u2060فبراير')
    expect(resolved.masthead.dateLine.startsWith(resolved.masthead.date)).toBe(true)
    expect(resolved.marks.commentLine?.replace(/[\u00a0\u2060]/g, ' ')).toContain(
      'كانون الأول/ ديسمبر',
    )
    expect(
      formatDate('2023-10-11', 'ar', arabic.conventions.monthNames).replace(/[\u00a0\u2060]/g, ''),
    ).toContain('تشرينالأول/أكتوبر')
    expect(formatDate('2023-10-11', 'en')).toBe('11\u00a0October\u00a02023')
  })

  it('writes times of day as the language does, and never ends a line inside a span of them', () => {
    expect(formatTimeRange('09:00', '13:30')).toBe('09:00–\u206013:30')
    expect(formatTimeRange('09:00', '09:30', french.conventions)).toBe(
      '9\u00a0h\u00a0\u2013 9\u00a0h\u00a030',
    )
    expect(formatTimeRange('14:15', '16:00', arabic.conventions)).toBe('14:15–\u206016:00')
  })

  it('joins the comment line’s preposition with the article of whoever receives comments', () => {
    const commentLine = (language: string, recipient: string) =>
      resolveReport(
        report(
          `language: ${language}\ncomments:\n  deadline: 2022-02-15\n  recipient: ${recipient}`,
          'Text.',
        ),
        { variant: 'draft' },
      ).marks.commentLine?.replace(/[\u00a0\u202f]/g, ' ')
    expect(commentLine('fr', 'le secrétariat')).toBe(
      'Les observations sur le présent projet sont attendues jusqu’au 15 février 2022, à l’intention du secrétariat.',
    )
    expect(commentLine('es', 'el secretariado')).toContain('dirigidos al secretariado.')
    expect(commentLine('en', 'the secretariat')).toContain(', to the secretariat.')
  })

  it('keeps the honorific of a mention with the name', () => {
    const people = `people:
  - id: roe
    name: Jane Roe
    familyName: Roe
    honorific: Ms.
    formalHonorific: H.E. Ms.
    title: Ambassador`
    const text = toPlainText(resolveReport(report(people, ':person[roe] and :person[roe].')))
    expect(shown(text)).toContain('1. H.E.⍽Ms.⍽Jane Roe, Ambassador and Ms.⍽Roe.')
    const off = toPlainText(
      resolveReport(report(`${people}\ntypography: false`, ':person[roe] and :person[roe].')),
    )
    expect(off).toContain('1. H.E. Ms. Jane Roe, Ambassador and Ms. Roe.')
  })

  it('leaves the text as written with `typography: false`', () => {
    expect(toPlainText(resolveReport(report('typography: false', body)))).toContain(`1. ${body}`)
  })

  it('leaves no straight apostrophe between letters in the French example', () => {
    const source = readFileSync(
      new URL('../../../examples/consultation-inddh-2023/report.md', import.meta.url),
      'utf8',
    )
    expect(source).toMatch(/\p{L}'\p{L}/u)
    const text = toPlainText(resolveReport(parseReport(source)))
    expect(text).not.toMatch(/\p{L}'\p{L}/u)
    expect(text).toMatch(/\p{L}’\p{L}/u)
  })
})
