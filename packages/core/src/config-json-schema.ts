import { z } from 'zod'
import { rapporteurConfig } from './config-schema.js'

/** The JSON Schema of a `rapporteur.config.(json|yaml)` file, for editors. */
export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(rapporteurConfig, { io: 'input', target: 'draft-2020-12' }),
    title: 'Rapporteur config',
  }
}
