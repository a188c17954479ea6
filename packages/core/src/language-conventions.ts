import { z } from 'zod'
import type { OptionalShape } from './optional-shape.js'
import { strictObject } from './strict-object.js'

/** How a language writes what is not a label: direction, quotation marks, list letters, spacing. */
export const languageConventions = strictObject({
  /** The direction of the script: `ltr` or `rtl` (Arabic, Hebrew, Persian, Urdu). */
  direction: z.enum(['ltr', 'rtl']),
  /**
   * The class of script Word fonts the text by: `latin` (ascii, hAnsi), `eastAsian`
   * (Chinese, Japanese, Korean: `w:eastAsia`) or `complex` (Arabic, Hebrew, Indic: `w:cs`).
   */
  scriptClass: z.enum(['latin', 'eastAsian', 'complex']),
  /** The outer quotation marks, opening and closing, such as `“` and `”`. */
  quotes: z.tuple([z.string().min(1), z.string().min(1)]),
  /** The quotation marks inside a quotation. */
  innerQuotes: z.tuple([z.string().min(1), z.string().min(1)]),
  /** The label of a recommendation or subparagraph, `{letter}` its letter: `{letter}.` or `{letter})`. */
  letterLabel: z.string().min(1),
  /** Whether Latin list letters are capitals (`A.`) or small letters (`a)`). */
  letterCase: z.enum(['upper', 'lower']),
  /**
   * The letters of lists, in order: `latin` (a, b, c…) or `arabicAbjad`, the Arabic
   * letters in their abjadi order (أ، ب، ج، د، هـ، و…), as United Nations documents in
   * Arabic letter their subparagraphs.
   */
  letters: z.enum(['latin', 'arabicAbjad']),
  /**
   * How sections and annexes are numbered: `roman` (I, II, III), `arabicOrdinal`, the
   * ordinals of United Nations documents in Arabic (أولاً، ثانياً… before a section's
   * title, الأول، الثاني… after the word for annex), or `chinese` (一、二、三).
   */
  numerals: z.enum(['roman', 'arabicOrdinal', 'chinese']),
  /**
   * The label before a section's title, `{numeral}` its numeral: `{numeral}.` (`IV.`,
   * `四.`) or `{numeral} -` in Arabic (`رابعاً -`). A space in it is a no-break space.
   */
  sectionLabel: z.string().includes('{numeral}', { message: 'a section label has {numeral}' }),
  /**
   * The label of a numbered paragraph and of a numbered list's item, `{number}` its
   * number: `{number}.` (`12.`) or `{number} -` in Arabic (`12 -`). A space in it is a
   * no-break space.
   */
  numberLabel: z.string().includes('{number}', { message: 'a number label has {number}' }),
  /**
   * French spacing: a narrow no-break space before `;`, `!` and `?`, a no-break space
   * before `:` and inside « ». Default: false.
   */
  punctuationSpaces: z.boolean(),
  /**
   * Whether digits are grouped by threes with a space (`12 500`), which becomes a narrow
   * no-break space, so that a number never breaks across lines (French, Spanish, Russian).
   * A number written without a space is left as written (`2022`, a postcode).
   */
  spacedThousands: z.boolean(),
  /**
   * The titles written before a name that stay on its line (`Ms.`, `Mr`, `H.E.`, `Mme`):
   * the space after one, before a name, is a no-break space. A title without a final dot
   * also matches with one (`Mr` and `Mr.`).
   */
  titles: z.array(z.string().min(1)),
  /**
   * How a person's honorific and name are written together: `{honorific} {name}`
   * (`Ms. Roe`, `M. Koné`), or `{name}{honorific}` in Chinese (`陈女士`). A space in
   * it is a no-break space, so that the two stay on one line.
   */
  honorificForm: z
    .string()
    .refine((form) => form.includes('{honorific}') && form.includes('{name}'), {
      message: 'an honorific form has both {honorific} and {name}',
    }),
  /**
   * Where a note marker goes when it meets a full stop, comma, semicolon or colon:
   * `before` it (French, Spanish, Russian: `word¹.`) or `after` it (English,
   * Arabic, Chinese: `word.¹`).
   */
  noteMarker: z.enum(['before', 'after']),
  /**
   * The abbreviations whose full stop a note marker stays after, where markers go
   * before punctuation: `в 1990 г.¹`, `etc.¹`. The abbreviation's full stop also ends
   * a sentence that ends with it, so the marker is never moved before it. A number
   * keeps to an abbreviation after it with a no-break space (`2018 г.`).
   */
  abbreviations: z.array(z.string().min(1)),
  /**
   * The comma of running text, which sets a person's title and affiliation after
   * the name (`Ms. Roe, Director, OHCHR`): `, `, `، ` in Arabic, `，` in Chinese.
   */
  comma: z.string().min(1),
  /**
   * How a country follows a person's title and organisation: `{affiliation} ({country})`,
   * or `{affiliation}（{country}）` in Chinese.
   */
  countryForm: z
    .string()
    .refine((form) => form.includes('{affiliation}') && form.includes('{country}'), {
      message: 'a country form has both {affiliation} and {country}',
    }),
  /**
   * The words the language joins with an article that begins a name: in Spanish `de`
   * and `el` make `del`, `a` and `el` make `al` (`Recomendaciones del Sr. López`), each
   * written `[word, article, joined]`. An article with a capital (`de El Salvador`) is
   * left as it is.
   */
  contractions: z.array(z.tuple([z.string().min(1), z.string().min(1), z.string().min(1)])),
  /** What separates the items of a list in running text, such as `, ` or `、`. */
  listSeparator: z.string().min(1),
  /**
   * How a time of day is written, from its `{hours}` (two digits), `{hour}` (without a
   * leading zero) and `{minutes}` (`{hours}:{minutes}`, `09:00`), and a time on the hour
   * (French `{hour} h`, `9 h`; French `{hour} h {minutes}`
   * writes `12 h 30`). A space in them becomes a no-break space.
   */
  clockTime: strictObject({
    /** A time with its minutes, such as `{hours}:{minutes}` or `{hour} h {minutes}`. */
    time: z.string().min(1),
    /** A time on the hour, such as `{hours}:{minutes}` or `{hour} h`. */
    onTheHour: z.string().min(1),
  }),
  /** How a span of times is written, from its `{start}` and `{end}`: `{start}–{end}` (`11:00–13:30`). */
  timeRange: z.string().min(1),
  /**
   * The months' names, January first, where the language's editorial style writes them
   * otherwise than `Intl` (United Nations Arabic gives both the Levantine and the Egyptian
   * name: `تشرين الأول/أكتوبر`); null: `Intl`'s.
   */
  monthNames: z.array(z.string().min(1)).length(12).nullable(),
})
export type LanguageConventions = z.infer<typeof languageConventions>

/** Some conventions of a language, as a config overrides them. */
export const languageConventionsOverride: z.ZodObject<
  OptionalShape<(typeof languageConventions)['shape']>,
  z.core.$strict
> = languageConventions.partial()
export type LanguageConventionsOverride = z.infer<typeof languageConventionsOverride>
