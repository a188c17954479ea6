import type { z } from 'zod'

/**
 * A shape with every field optional, as `schema.partial()` makes it. A schema typed
 * with it (`z.ZodObject<OptionalShape<(typeof labels)['shape']>>`) names the schema it
 * comes from in the declaration files, so that each field keeps its documentation there;
 * the type zod gives `partial()` is spelt out field by field, without it.
 */
export type OptionalShape<Shape extends z.core.$ZodLooseShape> = {
  [Key in keyof Shape]: z.ZodOptional<Shape[Key]>
}
