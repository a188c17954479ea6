import { configJsonSchema, frontMatterJsonSchema, reportJsonSchema } from '@rapporteur/core'
import { type ExitCode, exitCode } from './exit-code.js'

/** Which schema `rapporteur schema` prints. */
export interface SchemaOptions {
  /** The schema of `rapporteur.config.(json|yaml)`. */
  config: boolean
  /** The schema of the whole JSON form of a report. */
  report: boolean
}

/**
 * `rapporteur schema`: prints the JSON Schema of the front matter, of the whole JSON
 * form of a report (`--report`) or of the config file (`--config`).
 */
export function schemaCommand(options: SchemaOptions): ExitCode {
  const schema = options.config
    ? configJsonSchema()
    : options.report
      ? reportJsonSchema()
      : frontMatterJsonSchema()
  process.stdout.write(`${JSON.stringify(schema, null, 2)}\n`)
  return exitCode.ok
}
