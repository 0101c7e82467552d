/**
 * The counts of a selection of several chains that are not sums of the chains' own: an enterprise
 * that belongs to two selected chains, or a recommendation linked to both, counts once. Everything
 * else of a selection is summed from kpiFacts' per-chain answers (services/yearReview.ts).
 */
import { sql, type Kysely } from 'kysely'
import type { Period } from '#contract'
import type { Database } from '../db/schema'
import type { RecommendationFacts } from './kpiFacts'

const num = (v: unknown) => Number(v ?? 0)
const countIf = (condition: ReturnType<typeof sql>) => sql<number>`sum(case when ${condition} then 1 else 0 end)`

/** Enterprises that are members of any of the chains. */
export async function membersOfChains(db: Kysely<Database>, chainIds: readonly number[]): Promise<number> {
  const row = await db.selectFrom('enterprise_chains')
    .select(eb => eb.fn.count<number>('enterprise_id').distinct().as('n'))
    .where('chain_id', 'in', [...chainIds])
    .executeTakeFirst()
  return num(row?.n)
}

/** Members of any of the chains that attended a visit of any of them dated in the period. */
export async function membersVisitedByChains(db: Kysely<Database>, chainIds: readonly number[], period: Period): Promise<number> {
  const row = await db.selectFrom('visit_enterprises as ve')
    .select(eb => eb.fn.count<number>('ve.enterprise_id').distinct().as('n'))
    .where('ve.chain_id', 'in', [...chainIds])
    .where('ve.date', '>=', period.from).where('ve.date', '<=', period.to)
    .where(eb => eb.exists(eb.selectFrom('enterprise_chains as ec').select('ec.enterprise_id')
      .whereRef('ec.enterprise_id', '=', 've.enterprise_id').where('ec.chain_id', 'in', [...chainIds])))
    .executeTakeFirst()
  return num(row?.n)
}

/** Recommendation steps dated in the period, for the recommendations linked to any of the chains. */
export async function recommendationFactsOfChains(db: Kysely<Database>, chainIds: readonly number[], period: Period): Promise<RecommendationFacts> {
  const within = (column: string) => sql`${sql.ref(`r.${column}`)} >= ${period.from} and ${sql.ref(`r.${column}`)} <= ${period.to}`
  const row = await db.selectFrom('recommendations as r')
    .where(eb => eb.exists(eb.selectFrom('recommendation_chains as rc').select('rc.recommendation_id')
      .whereRef('rc.recommendation_id', '=', 'r.id').where('rc.chain_id', 'in', [...chainIds])))
    .select([
      countIf(within('submitted_on')).as('submitted'),
      countIf(within('first_instructed_on')).as('instructed'),
      countIf(within('forwarded_on')).as('forwarded'),
      countIf(within('implemented_on')).as('implemented'),
      countIf(sql`${within('forwarded_on')} and r.status = 'implemented'`).as('forwardedImplemented'),
    ])
    .executeTakeFirst()
  return {
    submitted: num(row?.submitted), instructed: num(row?.instructed), forwarded: num(row?.forwarded),
    implemented: num(row?.implemented), forwardedImplemented: num(row?.forwardedImplemented),
  }
}
