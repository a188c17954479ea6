import type { Location } from './problem.js'

/**
 * Finds where a value of a parsed report was written: body nodes by identity,
 * front matter values by their path. Reports built in code have none.
 */
export interface SourceMap {
  readonly file?: string
  /** The place of the value at `path` (or of `node`), or nothing when unknown. */
  locate(path: ReadonlyArray<string | number>, node?: object): Location | undefined
  /** The place of the key at the end of `path`, for unknown fields. */
  locateKey(path: ReadonlyArray<string | number>): Location | undefined
}
