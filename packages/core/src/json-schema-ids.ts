/**
 * Where each JSON Schema is published: in the `@rapporteur/core` package, as npm
 * serves its files, under the major version (a schema's `$id`). Editors fetch a
 * schema from here, or read the same file from `node_modules/@rapporteur/core/dist/schemas/`.
 */
export const jsonSchemaIds = {
  /** The front matter of a Markdown report source. */
  frontMatter: 'https://unpkg.com/@rapporteur/core@0/dist/schemas/front-matter.schema.json',
  /** The whole JSON form of a report: the front matter's fields, `sections` and `footnotes`. */
  report: 'https://unpkg.com/@rapporteur/core@0/dist/schemas/report.schema.json',
  /** A `rapporteur.config.(json|yaml)` file. */
  config: 'https://unpkg.com/@rapporteur/core@0/dist/schemas/config.schema.json',
} as const
