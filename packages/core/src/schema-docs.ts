/** The documentation of one object schema: its own, and each field's, as its JSDoc says. */
export interface SchemaDocs {
  /** What the object is. */
  description?: string
  /** Each documented field's description, by field name. */
  fields: Readonly<Record<string, string>>
}
