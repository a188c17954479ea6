/**
 * The moment written as the PDF's creation and modification date: `SOURCE_DATE_EPOCH`
 * (seconds) when the environment sets it, else the report's fixed document date.
 */
export function documentDate(reportDate: string, sourceDateEpoch: string | undefined): Date {
  if (sourceDateEpoch !== undefined && /^\d+$/.test(sourceDateEpoch.trim()))
    return new Date(Number(sourceDateEpoch.trim()) * 1000)
  const date = new Date(reportDate)
  return Number.isNaN(date.getTime()) ? new Date(0) : date
}
