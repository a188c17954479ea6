/**
 * Writes a YYYY-MM-DD date as a reader expects it, in the words of `Intl`: `8 February
 * 2022` in English (day, month, year, as United Nations documents write it in every
 * English), `8 février 2022` in French; its spaces no-break spaces (U+00A0) so that the
 * date is never broken across lines. `monthNames` (January first) replace `Intl`'s,
 * where the language's style names the months otherwise.
 */
export function formatDate(
  isoDate: string,
  language: string,
  monthNames: readonly string[] | null = null,
): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number]
  const english = language === 'en' || language.startsWith('en-')
  const locale = english ? 'en-GB' : language
  const moment = new Date(Date.UTC(year, month - 1, day))
  let written = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(moment)
  const own = monthNames?.[month - 1]
  if (own !== undefined) {
    const named = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(moment)
    // A word joiner after a slash between two names keeps the date on one line.
    written = written.replace(named, own.replace(/\//g, '/\u2060'))
  }
  return written.replace(/ /g, '\u00a0')
}

/** How a language writes times of day and their spans (its `clockTime` and `timeRange` conventions). */
export interface TimeConventions {
  clockTime: { time: string; onTheHour: string }
  timeRange: string
}

const colonTimes: TimeConventions = {
  clockTime: { time: '{hours}:{minutes}', onTheHour: '{hours}:{minutes}' },
  timeRange: '{start}–{end}',
}

/** A time written HH:MM, as the language writes it: `11:00`, or in French `11 h`, `12 h 30`. */
function formatTime(time: string, conventions: TimeConventions): string {
  const [hours = '', minutes = ''] = time.split(':')
  const pattern = minutes === '00' ? conventions.clockTime.onTheHour : conventions.clockTime.time
  return pattern
    .replace('{hours}', hours)
    .replace('{hour}', String(Number(hours)))
    .replace('{minutes}', minutes)
    .replace(/ /g, '\u00a0')
}

/**
 * Writes an agenda slot or meeting time range as the language writes it: `11:00`–`13:30`
 * → `11:00–13:30` (French `11 h – 13 h 30`). A word joiner (U+2060) follows an en dash
 * written close, and a no-break space one written spaced, so that no line ends with it.
 */
export function formatTimeRange(
  start: string,
  end: string,
  conventions: TimeConventions = colonTimes,
): string {
  return conventions.timeRange
    .replace(/ \u2013 /g, '\u00a0\u2013 ')
    .replace(/(?<! )\u2013(?! )/g, '\u2013\u2060')
    .replace('{start}', formatTime(start, conventions))
    .replace('{end}', formatTime(end, conventions))
}

/** Writes a number as the language writes it (`Intl`): 1234 → `1,234` in English, `1 234` in French. */
export function formatNumber(value: number, language: string): string {
  try {
    return new Intl.NumberFormat(language, { useGrouping: true }).format(value)
  } catch {
    return String(value)
  }
}
