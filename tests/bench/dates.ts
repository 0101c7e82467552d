/** Calendar arithmetic on 'YYYY-MM-DD' business dates (no time zone involved). */

/** The date `days` days after `date` (before, when negative). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** The day after the same date one year earlier: the start of the one-year period ending on `date`. */
export function oneYearBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCFullYear(d.getUTCFullYear() - 1)
  return addDays(d.toISOString().slice(0, 10), 1)
}
