import type { RapporteurConfig } from './config-schema.js'
import { parseConfig } from './parse-config.js'
import { readSourceFile } from './read-source-file.js'
import { ReportError } from './report-error.js'

/** The names a config file may have, in the order they are looked for. */
export const configFileNames = [
  'rapporteur.config.json',
  'rapporteur.config.yaml',
  'rapporteur.config.yml',
] as const

/**
 * Reads and parses a `rapporteur.config.(json|yaml)` file. Throws a `ReportError`
 * when the file is missing, unreadable or invalid; its problems name `path:line:column`.
 */
export async function loadConfig(path: string): Promise<RapporteurConfig> {
  const bytes = await readSourceFile(path)
  return parseConfig(bytes, { filename: path })
}

/**
 * The config file in `directory` (a report's folder), or undefined when there is
 * none. Two config files in one folder are a problem: it throws a `ReportError`.
 */
export async function findConfig(directory: string): Promise<string | undefined> {
  const { readdir } = await import('node:fs/promises')
  const { join } = await import('node:path')
  const entries = new Set(await readdir(directory).catch(() => [] as string[]))
  const found = configFileNames
    .filter((name) => entries.has(name))
    .map((name) => join(directory, name))
  if (found.length > 1) {
    throw new ReportError([
      { file: found[1], message: `two config files in one folder: keep only ${found[0]}` },
    ])
  }
  return found[0]
}
