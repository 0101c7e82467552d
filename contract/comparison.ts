/**
 * What a period is compared with, the way officials compare (DOMAIN.md, KPIs): a year or a
 * year-to-date with the same dates last year (同比); a month (or a month to date) with the previous
 * month (环比) and with the same month last year; any other range with the same range a year earlier.
 * One pure function, used by the server and the mock, so both name the same comparison periods.
 */
import { z } from 'zod'
import type { Period } from './kpi'

/**
 * The kinds of comparison, each with its own words on a card: `sameDatesLastYear` (较去年同期),
 * `previousMonth` (较上月, 环比), `sameMonthLastYear` (较去年同月).
 */
export const COMPARISON_KINDS = ['sameDatesLastYear', 'previousMonth', 'sameMonthLastYear'] as const
export const comparisonKind = z.enum(COMPARISON_KINDS)
export type ComparisonKind = z.infer<typeof comparisonKind>

/** One comparison period and what kind it is. */
export interface ComparisonPeriod {
  kind: ComparisonKind
  period: Period
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** Days in month `m` (1-12) of year `y`. */
function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}

/** The same day in another month, clamped to that month's end (Mar 31 → Feb 28; Feb 29 → Feb 28 a year back). */
function dayIn(y: number, m: number, day: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(Math.min(day, daysInMonth(y, m)))}`
}

const parts = (d: string) => [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))] as const

/** The same date a year earlier; Feb 29 becomes Feb 28. */
function yearBack(d: string): string {
  const [y, m, day] = parts(d)
  return dayIn(y - 1, m, day)
}

/**
 * The period one month (or one year, `monthsBack` 12) earlier than a period inside one month that
 * starts on its first: a whole month maps to the whole earlier month (Feb 2029 → Feb 1-29 2028),
 * a month to date to the same days, clamped to the earlier month's end.
 */
function monthBack(p: Period, monthsBack: number): Period {
  const [y, m, toDay] = parts(p.to)
  const index = y * 12 + (m - 1) - monthsBack
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  const wholeMonth = toDay === daysInMonth(y, m)
  return { from: dayIn(year, month, 1), to: dayIn(year, month, wholeMonth ? 31 : toDay) }
}

/** True for a period that starts on the first of a month and ends in that month. */
function isMonth(p: Period): boolean {
  return p.from.endsWith('-01') && p.from.slice(0, 7) === p.to.slice(0, 7)
}

/**
 * The comparison periods of `p`, the default first (the one every card's colour and the per-chain
 * figures use): the same dates last year for every period; a month adds the previous month.
 */
export function comparisonPeriods(p: Period): ComparisonPeriod[] {
  if (isMonth(p)) {
    return [
      { kind: 'sameMonthLastYear', period: monthBack(p, 12) },
      { kind: 'previousMonth', period: monthBack(p, 1) },
    ]
  }
  // A year, a year to date and any other range: the same range a year earlier.
  return [{ kind: 'sameDatesLastYear', period: { from: yearBack(p.from), to: yearBack(p.to) } }]
}

/** The day a comparison period's "open" and "overdue" are judged: its last day, or the period's own asOf if earlier. */
export function comparisonAsOf(comparison: Period, asOf: string): string {
  return comparison.to < asOf ? comparison.to : asOf
}

/** The message key of a comparison's words on a card ("较去年同期"), under the SPA's `overview` namespace. */
export function comparisonLabelKey(kind: ComparisonKind): string {
  return `overview.comparison.${kind}`
}
