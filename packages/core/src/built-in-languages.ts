import type { Language } from './language.js'
import { arabic } from './language-arabic.js'
import { chinese } from './language-chinese.js'
import { english } from './language-english.js'
import { french } from './language-french.js'
import { russian } from './language-russian.js'
import { spanish } from './language-spanish.js'

/** The languages built in, by BCP 47 primary tag: the six official languages of the UN. */
export const builtInLanguages = {
  ar: arabic,
  zh: chinese,
  en: english,
  fr: french,
  ru: russian,
  es: spanish,
} as const satisfies Record<string, Language>

/** The tag of a built-in language. */
export type BuiltInLanguageName = keyof typeof builtInLanguages
