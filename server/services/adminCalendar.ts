/**
 * The working-day calendar and time limits, as the admin edits them. A saved year replaces the
 * shipped one; deadlines already set stay as they were (they were announced on assignment), but
 * the day an open item turns blue is recomputed with the new calendar and limits.
 */
import type { Kysely, Transaction } from 'kysely'
import {
  buildCalendar,
  calendarYearIssues,
  DEFAULT_TIME_LIMITS,
  OFFICIAL_CALENDAR,
  sortedCalendarYear,
  type AdminCalendarYear,
  type AdminTimeLimits,
  type CalendarYearRequest,
  type TimeLimits,
  type TimeLimitsRequest,
} from '#contract'
import type { Database } from '../db/schema'
import {
  calendarYearVersion,
  listStoredCalendarYears,
  readSetting,
  saveCalendarYear,
  writeSetting,
} from '../repositories/adminCalendar'
import { refreshApproachingDays } from '../repositories/adminApproaching'
import { invalid, staleVersion } from '../errors'
import { adminWrite, type AdminActor } from './adminWrite'
import { loadCalendarYears, loadTimeLimitsWithVersion, mergeCalendarYears, TIME_LIMITS_KEY } from './workingCalendar'

/** Every year in force, shipped or edited. */
export async function calendarForAdmin(db: Kysely<Database>): Promise<AdminCalendarYear[]> {
  return (await loadCalendarYears(db)).map(sortedCalendarYear)
}

async function yearInForce(db: Kysely<Database>, year: number): Promise<AdminCalendarYear | null> {
  return (await calendarForAdmin(db)).find(y => y.year === year) ?? null
}

/** The calendar and limits as they stand inside `trx` (the cache only serves committed data). */
async function inForce(
  trx: Transaction<Database>,
): Promise<{ calendar: ReturnType<typeof buildCalendar>; limits: TimeLimits }> {
  const years = mergeCalendarYears(OFFICIAL_CALENDAR, await listStoredCalendarYears(trx))
  const stored = await readSetting(trx, TIME_LIMITS_KEY)
  return {
    calendar: buildCalendar(years),
    limits: { ...DEFAULT_TIME_LIMITS, ...(stored?.value as Partial<TimeLimits> | undefined) },
  }
}

/** Saves one year's holidays, make-up working days and official flag. */
export async function saveYear(
  db: Kysely<Database>,
  actor: AdminActor,
  year: number,
  req: CalendarYearRequest,
): Promise<AdminCalendarYear> {
  const before = await yearInForce(db, year)
  return adminWrite(db, actor, async (trx, at) => {
    const stored = await calendarYearVersion(trx, year)
    if (stored !== req.version) throw staleVersion(before)
    const issues = calendarYearIssues(year, req)
    if (Object.keys(issues).length > 0) throw invalid(issues)
    await saveCalendarYear(
      trx,
      {
        year,
        holidays: [...req.holidays].sort(),
        makeUpWorkdays: [...req.makeUpWorkdays].sort(),
        official: req.official,
      },
      stored + 1,
      at,
    )
    const { calendar, limits } = await inForce(trx)
    await refreshApproachingDays(trx, calendar, limits)
    const after = mergeCalendarYears([], await listStoredCalendarYears(trx)).find(y => y.year === year)!
    return {
      entityType: 'calendar',
      entityId: year,
      action: before?.source === 'edited' ? 'update' : 'create',
      before,
      after,
    }
  })
}

/** The limits in force and their version. */
export async function timeLimitsForAdmin(db: Kysely<Database>): Promise<AdminTimeLimits> {
  return loadTimeLimitsWithVersion(db)
}

/** Saves the time limits (validated by the contract's schema, including resolve ≤ max ≤ 15). */
export async function saveTimeLimits(
  db: Kysely<Database>,
  actor: AdminActor,
  req: TimeLimitsRequest,
): Promise<AdminTimeLimits> {
  const before = await loadTimeLimitsWithVersion(db)
  return adminWrite(db, actor, async trx => {
    const stored = (await readSetting(trx, TIME_LIMITS_KEY))?.version ?? 0
    if (stored !== req.version) throw staleVersion(before)
    const { version: _version, ...limits } = req
    await writeSetting(trx, TIME_LIMITS_KEY, limits, stored + 1)
    const current = await inForce(trx)
    await refreshApproachingDays(trx, current.calendar, current.limits)
    return {
      entityType: 'time_limits',
      entityId: 1,
      action: 'update',
      before,
      after: { ...limits, version: stored + 1 },
    }
  })
}
