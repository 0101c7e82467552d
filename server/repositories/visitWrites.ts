/**
 * Storing a visit a write command returned: its row, attendance and outcomes, with the visit
 * rollups adjusted (the stored visit's contribution taken away, the new one's added) and the
 * visit-day masks of every enterprise it touched recomputed. Call inside the write's transaction.
 */
import type { Kysely } from 'kysely'
import type { Visit } from '#contract'
import type { Database } from '../db/schema'
import { visitRows } from '../db/worldRows'
import { applyContributions, visitContributions } from './rollupDeltas'
import { rebuildVisitDayMasks } from './visitDayMasks'

/** The stored visit's rollup contributions, read from its rows as a rebuild reads them. */
export async function storedContributions(db: Kysely<Database>, visitId: number) {
  const visit = await db
    .selectFrom('visits')
    .select(['date', 'chain_id', 'type'])
    .where('id', '=', visitId)
    .executeTakeFirst()
  if (!visit) return []
  const attendance = await db.selectFrom('visit_enterprises').select('county').where('visit_id', '=', visitId).execute()
  const outcomes = await db
    .selectFrom('outcomes as o')
    .innerJoin('enterprises as e', 'e.id', 'o.enterprise_id')
    .select(['o.type', 'o.amount_cny', 'e.county'])
    .where('o.visit_id', '=', visitId)
    .execute()
  return visitContributions(visit, attendance, outcomes)
}

/** The enterprises a visit's attendance rows name now. */
export async function attendingEnterprises(db: Kysely<Database>, visitId: number): Promise<number[]> {
  return (
    await db.selectFrom('visit_enterprises').select('enterprise_id').where('visit_id', '=', visitId).execute()
  ).map(r => r.enterprise_id)
}

async function countiesOf(db: Kysely<Database>, ids: readonly number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map()
  const rows = await db
    .selectFrom('enterprises')
    .select(['id', 'county'])
    .where('id', 'in', [...new Set(ids)])
    .execute()
  return new Map(rows.map(r => [r.id, r.county]))
}

/**
 * Inserts `visit` (when `expectedVersion` is undefined) or replaces the stored one at
 * `expectedVersion`; false when the stored version is not that one (someone saved first), in which
 * case nothing was changed.
 */
export async function saveVisit(db: Kysely<Database>, visit: Visit, expectedVersion?: number): Promise<boolean> {
  const counties = await countiesOf(db, [...visit.enterpriseIds, ...visit.outcomes.map(o => o.enterpriseId)])
  const rows = visitRows([visit], id => {
    const county = counties.get(id)
    if (county === undefined) throw new Error(`visit ${visit.id} names unknown enterprise ${id}`)
    return county
  })
  const touched = new Set(visit.enterpriseIds)
  if (expectedVersion === undefined) {
    await db.insertInto('visits').values(rows.visits).execute()
  } else {
    const { id, ...changes } = rows.visits[0]!
    const before = await storedContributions(db, id)
    for (const e of await attendingEnterprises(db, id)) touched.add(e)
    const updated = await db
      .updateTable('visits')
      .set(changes)
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst()
    if (Number(updated.numUpdatedRows) !== 1) return false
    await applyContributions(db, before, -1)
    await db.deleteFrom('visit_enterprises').where('visit_id', '=', id).execute()
    await db.deleteFrom('outcomes').where('visit_id', '=', id).execute()
  }
  await db.insertInto('visit_enterprises').values(rows.attendance).execute()
  if (rows.outcomes.length > 0) await db.insertInto('outcomes').values(rows.outcomes).execute()
  await applyContributions(db, await storedContributions(db, visit.id), 1)
  await rebuildVisitDayMasks(db, [...touched])
  return true
}

/** Adds a bottleneck raised on a visit to the visit's bottleneckIds (a derived list: the visit's version stays). */
export async function linkBottleneckToVisit(
  db: Kysely<Database>,
  visitId: number,
  bottleneckId: number,
): Promise<void> {
  const row = await db.selectFrom('visits').select('bottleneck_ids_json').where('id', '=', visitId).executeTakeFirst()
  if (!row) return
  const ids: number[] = JSON.parse(row.bottleneck_ids_json)
  if (ids.includes(bottleneckId)) return
  await db
    .updateTable('visits')
    .set({ bottleneck_ids_json: JSON.stringify([...ids, bottleneckId]) })
    .where('id', '=', visitId)
    .execute()
}
