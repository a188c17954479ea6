import { configJsonSchema, frontMatterJsonSchema } from '@rapporteur/core'
import { type ExitCode, exitCode } from './exit-code.js'

/** `rapporteur schema`: prints the JSON Schema of the front matter (or of the config file). */
export function schemaCommand(options: { config: boolean }): ExitCode {
  const schema = options.config ? configJsonSchema() : frontMatterJsonSchema()
  process.stdout.write(`${JSON.stringify(schema, null, 2)}\n`)
  return exitCode.ok
}
