import { z } from 'zod'
import { footnoteDefinition, section } from './content-schema.js'
import { frontMatter } from './front-matter-schema.js'

/** A whole report: the front matter's fields, the body's sections and the footnotes. */
export const report = frontMatter.extend({
  sections: z.array(section).min(1, 'at least one section'),
  footnotes: z.array(footnoteDefinition).default([]),
})
export type Report = z.infer<typeof report>
/** A report as written by hand in code: defaults may be left out. */
export type ReportInput = z.input<typeof report>
