/**
 * When each chain holds its face-to-face forums (面对面座谈): DOMAIN.md asks for 2–6 per chain a
 * year, which random visit types cannot promise for a chain as quiet as mineral water. So forums
 * are scheduled: `forumsPerYear` of them per chain, evenly spread over the world's days with some
 * jitter (any twelve months then hold that many, give or take one), each on a working day.
 */
import { addCalendarDays, daysBetween, isWorkingDay, type Chain, type WorkingDayCalendar } from '#contract'
import { CHAIN_SEEDS } from '../reference/chains'
import type { Rng } from '../random'

export interface ForumSlot {
  date: string
  chainId: number
}

/** The nearest working day to `date` inside [start, end], later days first. */
function workingDayNear(date: string, start: string, end: string, cal: WorkingDayCalendar): string {
  for (let k = 0; k <= 20; k++) {
    for (const d of [addCalendarDays(date, k), addCalendarDays(date, -k)]) {
      if (d >= start && d <= end && isWorkingDay(d, cal)) return d
    }
  }
  return date
}

/** Every chain's forums between `startDate` and `anchorDate`, in date order. */
export function forumSlots(
  chains: readonly Chain[],
  startDate: string,
  anchorDate: string,
  cal: WorkingDayCalendar,
  rng: Rng,
): ForumSlot[] {
  const span = daysBetween(startDate, anchorDate) + 1
  const slots: ForumSlot[] = []
  for (const c of chains) {
    const count = Math.max(1, Math.round((CHAIN_SEEDS[c.id - 1]!.forumsPerYear * span) / 365))
    const gap = span / count
    for (let k = 0; k < count; k++) {
      // Within ±30% of a gap around the k-th slot: neighbours never swap or bunch.
      const offset = Math.floor((k + 0.5 + (rng.next() - 0.5) * 0.6) * gap)
      slots.push({
        date: workingDayNear(addCalendarDays(startDate, offset), startDate, anchorDate, cal),
        chainId: c.id,
      })
    }
  }
  return slots.sort((a, b) => a.date.localeCompare(b.date) || a.chainId - b.chainId)
}
