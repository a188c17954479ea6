import { z } from 'zod'
import { labels, labelsOverride } from './labels.js'
import { languageConventions, languageConventionsOverride } from './language-conventions.js'
import { strictObject } from './strict-object.js'

/** A language the product writes documents in: its words and its conventions. */
export const language = strictObject({
  /** Every word the product adds. */
  labels,
  /** How the language writes what is not a label. */
  conventions: languageConventions,
})
export type Language = z.infer<typeof language>

/**
 * A language as a config gives it: some labels and conventions of a built-in
 * language overridden, or a new language based on one (`basedOn`, default `en`).
 */
export const languageOverride = strictObject({
  /** The built-in language whose words and conventions fill what is left out. Default: the language itself when built in, else `en`. */
  basedOn: z.string().min(2).optional(),
  /** The labels that differ. */
  labels: labelsOverride.optional(),
  /** The conventions that differ. */
  conventions: languageConventionsOverride.optional(),
})
export type LanguageOverride = z.infer<typeof languageOverride>
