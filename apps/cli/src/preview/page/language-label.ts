import type { PageLanguage } from './preview-state.js'

/**
 * How the language switch names a language version: the language in its own words
 * and its tag (`français (fr)`, `العربية (ar)`), from the browser's own language
 * names; the source's file name while its language is not known.
 */
export function languageLabel(entry: PageLanguage): string {
  const file = entry.source.split(/[\\/]/).pop() ?? entry.source
  if (entry.tag === null) return file
  try {
    const name = new Intl.DisplayNames([entry.tag], { type: 'language' }).of(entry.tag)
    return name && name !== entry.tag ? `${name} (${entry.tag})` : entry.tag
  } catch {
    return entry.tag
  }
}
