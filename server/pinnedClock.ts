/**
 * The clock of a server whose business date is pinned (CHAIN_TODAY, used by tests and demos):
 * the real time of day moved onto the pinned date. Writes stamp their events with this instant, so
 * a timeline never holds an event dated after the day the records say it is, and a snapshot of
 * that day sees every write made on it.
 */
import { chinaToday } from '#contract'

const DAY_MS = 86_400_000

/** `now` for a server pinned on `today`: the real instant shifted by whole days. */
export function pinnedClock(today: string, realNow: () => Date = () => new Date()): () => Date {
  return () => {
    const real = realNow()
    const days = (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${chinaToday(real)}T00:00:00Z`)) / DAY_MS
    return new Date(real.getTime() + days * DAY_MS)
  }
}
