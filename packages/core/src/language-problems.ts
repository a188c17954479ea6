import { findLanguage, knownLanguages, type LanguageOverrides } from './find-language.js'
import type { Problem } from './problem.js'
import type { SourceMap } from './source-map.js'

/**
 * A warning for a report whose language no catalogue knows (built in or in the
 * config): its words fall back to English. None for a known language.
 */
export function unknownLanguageProblem(
  tag: string,
  overrides: LanguageOverrides = {},
  sourceMap?: SourceMap,
): Problem | null {
  if (findLanguage(tag, overrides).known) return null
  const path = ['language']
  return {
    ...(sourceMap?.locate(path) ?? {}),
    file: sourceMap?.file,
    path,
    severity: 'warning',
    message: `no labels for the language "${tag}": the words the product adds are English (languages with labels: ${knownLanguages(overrides).join(', ')}; a config's "languages" adds others)`,
  }
}
