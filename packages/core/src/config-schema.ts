import { z } from 'zod'
import { languageOverride } from './language.js'
import { strictObject } from './strict-object.js'
import { builtInVariantNames, outputFormat } from './variant.js'

/** Marks a user-defined variant changes; a mark left out keeps the extended variant's value. */
export const variantMarksOverride = strictObject({
  /** A diagonal watermark on every page (PDF, DOCX); null for none. */
  watermark: z.string().min(1).nullable().optional(),
  /** A banner at the top of the page (HTML) and under the masthead; null for none. */
  banner: z.string().min(1).nullable().optional(),
  /** A distribution notice in the header of every page; null for none. */
  notice: z.string().min(1).nullable().optional(),
  /** Line numbers in the margin of the DOCX and the PDF, restarting each page. */
  lineNumbers: z.boolean().optional(),
  /** The line under the masthead with the comment deadline and address. */
  commentInstructions: z.boolean().optional(),
})
export type VariantMarksOverride = z.infer<typeof variantMarksOverride>

/** Parts a user-defined variant changes; a part left out keeps the extended variant's choice. */
export const variantPartsOverride = strictObject({
  /** The annexes (agenda, guiding questions). */
  annexes: z.boolean().optional(),
  /** The background documents section. */
  backgroundDocuments: z.boolean().optional(),
  /** An attendance section in figures. */
  attendance: z.boolean().optional(),
})
export type VariantPartsOverride = z.infer<typeof variantPartsOverride>

/**
 * A variant defined in `rapporteur.config.(json|yaml)`: a built-in variant it
 * extends and what it changes. Every field left out keeps the extended variant's value.
 */
export const variantDefinition = strictObject({
  /** The variant's name, used in output file names; it may not be a built-in name. */
  name: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a name of lower-case letters, digits and "-"'),
  /** The built-in variant it starts from: `internal`, `draft`, `final` or `digest`. */
  extends: z.enum(builtInVariantNames as [string, ...string[]]),
  /** A sentence saying what the variant is for; not rendered. */
  description: z.string().min(1).optional(),
  /** Whether the meeting's rule is applied (no participant named or identifiable). */
  applyRule: z.boolean().optional(),
  /** The status the status line words after the report type, such as `web edition`; null for none. */
  statusLabel: z.string().min(1).nullable().optional(),
  /** The marks the variant changes. */
  marks: variantMarksOverride.optional(),
  /** The parts the variant changes. */
  parts: variantPartsOverride.optional(),
  /** The formats the variant is built in, replacing the extended variant's. */
  formats: z.array(outputFormat).min(1).optional(),
})
export type VariantDefinition = z.infer<typeof variantDefinition>

// Typed by the named schemas, the fields of a language keep their documentation in the
// declaration files (`languageOverride`, of another module, spelt out again would lose it).
/** The contents of a `rapporteur.config.json` or `rapporteur.config.yaml` file. */
export const rapporteurConfig: z.ZodObject<
  {
    /** The JSON Schema the file follows, for editors; ignored. */
    $schema: z.ZodOptional<z.ZodString>
    /** User-defined variants, built after the built-in ones. Default: none. */
    variants: z.ZodDefault<z.ZodArray<typeof variantDefinition>>
    /**
     * Languages by BCP 47 tag: a built-in language's labels and conventions changed,
     * or a new language `basedOn` one. Default: none.
     */
    languages: z.ZodDefault<z.ZodRecord<z.ZodString, typeof languageOverride>>
    /**
     * Whether each HTML page embeds the faces the PDF is set in, subset to the page's
     * characters, so that it reads alike on every machine, names in Bengali or Chinese
     * included. `false` leaves the faces to the reader's machine, for a smaller page or a
     * site that serves its own fonts; a script the machine has no font for then shows as
     * boxes. Default: true.
     */
    webFonts: z.ZodOptional<z.ZodBoolean>
  },
  z.core.$strict
> = strictObject({
  $schema: z.string().optional(),
  variants: z.array(variantDefinition).default([]),
  languages: z.record(z.string().min(2), languageOverride).default({}),
  webFonts: z.boolean().optional(),
})
export type RapporteurConfig = z.infer<typeof rapporteurConfig>
export type RapporteurConfigInput = z.input<typeof rapporteurConfig>
