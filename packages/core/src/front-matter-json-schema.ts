import { z } from 'zod'
import { frontMatter } from './front-matter-schema.js'

/** The JSON Schema of a report source's front matter, for editors that check YAML. */
export function frontMatterJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(frontMatter, { io: 'input', target: 'draft-2020-12' }),
    title: 'Rapporteur report front matter',
  }
}
