import { describe, expect, it } from 'vitest'
import {
  builtInLanguages,
  fillLabel,
  findLanguage,
  parseConfig,
  parseReport,
  type ResolvedInline,
  resolveReport,
} from '../src/index.js'

const source = (language: string) => `---
title: Lorem
facilitator: Ipsum
date: 2022-02-08
modality: virtual
language: ${language}
---

# Dolor

Sit amet.
`

describe('language catalogues', () => {
  const english = builtInLanguages.en.labels
  const placeholders = (label: string) => [...label.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort()

  it.each(Object.keys(builtInLanguages))(
    '%s words every label, with the same placeholders as English',
    (tag) => {
      const { labels } = builtInLanguages[tag as keyof typeof builtInLanguages]
      expect(Object.keys(labels).sort()).toEqual(Object.keys(english).sort())
      for (const [key, label] of Object.entries(labels)) {
        if (key !== 'facilitatorArticle') expect(label.trim(), key).not.toBe('')
        expect(placeholders(label), key).toEqual(placeholders(english[key as keyof typeof english]))
      }
    },
  )

  it('finds a language by its whole tag, then by its primary subtag', () => {
    expect(findLanguage('fr-CA')).toEqual({ language: builtInLanguages.fr, known: true })
    expect(findLanguage('ZH-Hans').language).toBe(builtInLanguages.zh)
  })

  it('falls back to English words for an unknown language, with its script’s direction', () => {
    const hebrew = findLanguage('he')
    expect(hebrew.known).toBe(false)
    expect(hebrew.language.labels).toEqual(builtInLanguages.en.labels)
    expect(hebrew.language.conventions.direction).toBe('rtl')
    expect(findLanguage('ja').language.conventions.scriptClass).toBe('eastAsian')
    expect(findLanguage('hi').language.conventions.scriptClass).toBe('complex')
  })

  it('warns, with the place, of a report in a language without labels, and still resolves it', () => {
    const warnings: unknown[] = []
    const report = parseReport(source('he'), {
      filename: 'report.md',
      onWarning: (warning) => warnings.push(warning),
    })
    expect(warnings).toMatchObject([
      {
        file: 'report.md',
        line: 6,
        severity: 'warning',
        message: expect.stringMatching(
          /^no labels for the language "he": the words the product adds are English/,
        ),
      },
    ])
    const resolved = resolveReport(report)
    expect(resolved.language.direction).toBe('rtl')
    expect(resolved.masthead.statusLine).toBe('Summary report — draft for comment')
  })

  it('takes a config’s labels over the built-in ones, and a new language based on one', () => {
    const config = parseConfig(
      [
        'languages:',
        '  fr:',
        '    labels:',
        '      contents: Sommaire',
        '  he:',
        '    basedOn: en',
        '    labels:',
        '      pageNumber: "עמוד {page} מתוך {pages}"',
        '      statusDraft: טיוטה',
      ].join('\n'),
    )
    const french = resolveReport(parseReport(source('fr')), { languages: config.languages })
    expect(french.labels.contents).toBe('Sommaire')
    expect(french.labels.notes).toBe('Notes')
    const warnings: unknown[] = []
    const hebrewReport = parseReport(source('he'), {
      languages: config.languages,
      onWarning: (warning) => warnings.push(warning),
    })
    expect(warnings).toEqual([])
    const hebrew = resolveReport(hebrewReport, { languages: config.languages })
    expect(hebrew.masthead.statusLine).toBe('Summary report — טיוטה')
    expect(hebrew.labels.pageNumber).toEqual([
      { type: 'text', value: 'עמוד ' },
      { type: 'page' },
      { type: 'text', value: ' מתוך ' },
      { type: 'pages' },
    ])
    expect(hebrew.language.direction).toBe('rtl')
  })

  it('locates an unknown label in a config', () => {
    expect(() => parseConfig('languages:\n  fr:\n    labels:\n      sommaire: Sommaire\n')).toThrow(
      /rapporteur\.config\.yaml:4:\d+: .*sommaire/,
    )
  })

  it('writes one full stop where a value ends with one', () => {
    expect(fillLabel('until {date}.', { date: '8 февраля 2022 г.' })).toBe(
      'until 8 февраля 2022 г.',
    )
    expect(fillLabel('until {date}.', { date: '8 May' })).toBe('until 8 May.')
  })

  it('writes quotation marks, French spaces and note markers as the language does', () => {
    const body = (language: string) =>
      resolveReport(
        parseReport(
          source(language).replace(
            'Sit amet.',
            'Il a dit "non": pourquoi? Voir 2018.[^1]\n\n[^1]: Note.',
          ),
        ),
      ).sections[0]!.blocks[0]!
    const french = body('fr')
    expect(french.type === 'paragraph' && french.content).toEqual([
      { type: 'text', value: 'Il a dit «\u00a0non\u00a0»\u00a0: pourquoi\u202f? Voir 2018' },
      expect.objectContaining({ type: 'footnoteReference', number: 1 }),
      { type: 'text', value: '.' },
    ])
    const english = body('en')
    expect(english.type === 'paragraph' && english.content).toEqual([
      { type: 'text', value: 'Il a dit “non”: pourquoi? Voir 2018.' },
      expect.objectContaining({ type: 'footnoteReference', number: 1 }),
    ])
  })

  it('puts note markers after the punctuation in English, before it in French, Spanish and Russian', () => {
    const body = (language: string) => {
      const block = resolveReport(
        parseReport(
          source(language).replace(
            'Sit amet.',
            'Adopted in 2018[^1], the Compact[^2][^3]; see the Network[^4]? Yes[^5].\n\n[^1]: A.\n\n[^2]: B.\n\n[^3]: C.\n\n[^4]: D.\n\n[^5]: E.',
          ),
        ),
      ).sections[0]!.blocks[0]!
      if (block.type !== 'paragraph') throw new Error('not a paragraph')
      // The paragraph as a reader sees it, each marker as ^N.
      return block.content
        .map((inline) =>
          inline.type === 'text'
            ? inline.value
            : inline.type === 'footnoteReference'
              ? `^${inline.number}`
              : '',
        )
        .join('')
    }
    expect(body('en')).toBe('Adopted in 2018,^1 the Compact;^2^3 see the Network?^4 Yes.^5')
    // Written after the punctuation, they go before it in French, Spanish and Russian.
    const after = (language: string) =>
      resolveReport(
        parseReport(
          source(language).replace(
            'Sit amet.',
            'En 2018,[^1] le Pacte.[^2]\n\n[^1]: A.\n\n[^2]: B.',
          ),
        ),
      ).sections[0]!.blocks[0]!
    for (const language of ['fr', 'es', 'ru']) {
      const block = after(language)
      expect(
        block.type === 'paragraph' &&
          block.content
            .map((inline) =>
              inline.type === 'text' ? inline.value : `^${'number' in inline ? inline.number : ''}`,
            )
            .join(''),
      ).toBe('En 2018^1, le Pacte^2.')
    }
    expect(body('fr')).toBe(
      'Adopted in 2018^1, the Compact^2^3\u202f; see the Network^4\u202f? Yes^5.',
    )
  })

  it('keeps a note marker after the full stop of an abbreviation where markers go before punctuation', () => {
    const body = (language: string, text: string) => {
      const block = resolveReport(
        parseReport(source(language).replace('Sit amet.', `${text}\n\n[^1]: A.\n\n[^2]: B.`)),
      ).sections[0]!.blocks[0]!
      if (block.type !== 'paragraph') throw new Error('not a paragraph')
      return block.content
        .map((inline) =>
          inline.type === 'text'
            ? inline.value
            : inline.type === 'footnoteReference'
              ? `^${inline.number}`
              : '',
        )
        .join('')
    }
    // Milchin: the marker follows the full stop of an abbreviation, which also ends the sentence.
    expect(body('ru', 'Принят в 2018 г.[^1] Далее см. доклад.[^2]')).toBe(
      'Принят в 2018\u00a0г.^1 Далее см. доклад^2.',
    )
    expect(body('ru', 'Итоги и т. д.[^1], затем Пг.[^2]')).toBe('Итоги и т. д.^1, затем Пг^2.')
    expect(body('fr', 'Les pactes, les traités, etc.[^1] Puis la fin.[^2]')).toBe(
      'Les pactes, les traités, etc.^1 Puis la fin^2.',
    )
    expect(body('es', 'Véase la pág.[^1] y el fin.[^2]')).toBe('Véase la pág.^1 y el fin^2.')
    // A comma after the abbreviation still goes after the marker.
    expect(body('ru', 'В 2018 г.,[^1] затем.[^2]')).toBe('В 2018\u00a0г.^1, затем^2.')
  })

  it('starts a mention that begins a sentence with a capital, and only there', () => {
    const resolved = resolveReport(
      parseReport(
        source('ru')
          .replace(
            'modality: virtual',
            'modality: virtual\npeople:\n  - id: i\n    honorific: г-жа\n    name: Елена Иванова\n    familyName: Иванова\n  - id: a\n    honorific: г-н\n    name: Бакыт Асанов\n    familyName: Асанов',
          )
          .replace(
            'Sit amet.',
            [
              ':person{#i} открыла заседание. :person{#a} выступил, т. е. :person{#i} передала ему слово.[^1] :person{#a} ответил: «Да!» :person{#i} поблагодарила :person{#a}.',
              '',
              '- :person{#a} предложил план;',
              '- затем :person{#i} согласилась. :person{#a} кивнул.',
              '',
              '[^1]: :person{#a} о том же.',
            ].join('\n'),
          ),
      ),
    )
    const words = (inlines: readonly ResolvedInline[]) =>
      inlines
        .map((inline) =>
          inline.type === 'text' ? inline.value : inline.type === 'mention' ? inline.text : '',
        )
        .join('')
        .replaceAll('\u00a0', ' ')
    const [paragraph, list] = resolved.sections[0]!.blocks
    expect(paragraph?.type === 'paragraph' && words(paragraph.content)).toBe(
      'Г-жа Елена Иванова открыла заседание. Г-н Бакыт Асанов выступил, т. е. г-жа Иванова передала ему слово. Г-н Асанов ответил: «Да!» Г-жа Иванова поблагодарила г-н Асанов.',
    )
    // An item that continues its lead-in keeps its small letter; a sentence inside it begins with a capital.
    expect(list?.type === 'list' && list.items.map((item) => words(item.content))).toEqual([
      'г-н Асанов предложил план;',
      'затем г-жа Иванова согласилась. Г-н Асанов кивнул.',
    ])
    expect(words(resolved.footnotes[0]!.content)).toBe('Г-н Асанов о том же.')
    // English honorifics are capitals already: nothing changes.
    const english = resolveReport(
      parseReport(
        source('en')
          .replace(
            'modality: virtual',
            'modality: virtual\npeople:\n  - id: r\n    honorific: Ms.\n    name: Jane Roe\n    familyName: Roe',
          )
          .replace('Sit amet.', ':person{#r} spoke. Then :person{#r} left.'),
      ),
    ).sections[0]!.blocks[0]!
    expect(english.type === 'paragraph' && words(english.content)).toBe(
      'Ms. Jane Roe spoke. Then Ms. Roe left.',
    )
  })

  it('joins de and a with the article of a Spanish honorific, in the labels and the text', () => {
    const resolved = resolveReport(
      parseReport(
        source('es')
          .replace(
            'modality: virtual',
            'modality: virtual\npeople:\n  - id: l\n    honorific: el Sr.\n    name: Carlos López\n    familyName: López\n  - id: p\n    honorific: la Sra.\n    name: Ana Pérez\n    familyName: Pérez',
          )
          .replace(
            'Sit amet.',
            [
              'Habló :person{#l}. La propuesta de :person{#l} se envió a :person{#p} y a :person{#l}, de El Salvador. De :person{#l} vino otra.',
              '',
              ':::recommendations{speaker=l}',
              '- crear una red.',
              ':::',
            ].join('\n'),
          ),
      ),
    )
    const words = (inlines: readonly ResolvedInline[]) =>
      inlines
        .map((inline) =>
          inline.type === 'text' ? inline.value : inline.type === 'mention' ? inline.text : '',
        )
        .join('')
        .replaceAll('\u00a0', ' ')
    const [paragraph, recommendations] = resolved.sections[0]!.blocks
    expect(paragraph?.type === 'paragraph' && words(paragraph.content)).toBe(
      'Habló el Sr. Carlos López. La propuesta del Sr. López se envió a la Sra. Ana Pérez y al Sr. López, de El Salvador. Del Sr. López vino otra.',
    )
    expect(recommendations?.type === 'recommendations' && recommendations.label).toBe(
      'Recomendaciones del Sr.\u00a0López',
    )
  })

  it("sets a person's title and affiliation after the name with the language's comma", () => {
    const first = (language: string) => {
      const block = resolveReport(
        parseReport(
          source(language)
            .replace(
              'modality: virtual',
              'modality: virtual\npeople:\n  - id: k\n    honorific: Mr\n    name: Karim Mansour\n    familyName: Mansour\n    title: Chair\n    organisation: Committee',
            )
            .replace('Sit amet.', ':person{#k} spoke.'),
        ),
      ).sections[0]!.blocks[0]!
      return block.type === 'paragraph' && block.content[0]?.type === 'mention'
        ? block.content[0].text
        : ''
    }
    expect(first('en')).toBe('Mr\u00a0Karim Mansour, Chair, Committee')
    expect(first('ar')).toBe('Mr\u00a0Karim Mansour، Chair، Committee')
  })

  it('writes the honorific after the name and the country in full-width brackets in Chinese', () => {
    const block = resolveReport(
      parseReport(
        source('zh')
          .replace(
            'modality: virtual',
            'modality: virtual\npeople:\n  - id: c\n    honorific: 女士\n    name: 陈美玲\n    familyName: 陈\n    title: 区域代表\n    organisation: 人权高专办\n  - id: n\n    honorific: 先生\n    name: Nguyễn Văn Thành\n    familyName: Nguyễn\n    title: 国会议员\n    country: 越南',
          )
          .replace('Sit amet.', ':person{#c}致开幕词。:person{#n}发言。:person{#c}感谢他。'),
      ),
    ).sections[0]!.blocks[0]!
    const mentions =
      block.type === 'paragraph'
        ? block.content.flatMap((inline) => (inline.type === 'mention' ? [inline.text] : []))
        : []
    expect(mentions).toEqual([
      '陈美玲女士，区域代表，人权高专办',
      'Nguyễn Văn Thành先生，国会议员（越南）',
      '陈女士',
    ])
    // A config may set the order for a language, and is told where a form lacks a part.
    const japanese = parseConfig(
      'languages:\n  ja:\n    basedOn: zh\n    conventions:\n      honorificForm: "{name}{honorific}"\n',
    )
    expect(japanese.languages?.ja?.conventions?.honorificForm).toBe('{name}{honorific}')
    expect(() =>
      parseConfig('languages:\n  en:\n    conventions:\n      honorificForm: "{name}"\n'),
    ).toThrow(
      /rapporteur\.config\.yaml:4:\d+: .*an honorific form has both \{honorific\} and \{name\}/,
    )
  })

  it('letters Arabic lists in the abjadi order, others in Latin letters', () => {
    const letters = (language: string) => {
      const block = resolveReport(
        parseReport(
          source(language)
            .replace(
              'modality: virtual',
              'modality: virtual\npeople:\n  - id: k\n    honorific: Mr\n    name: Karim\n    familyName: Karim',
            )
            .replace(
              'Sit amet.',
              `:::recommendations{speaker=k}\n${Array.from({ length: 29 }, (_, index) => `- item ${index + 1}`).join('\n')}\n:::`,
            ),
        ),
      ).sections[0]!.blocks.find((block) => block.type === 'recommendations')
      return block?.type === 'recommendations' ? block.items.map((item) => item.label) : []
    }
    expect(letters('ar').slice(0, 12)).toEqual([
      '(أ)',
      '(ب)',
      '(ج)',
      '(د)',
      '(هـ)',
      '(و)',
      '(ز)',
      '(ح)',
      '(ط)',
      '(ي)',
      '(ك)',
      '(ل)',
    ])
    expect(letters('ar').slice(26)).toEqual(['(ظ)', '(غ)', '(أأ)'])
    expect(letters('fr').slice(0, 3)).toEqual(['a)', 'b)', 'c)'])
    expect(letters('en').slice(0, 3)).toEqual(['A.', 'B.', 'C.'])
    expect(letters('en')[26]).toBe('AA.')
  })

  it('numbers sections, paragraphs and annexes as the language does', () => {
    const numbered = (language: string) => {
      const sections = Array.from(
        { length: 12 },
        (_, index) => `# Part ${index + 1}\n\nParagraph ${index + 1}.\n\n1. first\n2. second`,
      )
      const resolved = resolveReport(
        parseReport(
          source(language)
            .replace(
              'modality: virtual',
              'modality: virtual\nannexes:\n  - title: One\n    questions: { title: Q, items: [a] }\n  - title: Two\n    questions: { title: Q, items: [b] }',
            )
            .replace(/# Dolor\n\nSit amet\.\n/, sections.join('\n\n')),
        ),
      )
      const [first, last] = [resolved.sections[0]!, resolved.sections[11]!]
      const paragraph = last.blocks[0]
      const list = last.blocks[1]
      return {
        sections: [first.label, last.label],
        entry: last.entry,
        paragraph: paragraph?.type === 'paragraph' ? paragraph.marker : null,
        list: list?.type === 'list' ? list.items.map((item) => item.marker) : null,
        annexes: resolved.annexes.map((annex) => annex.label),
      }
    }
    expect(numbered('en')).toEqual({
      sections: ['I.', 'XII.'],
      entry: 'XII.\u00a0Part 12',
      paragraph: '12.',
      list: ['1.', '2.'],
      annexes: ['Annex I', 'Annex II'],
    })
    expect(numbered('ar')).toEqual({
      sections: ['أولاً\u00a0-', 'ثاني عشر\u00a0-'],
      entry: 'ثاني عشر\u00a0-\u00a0Part 12',
      paragraph: '12\u00a0-',
      list: ['1\u00a0-', '2\u00a0-'],
      annexes: ['المرفق الأول', 'المرفق الثاني'],
    })
    expect(numbered('zh')).toEqual({
      sections: ['一.', '十二.'],
      entry: '十二.\u00a0Part 12',
      paragraph: '12.',
      list: ['1.', '2.'],
      annexes: ['附件一', '附件二'],
    })
  })
})
