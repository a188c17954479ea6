// Writes the JSON Schemas into the package (`dist/schemas/`), where their `$id`s say
// they are published: editors fetch them from there, or read them from node_modules.
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { configJsonSchema, frontMatterJsonSchema, reportJsonSchema } from '../dist/index.js'

const folder = fileURLToPath(new URL('../dist/schemas/', import.meta.url))
mkdirSync(folder, { recursive: true })
for (const schema of [frontMatterJsonSchema(), reportJsonSchema(), configJsonSchema()]) {
  const name = String(schema.$id).split('/').at(-1)
  writeFileSync(`${folder}${name}`, `${JSON.stringify(schema, null, 2)}\n`)
}
