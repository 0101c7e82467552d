/** Period defaults of the analytics endpoints, decided on the business date `today`. */
import { addCalendarDays, type AnalyticsQuery, type Period } from '#contract'
import { ApiProblem } from '../errors'

/** Overview: from 1 January of the end's year to today, unless given; asOf is min(to, today). */
export function overviewPeriod(q: AnalyticsQuery, today: string): { period: Period; asOf: string } {
  const to = q.to ?? (q.from && q.from > today ? q.from : today)
  const period = { from: q.from ?? `${to.slice(0, 4)}-01-01`, to }
  return { period, asOf: to < today ? to : today }
}

/** First day of the month `n` months after the month of `date` (n may be negative). */
export function shiftMonth(date: string, n: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + n
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`
}

/** Trends: the twelve calendar months ending with today's month, unless given. */
export function trendsPeriod(q: AnalyticsQuery, today: string): Period {
  const to = q.to ?? (q.from && q.from > today ? q.from : today)
  return { from: q.from ?? shiftMonth(to, -11), to }
}

/** The calendar months ('YYYY-MM') a period touches, in order. */
export function monthsOf(period: Period): string[] {
  const months: string[] = []
  for (let m = `${period.from.slice(0, 7)}-01`; m <= period.to; m = shiftMonth(m, 1)) months.push(m.slice(0, 7))
  return months
}

/** The last day of a 'YYYY-MM' month. */
export function monthEnd(month: string): string {
  return addCalendarDays(shiftMonth(`${month}-01`, 1), -1)
}

/** The widest analytics window: twenty years, between 1900 and 2999 (four-digit years throughout). */
export const MAX_ANALYTICS_YEARS = 20

/**
 * Rejects analytics periods the arithmetic cannot serve (years outside 1900-2999, whose previous
 * period or month keys would leave four-digit years) or that would ask for thousands of months.
 * A 400 naming the parameter, never a 500 or an endless loop.
 */
export function assertAnalyticsPeriod(period: Period): void {
  if (period.from < '1900-01-01')
    throw new ApiProblem(400, 'validation_failed', 'invalid querystring', { from: 'must not be before 1900-01-01' })
  if (period.to > '2999-12-31')
    throw new ApiProblem(400, 'validation_failed', 'invalid querystring', { to: 'must not be after 2999-12-31' })
  const limit = `${String(Number(period.from.slice(0, 4)) + MAX_ANALYTICS_YEARS).padStart(4, '0')}${period.from.slice(4)}`
  if (period.to >= limit)
    throw new ApiProblem(400, 'validation_failed', 'invalid querystring', {
      to: `the period must be shorter than ${MAX_ANALYTICS_YEARS} years`,
    })
}
