/**
 * Storing a bottleneck a write command returned: its row (approaching_on from the calendar and
 * limits in force), co-departments and the events it does not have yet, with the bottleneck
 * rollups adjusted (the stored row's contribution taken away, the new row's added). Call inside
 * the write's transaction.
 */
import type { Kysely } from 'kysely'
import { approachingDate, type BottleneckDetail, type TimeLimits, type WorkingDayCalendar } from '#contract'
import type { Database } from '../db/schema'
import { bottleneckRows } from '../db/worldRows'
import { applyContributions, bottleneckContributions } from './rollupDeltas'
import { storedRatings } from './bottleneckRollups'

/** What deadlines are counted on when the blue-warning day is stored. */
export interface DeadlineRules {
  calendar: WorkingDayCalendar
  limits: TimeLimits
}

/**
 * Inserts `b` (when `expectedVersion` is undefined) or replaces the stored one at
 * `expectedVersion`; false when the stored version is not that one, in which case nothing changed.
 */
export async function saveBottleneck(
  db: Kysely<Database>,
  b: BottleneckDetail,
  rules: DeadlineRules,
  expectedVersion?: number,
): Promise<boolean> {
  const rows = bottleneckRows([b])
  const row = {
    ...rows.bottlenecks[0]!,
    approaching_on:
      b.assignedOn && b.resolveBy ? approachingDate(b.assignedOn, b.resolveBy, rules.calendar, rules.limits) : null,
  }
  let knownEvents = new Set<number>()
  if (expectedVersion === undefined) {
    await db.insertInto('bottlenecks').values(row).execute()
  } else {
    const before = await db.selectFrom('bottlenecks').selectAll().where('id', '=', b.id).executeTakeFirst()
    if (!before || before.version !== expectedVersion) return false
    const { id, ...changes } = row
    const updated = await db
      .updateTable('bottlenecks')
      .set(changes)
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst()
    if (Number(updated.numUpdatedRows) !== 1) return false
    await applyContributions(db, bottleneckContributions(before, await storedRatings(db, id)), -1)
    await db.deleteFrom('bottleneck_co_departments').where('bottleneck_id', '=', id).execute()
    knownEvents = new Set(
      (await db.selectFrom('bottleneck_events').select('id').where('bottleneck_id', '=', id).execute()).map(e => e.id),
    )
  }
  if (rows.coDepartments.length > 0)
    await db.insertInto('bottleneck_co_departments').values(rows.coDepartments).execute()
  const newEvents = rows.events.filter(e => !knownEvents.has(e.id))
  if (newEvents.length > 0) await db.insertInto('bottleneck_events').values(newEvents).execute()
  const stored = await db.selectFrom('bottlenecks').selectAll().where('id', '=', b.id).executeTakeFirstOrThrow()
  await applyContributions(db, bottleneckContributions(stored, await storedRatings(db, stored.id)), 1)
  return true
}
