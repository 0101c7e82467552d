/**
 * When things happen in the demo world: a weight per day over the 24 months up to the anchor,
 * rising gently over time (each year busier than the last, yet both within DOMAIN.md's 250–400
 * visits), low on weekends and holidays, with a dip around Spring Festival. Visits are
 * laid out by quantiles of these weights, so their ids run in date order.
 */
import { addCalendarDays, daysBetween, isWorkingDay, type WorkingDayCalendar } from '#contract'
import type { Rng } from '../random'

/** Spring Festival eves (除夕) around the years the demo world can cover. */
const SPRING_FESTIVAL_EVES = [
  '2023-01-21',
  '2024-02-09',
  '2025-01-28',
  '2026-02-16',
  '2027-02-05',
  '2028-01-25',
  '2029-02-12',
  '2030-02-02',
]

/** The first day of the 24 months ending on `anchorDate` (inclusive). */
export function worldStartDate(anchorDate: string): string {
  const y = Number(anchorDate.slice(0, 4)) - 2
  // Two years before a Feb 29 there is no Feb 29.
  const md = anchorDate.slice(5) === '02-29' ? '02-28' : anchorDate.slice(5)
  return addCalendarDays(`${y}-${md}`, 1)
}

export interface DayWeight {
  date: string
  weight: number
}

/** Relative activity for every day from `startDate` to `anchorDate`, with per-day noise. */
export function activityDays(startDate: string, anchorDate: string, cal: WorkingDayCalendar, rng: Rng): DayWeight[] {
  const span = Math.max(1, daysBetween(startDate, anchorDate))
  const out: DayWeight[] = []
  for (let d = startDate, i = 0; d <= anchorDate; d = addCalendarDays(d, 1), i++) {
    const trend = 0.8 + 0.4 * (i / span)
    const nearFestival = SPRING_FESTIVAL_EVES.some(eve => Math.abs(daysBetween(eve, d)) <= 12)
    const season = nearFestival ? 0.35 : 1
    const workday = isWorkingDay(d, cal) ? 1 : 0.06
    out.push({ date: d, weight: trend * season * workday * (0.6 + 0.8 * rng.next()) })
  }
  return out
}

/** Yields `n` dates in order, spread over the days in proportion to their weights. */
export function* datesByQuantile(days: readonly DayWeight[], n: number): Generator<string> {
  const total = days.reduce((s, d) => s + d.weight, 0)
  let cum = 0
  let j = 0
  for (let i = 0; i < n; i++) {
    const target = ((i + 0.5) / n) * total
    while (j < days.length - 1 && cum + days[j]!.weight < target) cum += days[j++]!.weight
    yield days[j]!.date
  }
}

/** Weighted picks in O(log n), for large lists (benchmark scale). */
export interface WeightedTable<T> {
  items: readonly T[]
  pick(rng: Rng): T
}

/** Builds a cumulative-weight table; items with weight 0 are never picked. */
export function weightedTable<T>(items: readonly T[], weight: (item: T) => number): WeightedTable<T> {
  const cum: number[] = []
  let total = 0
  for (const x of items) cum.push((total += weight(x)))
  return {
    items,
    pick(rng) {
      const r = rng.next() * total
      let lo = 0
      let hi = cum.length - 1
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (cum[mid]! > r) hi = mid
        else lo = mid + 1
      }
      return items[lo]!
    },
  }
}
