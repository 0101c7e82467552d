/**
 * Memoised working-day arithmetic over the contract's calendar. The simulation asks the same
 * questions (this date plus n working days) hundreds of thousands of times at benchmark scale;
 * answers come from the contract's own functions, computed once each.
 */
import { addWorkingDays, deadlinesFrom, workingDaysBetween, type TimeLimits, type WorkingDayCalendar } from '#contract'

export interface MemoCalendar {
  addWorkingDays(date: string, n: number): string
  deadlinesFrom(assignedOn: string): { acknowledgeBy: string; resolveBy: string }
  workingDaysBetween(from: string, to: string): number
}

const cache = new WeakMap<WorkingDayCalendar, WeakMap<TimeLimits, MemoCalendar>>()

/** The memoised helpers for one calendar and set of limits (shared by every caller using the same objects). */
export function memoCalendar(cal: WorkingDayCalendar, limits: TimeLimits): MemoCalendar {
  let byLimits = cache.get(cal)
  if (!byLimits) cache.set(cal, (byLimits = new WeakMap()))
  let memo = byLimits.get(limits)
  if (!memo) {
    const added = new Map<string, string>()
    const deadlines = new Map<string, { acknowledgeBy: string; resolveBy: string }>()
    const between = new Map<string, number>()
    memo = {
      addWorkingDays(date, n) {
        const key = `${date}|${n}`
        let r = added.get(key)
        if (r === undefined) added.set(key, (r = addWorkingDays(date, n, cal)))
        return r
      },
      deadlinesFrom(assignedOn) {
        let r = deadlines.get(assignedOn)
        if (r === undefined) deadlines.set(assignedOn, (r = deadlinesFrom(assignedOn, limits, cal)))
        return r
      },
      workingDaysBetween(from, to) {
        const key = `${from}|${to}`
        let r = between.get(key)
        if (r === undefined) between.set(key, (r = workingDaysBetween(from, to, cal)))
        return r
      },
    }
    byLimits.set(limits, memo)
  }
  return memo
}
