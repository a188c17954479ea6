import { z } from 'zod'
import { reportBody } from './content-schema.js'
import { frontMatter } from './front-matter-schema.js'
import { strictObject } from './strict-object.js'

/** What only the JSON form of a report may say about itself. */
export const jsonReportFields = strictObject({
  /** The JSON Schema the file follows, for editors, such as `reportJsonSchema()`'s `$id`; ignored. */
  $schema: z.string().optional(),
})

// Typed by the named shapes, the fields keep their documentation in the declaration
// files (a shape spelt out again in another module would lose it).
/** A whole report: the front matter's fields, the body's sections and the footnotes. */
export const report: z.ZodObject<
  (typeof frontMatter)['shape'] & (typeof reportBody)['shape'] & (typeof jsonReportFields)['shape'],
  z.core.$strict
> = strictObject({
  ...frontMatter.shape,
  ...reportBody.shape,
  ...jsonReportFields.shape,
})
export type Report = z.infer<typeof report>
/** A report as written by hand in code: defaults may be left out. */
export type ReportInput = z.input<typeof report>
