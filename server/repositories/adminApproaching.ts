/**
 * The stored approaching_on day (when a bottleneck turns blue) depends on the calendar and the
 * approaching share; when either changes, the open items' days are recomputed with the new ones.
 */
import type { Kysely } from 'kysely'
import { approachingDate, DEADLINE_STATES, type TimeLimits, type WorkingDayCalendar } from '#contract'
import type { Database } from '../db/schema'

/** Recomputes approaching_on for the bottlenecks whose deadlines are still running; returns how many changed. */
export async function refreshApproachingDays(
  db: Kysely<Database>,
  calendar: WorkingDayCalendar,
  limits: TimeLimits,
): Promise<number> {
  const rows = await db
    .selectFrom('bottlenecks')
    .select(['id', 'assigned_on', 'resolve_by', 'approaching_on'])
    .where('status', 'in', [...DEADLINE_STATES])
    .where('assigned_on', 'is not', null)
    .where('resolve_by', 'is not', null)
    .execute()
  let changed = 0
  for (const r of rows) {
    const day = approachingDate(r.assigned_on!, r.resolve_by!, calendar, limits)
    if (day === r.approaching_on) continue
    await db.updateTable('bottlenecks').set({ approaching_on: day }).where('id', '=', r.id).execute()
    changed++
  }
  return changed
}
