import { InvalidArgumentError } from 'commander'

/**
 * Splits a comma-separated option value (`pdf,docx`), also given several times, into
 * unique names. A value that names nothing (`--format ''`) is misuse, not a build of nothing.
 */
export function parseListOption(value: string, previous: string[] = []): string[] {
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
  if (names.length === 0) throw new InvalidArgumentError('give at least one name')
  return [...new Set([...previous, ...names])]
}
