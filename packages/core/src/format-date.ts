/**
 * Writes a YYYY-MM-DD date as a reader expects it, in the words of `Intl`: `8 February
 * 2022` in English (day, month, year, as United Nations documents write it in every
 * English), `8 février 2022` in French; its spaces no-break spaces (U+00A0) so that the
 * date is never broken across lines.
 */
export function formatDate(isoDate: string, language: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number]
  const english = language === 'en' || language.startsWith('en-')
  return new Intl.DateTimeFormat(english ? 'en-GB' : language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
    .format(new Date(Date.UTC(year, month - 1, day)))
    .replace(/ /g, '\u00a0')
}

/**
 * Writes an agenda slot or meeting time range: `11:00`–`13:30` → `11:00–13:30`, with a
 * word joiner (U+2060) after the en dash, so that no line ends with the dash.
 */
export function formatTimeRange(start: string, end: string): string {
  return `${start}\u2013\u2060${end}`
}

/** Writes a number as the language writes it (`Intl`): 1234 → `1,234` in English, `1 234` in French. */
export function formatNumber(value: number, language: string): string {
  try {
    return new Intl.NumberFormat(language, { useGrouping: true }).format(value)
  } catch {
    return String(value)
  }
}
