/** A misuse of the command line (exit code 2): an unknown variant or format, a missing file. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}
