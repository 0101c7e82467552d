/**
 * The working-day calendar and time limits in force. The admin screens make both editable
 * (stored in the database); until then the shipped official calendar and the default limits apply.
 */
import type { Kysely } from 'kysely'
import { buildCalendar, DEFAULT_TIME_LIMITS, type TimeLimits, type WorkingDayCalendar } from '#contract'
import type { Database } from '../db/schema'

/** The calendar deadlines are counted on. */
export async function loadWorkingCalendar(_db: Kysely<Database>): Promise<WorkingDayCalendar> {
  return buildCalendar()
}

/** The acknowledge/resolve limits and the warning threshold in force. */
export async function loadTimeLimits(_db: Kysely<Database>): Promise<TimeLimits> {
  return DEFAULT_TIME_LIMITS
}
