/**
 * The working-day calendar and time limits in force: the years the admin edited (stored in the
 * database) over the ones that ship in contract/calendar.ts, and the stored limits over the
 * defaults. Both are cached per database and data_version (every admin edit bumps it), so a
 * deadline computation costs one data_version read.
 */
import type { Kysely } from 'kysely'
import {
  buildCalendar,
  DEFAULT_TIME_LIMITS,
  mergeCalendarYears,
  OFFICIAL_CALENDAR,
  type CalendarYearInForce,
  type TimeLimits,
  type WorkingDayCalendar,
} from '#contract'
import type { Database } from '../db/schema'
import { listStoredCalendarYears, readSetting } from '../repositories/adminCalendar'
import { readDataVersion } from '../repositories/meta'

export const TIME_LIMITS_KEY = 'time_limits'

export type { CalendarYearInForce } from '#contract'

interface Snapshot {
  dataVersion: number
  years: CalendarYearInForce[]
  calendar: WorkingDayCalendar
  limits: TimeLimits
  limitsVersion: number
}

const snapshots = new WeakMap<Kysely<Database>, Promise<Snapshot>>()

/** Moved to the contract (the mock merges edited years too); re-exported for the server's callers. */
export { mergeCalendarYears } from '#contract'

async function loadSnapshot(db: Kysely<Database>, dataVersion: number): Promise<Snapshot> {
  const years = mergeCalendarYears(OFFICIAL_CALENDAR, await listStoredCalendarYears(db))
  const stored = await readSetting(db, TIME_LIMITS_KEY)
  const limits = stored ? { ...DEFAULT_TIME_LIMITS, ...(stored.value as Partial<TimeLimits>) } : DEFAULT_TIME_LIMITS
  return { dataVersion, years, calendar: buildCalendar(years), limits, limitsVersion: stored?.version ?? 0 }
}

async function snapshot(db: Kysely<Database>): Promise<Snapshot> {
  const dataVersion = await readDataVersion(db)
  const cached = snapshots.get(db)
  if (cached) {
    const s = await cached.catch(() => undefined)
    if (s && s.dataVersion === dataVersion) return s
  }
  const next = loadSnapshot(db, dataVersion)
  snapshots.set(db, next)
  return next
}

/** The calendar deadlines are counted on. */
export async function loadWorkingCalendar(db: Kysely<Database>): Promise<WorkingDayCalendar> {
  return (await snapshot(db)).calendar
}

/** The acknowledge/resolve limits and the warning threshold in force. */
export async function loadTimeLimits(db: Kysely<Database>): Promise<TimeLimits> {
  return (await snapshot(db)).limits
}

/** Every calendar year in force (shipped or edited), for the admin screen. */
export async function loadCalendarYears(db: Kysely<Database>): Promise<CalendarYearInForce[]> {
  return (await snapshot(db)).years
}

/** The limits in force with their stored version (0 while the defaults apply). */
export async function loadTimeLimitsWithVersion(db: Kysely<Database>): Promise<TimeLimits & { version: number }> {
  const s = await snapshot(db)
  return { ...s.limits, version: s.limitsVersion }
}
