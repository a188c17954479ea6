/** Splits a comma-separated option value (`pdf,docx`), also given several times, into unique names. */
export function parseListOption(value: string, previous: string[] = []): string[] {
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
  return [...new Set([...previous, ...names])]
}
