/** The CLI's exit codes. */
export const exitCode = {
  /** Everything asked for was done. */
  ok: 0,
  /** A report or config is invalid (its problems are listed), or a document could not be made. */
  invalidInput: 1,
  /** The command was misused: an unknown flag, variant or format, or a missing file. */
  misuse: 2,
} as const

/** One of the CLI's exit codes. */
export type ExitCode = (typeof exitCode)[keyof typeof exitCode]
