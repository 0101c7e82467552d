/**
 * Splits a period into the whole months it covers and the days at its edges, so a rollup kept
 * per day and per month is read as a few month rows plus at most two partial months of day rows.
 */
import type { Period } from '#contract'

export interface PeriodParts {
  /** Whole months covered, 'YYYY-MM' inclusive; absent when the period covers none. */
  months?: { from: string; to: string }
  /** The days outside those months (the whole period when there are none): at most two ranges. */
  days: Period[]
}

const DAY_MS = 86_400_000
const shiftDay = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
/** The first day of the month after `date`'s. */
function nextMonthStart(date: string): string {
  const d = new Date(`${date.slice(0, 7)}-01T00:00:00Z`)
  d.setUTCMonth(d.getUTCMonth() + 1)
  return d.toISOString().slice(0, 10)
}

/** The whole months of the period and the edge days around them. */
export function splitPeriod(period: Period): PeriodParts {
  const firstStart = period.from.endsWith('-01') ? period.from : nextMonthStart(period.from)
  // The month after `to` starts the day after `to` exactly when `to` ends its month.
  const afterTo = shiftDay(period.to, 1)
  const endStart = afterTo.endsWith('-01') ? afterTo : `${period.to.slice(0, 7)}-01`
  if (firstStart >= endStart) return { days: [period] }
  const days: Period[] = []
  if (period.from < firstStart) days.push({ from: period.from, to: shiftDay(firstStart, -1) })
  if (endStart <= period.to) days.push({ from: endStart, to: period.to })
  return { months: { from: firstStart.slice(0, 7), to: shiftDay(endStart, -1).slice(0, 7) }, days }
}
