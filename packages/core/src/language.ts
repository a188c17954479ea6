import { z } from 'zod'
import { labels, labelsOverride } from './labels.js'
import { languageConventions, languageConventionsOverride } from './language-conventions.js'
import { strictObject } from './strict-object.js'

// Typed by the named schemas, the fields of the labels and the conventions keep their
// documentation in the declaration files (a schema of another module spelt out again
// would lose it), and the documentation of these fields is written on the types.
/** A language the product writes documents in: its words and its conventions. */
export const language: z.ZodObject<
  {
    /** Every word the product adds. */
    labels: typeof labels
    /** How the language writes what is not a label. */
    conventions: typeof languageConventions
  },
  z.core.$strict
> = strictObject({ labels, conventions: languageConventions })
export type Language = z.infer<typeof language>

/**
 * A language as a config gives it: some labels and conventions of a built-in
 * language overridden, or a new language based on one (`basedOn`, default `en`).
 */
export const languageOverride: z.ZodObject<
  {
    /** The built-in language whose words and conventions fill what is left out. Default: the language itself when built in, else `en`. */
    basedOn: z.ZodOptional<z.ZodString>
    /** The labels that differ. */
    labels: z.ZodOptional<typeof labelsOverride>
    /** The conventions that differ. */
    conventions: z.ZodOptional<typeof languageConventionsOverride>
  },
  z.core.$strict
> = strictObject({
  basedOn: z.string().min(2).optional(),
  labels: labelsOverride.optional(),
  conventions: languageConventionsOverride.optional(),
})
export type LanguageOverride = z.infer<typeof languageOverride>
