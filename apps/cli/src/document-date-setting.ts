import { sourceDateEpochDate } from '@rapporteur/core'
import { UsageError } from './usage-error.js'

/**
 * The moment every document of a build is dated, decided once for every format:
 * `SOURCE_DATE_EPOCH` when the environment sets it, else each report's meeting day
 * (undefined). A value that is not a second between 1970 and 9999 is misuse.
 */
export function documentDateSetting(
  value: string | undefined = process.env.SOURCE_DATE_EPOCH,
): string | undefined {
  try {
    return sourceDateEpochDate(value)
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(error.message)
    throw error
  }
}
