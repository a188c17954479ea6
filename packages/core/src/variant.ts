import { z } from 'zod'
import { english } from './language-english.js'
import { strictObject } from './strict-object.js'

/** The marks a variant puts on every format. */
export const variantMarks = strictObject({
  /** A diagonal watermark on every page (PDF, DOCX); null for none. */
  watermark: z.string().min(1).nullable().default(null),
  /**
   * A banner at the top of the page (HTML) and under the masthead, for what the status
   * line does not say (the built-in variants have none); null for none.
   */
  banner: z.string().min(1).nullable().default(null),
  /** A distribution notice in the header of every page; null for none. */
  notice: z.string().min(1).nullable().default(null),
  /** Line numbers in the margin of the DOCX and the PDF, restarting each page. Default: false. */
  lineNumbers: z.boolean().default(false),
  /** The line under the masthead with the comment deadline and address. Default: false. */
  commentInstructions: z.boolean().default(false),
})
export type VariantMarks = z.infer<typeof variantMarks>

/** Which optional parts of the report a variant includes. */
export const variantParts = strictObject({
  /** The annexes (agenda, guiding questions). Default: true. */
  annexes: z.boolean().default(true),
  /** The background documents section. Default: true. */
  backgroundDocuments: z.boolean().default(true),
  /** An attendance section in figures. Default: false (the body tells attendance in prose). */
  attendance: z.boolean().default(false),
})
export type VariantParts = z.infer<typeof variantParts>

/** The formats a variant is built in. */
export const outputFormat = z.enum(['pdf', 'docx', 'html'])
export type OutputFormat = z.infer<typeof outputFormat>

/** One official variant of a report: who may be named, which marks, which parts, which formats. */
export const variant = strictObject({
  /** The variant's name, used in output file names. */
  name: z.string().regex(/^[a-z][a-z0-9-]*$/, 'a name of lower-case letters, digits and "-"'),
  /**
   * Whether the meeting's rule is applied: under the Chatham House Rule no
   * participant is named or identifiable. Default: true.
   */
  applyRule: z.boolean().default(true),
  /** The status the variant shows. */
  status: z.enum(['draft', 'final']),
  /**
   * The status the status line words after the report type, such as `draft for comment`
   * (`Summary report — draft for comment`); null for the report type alone.
   */
  statusLabel: z.string().min(1).nullable().default(null),
  /** `report` renders the whole report; `digest` gathers every recommendation by speaker. */
  layout: z.enum(['report', 'digest']).default('report'),
  /** The marks the variant puts on every format. */
  marks: variantMarks.prefault({}),
  /** Which optional parts of the report the variant includes. */
  parts: variantParts.prefault({}),
  /** The formats to build. Default: all three. */
  formats: z.array(outputFormat).min(1).default(['pdf', 'docx', 'html']),
})
export type Variant = z.infer<typeof variant>
export type VariantInput = z.input<typeof variant>

/**
 * The distribution notice of a variant that names participants (one that does not
 * apply the meeting's rule) unless it words its own: such a variant is never
 * without a notice, whatever it extends.
 */
export const internalNotice = english.labels.internalNotice

/** Whether a variant names the participants the meeting's rule hides: it does not apply the rule. */
export function namesParticipants(variant: Pick<Variant, 'applyRule'>): boolean {
  return !variant.applyRule
}

/**
 * The built-in variants: `internal`, `draft`, `final` and `digest`. Their words are
 * the English catalogue's; resolution shows them in the report's language.
 */
export const builtInVariants = {
  internal: variant.parse({
    name: 'internal',
    applyRule: false,
    status: 'draft',
    statusLabel: english.labels.statusInternal,
    marks: { notice: internalNotice },
  }),
  draft: variant.parse({
    name: 'draft',
    status: 'draft',
    statusLabel: english.labels.statusDraft,
    marks: {
      watermark: english.labels.watermarkDraft,
      lineNumbers: true,
      commentInstructions: true,
    },
  }),
  final: variant.parse({ name: 'final', status: 'final' }),
  digest: variant.parse({
    name: 'digest',
    status: 'final',
    statusLabel: english.labels.statusDigest,
    layout: 'digest',
    parts: { annexes: false, backgroundDocuments: false, attendance: true },
  }),
} as const satisfies Record<string, Variant>

/** The name of a built-in variant. */
export type BuiltInVariantName = keyof typeof builtInVariants

/** The built-in variant names, in the order they are built. */
export const builtInVariantNames = Object.keys(builtInVariants) as BuiltInVariantName[]
