import { builtInLanguages } from './built-in-languages.js'
import type { Language, LanguageOverride } from './language.js'
import type { LanguageConventions } from './language-conventions.js'
import { english } from './language-english.js'

/** Languages a config adds or changes, by BCP 47 tag. */
export type LanguageOverrides = Readonly<Record<string, LanguageOverride>>

/** The language a report is written in, as found for its tag. */
export interface FoundLanguage {
  /** Its words and conventions. */
  language: Language
  /** Whether the tag was found (built in or in the config); if not, the words are English. */
  known: boolean
}

const rightToLeftScripts = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg', 'Mand'])
const eastAsianScripts = new Set(['Hani', 'Hans', 'Hant', 'Jpan', 'Kore', 'Hang', 'Bopo'])
const latinScripts = new Set(['Latn', 'Cyrl', 'Grek', 'Armn', 'Geor'])

/** The tags to look a language up by, most specific first: `fr-CA` → `fr-CA`, `fr`. */
function candidates(tag: string): string[] {
  const lower = tag.toLowerCase()
  const primary = lower.split('-')[0]!
  return primary === lower ? [lower] : [lower, primary]
}

function findKey<Value>(record: Readonly<Record<string, Value>>, key: string): Value | undefined {
  for (const [name, value] of Object.entries(record)) if (name.toLowerCase() === key) return value
  return undefined
}

/**
 * What a tag's script says of a language no catalogue knows: its direction and
 * script class, so that a Hebrew report is right to left even in English words.
 */
function scriptConventions(tag: string): Pick<LanguageConventions, 'direction' | 'scriptClass'> {
  let script = 'Latn'
  try {
    script = new Intl.Locale(tag).maximize().script ?? 'Latn'
  } catch {}
  return {
    direction: rightToLeftScripts.has(script) ? 'rtl' : 'ltr',
    scriptClass: eastAsianScripts.has(script)
      ? 'eastAsian'
      : latinScripts.has(script)
        ? 'latin'
        : 'complex',
  }
}

function apply(base: Language, change: LanguageOverride): Language {
  return {
    labels: { ...base.labels, ...definedOf(change.labels) },
    conventions: { ...base.conventions, ...definedOf(change.conventions) },
  }
}

function definedOf<Value extends object>(value: Value | undefined): Partial<Value> {
  return Object.fromEntries(
    Object.entries(value ?? {}).filter(([, entry]) => entry !== undefined),
  ) as Partial<Value>
}

/**
 * The words and conventions of the language `tag` names: a config's language
 * (`overrides`) over the built-in one, looked up by the whole tag then its primary
 * subtag (`fr-CA`, then `fr`). An unknown language gets English words, with the
 * direction and script class of its script, and `known: false`.
 */
export function findLanguage(tag: string, overrides: LanguageOverrides = {}): FoundLanguage {
  for (const candidate of candidates(tag)) {
    const change = findKey(overrides, candidate)
    const builtIn = findKey<Language>(builtInLanguages, candidate)
    if (change) {
      // A language new to the catalogue keeps the direction and script class of its own script.
      const base = builtIn ?? withScriptOf(tag, findLanguage(change.basedOn ?? 'en').language)
      return { language: apply(base, change), known: true }
    }
    if (builtIn) return { language: builtIn, known: true }
  }
  return { language: withScriptOf(tag, english), known: false }
}

function withScriptOf(tag: string, language: Language): Language {
  return {
    labels: language.labels,
    conventions: { ...language.conventions, ...scriptConventions(tag) },
  }
}

/** The tags of the languages known: the built-in ones and a config's. */
export function knownLanguages(overrides: LanguageOverrides = {}): string[] {
  return [...Object.keys(builtInLanguages), ...Object.keys(overrides)]
}
