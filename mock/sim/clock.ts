/**
 * Timestamps for simulated timelines: events fall on business dates in China time and move
 * forward within a day, written with the +08:00 offset.
 */
import type { Rng } from '../random'

export interface EventClock {
  /** An ISO timestamp on `date`, later than the previous one when it is the same day. */
  at(date: string): string
}

/** Formats minutes after midnight on a date as an ISO timestamp with the China offset. */
export function chinaTimestamp(date: string, minutes: number): string {
  const m = Math.min(Math.max(0, Math.round(minutes)), 23 * 60 + 59)
  const hh = String(Math.floor(m / 60)).padStart(2, '0')
  const mm = String(m % 60).padStart(2, '0')
  return `${date}T${hh}:${mm}:00+08:00`
}

/** A clock that starts each new day in office hours and advances 20–120 minutes per same-day event. */
export function createEventClock(rng: Rng): EventClock {
  let lastDate = ''
  let minutes = 0
  return {
    at(date) {
      if (date === lastDate) minutes = Math.min(minutes + rng.int(20, 120), 23 * 60 + 59)
      else minutes = rng.int(8 * 60 + 30, 16 * 60 + 30)
      lastDate = date
      return chinaTimestamp(date, minutes)
    },
  }
}
