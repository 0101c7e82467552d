/**
 * The periods of the global filter bar as pure functions of today's China date, so they are
 * tested without a clock and agree with the server's business dates.
 */
import { addCalendarDays } from '../calendar'
import { isoDate } from '../common'

export const PERIOD_KEYS = ['ytd', '12m', 'quarter', 'month', 'last_year', 'custom'] as const
export type PeriodKey = (typeof PERIOD_KEYS)[number]
export const DEFAULT_PERIOD: PeriodKey = 'ytd'

export interface DateRange {
  from: string
  to: string
}

/** Why a custom range is unusable, or null when it is fine. */
export type CustomPeriodProblem = 'invalidDate' | 'fromAfterTo'

export function isPeriodKey(value: unknown): value is PeriodKey {
  return typeof value === 'string' && (PERIOD_KEYS as readonly string[]).includes(value)
}

/** Checks a custom from/to pair: both real YYYY-MM-DD dates, from not after to. */
export function validateCustomPeriod(from: string | undefined, to: string | undefined): CustomPeriodProblem | null {
  if (!from || !to || !isoDate.safeParse(from).success || !isoDate.safeParse(to).success) return 'invalidDate'
  return from > to ? 'fromAfterTo' : null
}

/** The same day `months` months earlier, clamped to the month's end (Mar 31 → Feb 28). */
function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const total = y * 12 + (m - 1) - months
  const year = Math.floor(total / 12)
  const month = (total % 12) + 1
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`
}

/**
 * The date range of a period key as of `today` (YYYY-MM-DD, China time). Periods that run "to
 * date" end today; `custom` uses the given range and falls back to year-to-date when it is invalid.
 */
export function resolvePeriod(key: PeriodKey, today: string, custom?: Partial<DateRange>): DateRange {
  const year = today.slice(0, 4)
  const month = Number(today.slice(5, 7))
  switch (key) {
    case '12m':
      return { from: addCalendarDays(monthsBefore(today, 12), 1), to: today }
    case 'quarter': {
      const first = Math.floor((month - 1) / 3) * 3 + 1
      return { from: `${year}-${String(first).padStart(2, '0')}-01`, to: today }
    }
    case 'month':
      return { from: `${today.slice(0, 7)}-01`, to: today }
    case 'last_year': {
      const last = Number(year) - 1
      return { from: `${last}-01-01`, to: `${last}-12-31` }
    }
    case 'custom':
      if (custom && validateCustomPeriod(custom.from, custom.to) === null) return { from: custom.from!, to: custom.to! }
      return resolvePeriod('ytd', today)
    case 'ytd':
    default:
      return { from: `${year}-01-01`, to: today }
  }
}
