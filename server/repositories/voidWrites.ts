/**
 * Storing a void (作废, issue 10): the record's row gains its void instant and reason at the
 * version read, and what it added to the rollups is taken away in the same transaction, so the
 * rollups equal a rebuild that leaves voided records out. Attendance, outcomes, events and the
 * rest of the record stay as they were: nothing is deleted. Call inside the write's transaction.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { applyContributions, bottleneckContributions } from './rollupDeltas'
import { storedRatings } from './bottleneckRollups'
import { rebuildVisitDayMasks } from './visitDayMasks'
import { attendingEnterprises, storedContributions } from './visitWrites'

/** What a void writes: the record's id, its new version, and when and why. */
export interface VoidMark {
  id: number
  version: number
  voidedAt: string
  voidReason: string
}

type VoidableTable = 'visits' | 'bottlenecks' | 'recommendations'

/** Marks the row voided if it still has `expectedVersion`; false (nothing changed) when it has not. */
async function markVoided(
  db: Kysely<Database>,
  table: VoidableTable,
  mark: VoidMark,
  expectedVersion: number,
): Promise<boolean> {
  const updated = await db
    .updateTable(table as 'visits')
    .set({ voided_at: mark.voidedAt, void_reason: mark.voidReason, version: mark.version })
    .where('id', '=', mark.id)
    .where('version', '=', expectedVersion)
    .where('voided_at', 'is', null)
    .executeTakeFirst()
  return Number(updated.numUpdatedRows) === 1
}

/** Voids a visit: its visits and outcomes leave the rollups, and its enterprises' visit-day masks are recomputed without it. */
export async function voidVisitRow(db: Kysely<Database>, mark: VoidMark, expectedVersion: number): Promise<boolean> {
  const contributions = await storedContributions(db, mark.id)
  if (!(await markVoided(db, 'visits', mark, expectedVersion))) return false
  await applyContributions(db, contributions, -1)
  await rebuildVisitDayMasks(db, await attendingEnterprises(db, mark.id))
  return true
}

/** Voids a bottleneck: it leaves every cohort rollup it counted in. */
export async function voidBottleneckRow(
  db: Kysely<Database>,
  mark: VoidMark,
  expectedVersion: number,
): Promise<boolean> {
  const before = await db.selectFrom('bottlenecks').selectAll().where('id', '=', mark.id).executeTakeFirst()
  if (!before || !(await markVoided(db, 'bottlenecks', mark, expectedVersion))) return false
  await applyContributions(db, bottleneckContributions(before, await storedRatings(db, mark.id)), -1)
  return true
}

/** Voids a recommendation (recommendations have no rollups: their counts read the table, which skips voided rows). */
export async function voidRecommendationRow(
  db: Kysely<Database>,
  mark: VoidMark,
  expectedVersion: number,
): Promise<boolean> {
  return markVoided(db, 'recommendations', mark, expectedVersion)
}
