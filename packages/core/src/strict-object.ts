import { z } from 'zod'

/**
 * `z.strictObject`, typed with the shape as it is written. zod's own returns the shape
 * through a mapped type, which drops each field's JSDoc from the declaration files;
 * with the shape as written, a field's documentation reaches the editor of anyone
 * who writes a report in code (hovering `honorific` shows what it is).
 */
export function strictObject<Shape extends z.core.$ZodLooseShape>(
  shape: Shape,
): z.ZodObject<Shape, z.core.$strict> {
  return z.strictObject(shape) as unknown as z.ZodObject<Shape, z.core.$strict>
}
