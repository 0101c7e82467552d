/**
 * The periods of the analytics endpoints (/api/overview, /api/trends, the year review, the
 * snapshots): the defaults a query leaves open, decided on the business date `today`, the day
 * "open" and "overdue" are judged on, the calendar months a period touches, and the bounds the
 * arithmetic can serve. The server and the mock both call these, so they name the same period for
 * the same query and refuse the same ones.
 */
import type { Period } from './kpi'
import type { AnalyticsQuery } from './queries'

/** The earlier of two days: an as-of day is never later than `limit` (today, or a period's end). */
export function notLaterThan(day: string, limit: string): string {
  return day < limit ? day : limit
}

/** The day a period is judged on: its last day, or today while it runs on. */
export function periodAsOf(period: Period, today: string): string {
  return notLaterThan(period.to, today)
}

/** The end of an analytics period: `to`, else today (or `from` when that is later than today). */
function periodEnd(q: AnalyticsQuery, today: string): string {
  return q.to ?? (q.from && q.from > today ? q.from : today)
}

/** Overview: from 1 January of the end's year to today, unless given; asOf is min(to, today). */
export function overviewPeriod(q: AnalyticsQuery, today: string): { period: Period; asOf: string } {
  const to = periodEnd(q, today)
  const period = { from: q.from ?? `${to.slice(0, 4)}-01-01`, to }
  return { period, asOf: periodAsOf(period, today) }
}

/** First day of the month `n` months after the month of `date` (n may be negative). */
export function shiftMonth(date: string, n: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + n
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`
}

/** Trends: the twelve calendar months ending with today's month, unless given. */
export function trendsPeriod(q: AnalyticsQuery, today: string): Period {
  const to = periodEnd(q, today)
  return { from: q.from ?? shiftMonth(to, -11), to }
}

/** The calendar months ('YYYY-MM') a period touches, in order. */
export function monthsOf(period: Period): string[] {
  const months: string[] = []
  for (let m = `${period.from.slice(0, 7)}-01`; m <= period.to; m = shiftMonth(m, 1)) months.push(m.slice(0, 7))
  return months
}

/** The widest analytics window: twenty years, between 1900 and 2999 (four-digit years throughout). */
export const MAX_ANALYTICS_YEARS = 20

/**
 * Why an analytics period cannot be served, as field errors of the query (empty when it can):
 * years outside 1900-2999, whose previous period or month keys would leave four-digit years, or a
 * window that would ask for thousands of months. Both sides answer these as a 400
 * `validation_failed` 'invalid querystring', never a 500 or an endless loop.
 */
export function analyticsPeriodIssues(period: Period): Record<string, string> {
  if (period.from < '1900-01-01') return { from: 'must not be before 1900-01-01' }
  if (period.to > '2999-12-31') return { to: 'must not be after 2999-12-31' }
  const limit = `${String(Number(period.from.slice(0, 4)) + MAX_ANALYTICS_YEARS).padStart(4, '0')}${period.from.slice(4)}`
  if (period.to >= limit) return { to: `the period must be shorter than ${MAX_ANALYTICS_YEARS} years` }
  return {}
}
