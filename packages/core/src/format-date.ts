const englishMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/**
 * Writes a YYYY-MM-DD date as a reader expects it: `8 February 2022` in English, its
 * spaces no-break spaces (U+00A0) so that the date is never broken across lines.
 */
export function formatDate(isoDate: string, language: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number]
  if (language === 'en' || language.startsWith('en-')) {
    return `${day}\u00a0${englishMonths[month - 1]}\u00a0${year}`
  }
  return new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
    .format(new Date(Date.UTC(year, month - 1, day)))
    .replace(/ /g, '\u00a0')
}

/** Writes an agenda slot or meeting time range: `11:00`–`13:30` → `11:00–13:30`. */
export function formatTimeRange(start: string, end: string): string {
  return `${start}–${end}`
}

/** Writes a number as the language writes it (`Intl`): 1234 → `1,234` in English, `1 234` in French. */
export function formatNumber(value: number, language: string): string {
  try {
    return new Intl.NumberFormat(language, { useGrouping: true }).format(value)
  } catch {
    return String(value)
  }
}
