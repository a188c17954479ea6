/** The last second `SOURCE_DATE_EPOCH` may name: 9999-12-31T23:59:59Z, the last a document date can hold. */
export const latestSourceDateEpoch = 253_402_300_799

/**
 * The moment a `SOURCE_DATE_EPOCH` value names (seconds since 1970-01-01 UTC, as
 * `date +%s` prints them), as an ISO 8601 timestamp for `resolveReport`'s
 * `documentDate`; undefined when the value is unset or empty. Throws a `RangeError`
 * that says what is wrong with any other value.
 */
export function sourceDateEpochDate(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined
  const seconds = /^\s*\d{1,15}\s*$/.test(value) ? Number(value) : Number.NaN
  if (!(seconds <= latestSourceDateEpoch))
    throw new RangeError(
      `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC, from 0 to ${latestSourceDateEpoch} (9999-12-31), found "${value}"`,
    )
  return new Date(seconds * 1000).toISOString()
}

/**
 * The moment the documents are dated: `given` (an ISO 8601 timestamp, checked) or
 * the meeting's day at 00:00 UTC. Throws a `RangeError` when `given` is not a moment
 * between the years 0 and 9999.
 */
export function documentDateOf(meetingDate: string, given: string | undefined): string {
  if (given === undefined) return `${meetingDate}T00:00:00.000Z`
  const date = new Date(given)
  const year = date.getUTCFullYear()
  if (Number.isNaN(date.getTime()) || year < 0 || year > 9999)
    throw new RangeError(
      `the document date must be an ISO 8601 moment between the years 0 and 9999, such as 2022-02-08T00:00:00Z, found "${given}"`,
    )
  return date.toISOString()
}
