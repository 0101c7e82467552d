/**
 * Storing a recommendation a write command returned: its row, chains and basis, and the
 * instructions, forwards (with their departments) and feedback it does not have yet. Call inside
 * the write's transaction; recommendations have no rollups.
 */
import type { Kysely } from 'kysely'
import type { RecommendationDetail } from '#contract'
import type { Database } from '../db/schema'
import { recommendationRows } from '../db/worldRows'

async function storedIds(
  db: Kysely<Database>,
  table: 'instructions' | 'forwards' | 'feedback',
  recommendationId: number,
): Promise<Set<number>> {
  return new Set(
    (await db.selectFrom(table).select('id').where('recommendation_id', '=', recommendationId).execute()).map(
      r => r.id,
    ),
  )
}

/**
 * Inserts `r` (when `expectedVersion` is undefined) or replaces the stored one at
 * `expectedVersion`; false when the stored version is not that one, in which case nothing changed.
 */
export async function saveRecommendation(
  db: Kysely<Database>,
  r: RecommendationDetail,
  expectedVersion?: number,
): Promise<boolean> {
  const rows = recommendationRows([r])
  let known = { instructions: new Set<number>(), forwards: new Set<number>(), feedback: new Set<number>() }
  if (expectedVersion === undefined) {
    await db.insertInto('recommendations').values(rows.recommendations).execute()
  } else {
    const { id, ...changes } = rows.recommendations[0]!
    const updated = await db
      .updateTable('recommendations')
      .set(changes)
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst()
    if (Number(updated.numUpdatedRows) !== 1) return false
    await db.deleteFrom('recommendation_chains').where('recommendation_id', '=', id).execute()
    await db.deleteFrom('recommendation_basis').where('recommendation_id', '=', id).execute()
    known = {
      instructions: await storedIds(db, 'instructions', id),
      forwards: await storedIds(db, 'forwards', id),
      feedback: await storedIds(db, 'feedback', id),
    }
  }
  if (rows.chains.length > 0) await db.insertInto('recommendation_chains').values(rows.chains).execute()
  if (rows.basis.length > 0) await db.insertInto('recommendation_basis').values(rows.basis).execute()
  const instructions = rows.instructions.filter(i => !known.instructions.has(i.id))
  if (instructions.length > 0) await db.insertInto('instructions').values(instructions).execute()
  const forwards = rows.forwards.filter(f => !known.forwards.has(f.id))
  if (forwards.length > 0) {
    await db.insertInto('forwards').values(forwards).execute()
    const fresh = new Set(forwards.map(f => f.id))
    await db
      .insertInto('forward_departments')
      .values(rows.forwardDepartments.filter(d => fresh.has(d.forward_id)))
      .execute()
  }
  const feedback = rows.feedback.filter(f => !known.feedback.has(f.id))
  if (feedback.length > 0) await db.insertInto('feedback').values(feedback).execute()
  return true
}
