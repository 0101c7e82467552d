/**
 * The counts of a selection of several chains that are not sums of the chains' own: an enterprise
 * that belongs to two selected chains, or a recommendation linked to both, counts once. Everything
 * else of a selection is summed from kpiFacts' per-chain answers (services/yearReview.ts).
 */
import { sql, type Kysely } from 'kysely'
import type { Period } from '#contract'
import type { Database } from '../db/schema'
import type { RecommendationFacts } from './kpiFacts'
import { liveRecommendation, ofLiveVisit } from './voided'

const num = (v: unknown) => Number(v ?? 0)
const countIf = (condition: ReturnType<typeof sql>) => sql<number>`sum(case when ${condition} then 1 else 0 end)`

/** Enterprises that are members of any of the chains. */
export async function membersOfChains(db: Kysely<Database>, chainIds: readonly number[]): Promise<number> {
  const row = await db
    .selectFrom('enterprise_chains')
    .select(eb => eb.fn.count<number>('enterprise_id').distinct().as('n'))
    .where('chain_id', 'in', [...chainIds])
    .executeTakeFirst()
  return num(row?.n)
}

/**
 * For each period, the members of any of the chains that attended a visit of any of them dated in
 * it. One pass over the members (a few thousand), each period a seek per member and chain in the
 * (enterprise, chain, date) index that stops at the first visit: reading the chains' visits
 * instead would read hundreds of thousands of rows for a year (and once per period).
 */
export async function membersVisitedByChainsInPeriods(
  db: Kysely<Database>,
  chainIds: readonly number[],
  periods: readonly Period[],
): Promise<number[]> {
  if (periods.length === 0) return []
  const ids = sql.join([...chainIds])
  const visitedIn = (p: Period) => sql<number>`sum(case when exists (select 1 from visit_enterprises ve
    where ve.enterprise_id = m.enterprise_id and ve.chain_id in (${ids}) and ve.date >= ${p.from} and ve.date <= ${p.to}
    and ${ofLiveVisit('ve.visit_id')}) then 1 else 0 end)`
  const row = (
    await sql<
      Record<string, unknown>
    >`select ${sql.join(periods.map((p, i) => sql`${visitedIn(p)} as ${sql.ref(`p${i}`)}`))}
    from (select distinct enterprise_id from enterprise_chains where chain_id in (${ids})) m`.execute(db)
  ).rows[0]
  return periods.map((_, i) => num(row?.[`p${i}`]))
}

/** Recommendation steps dated in the period, for the recommendations linked to any of the chains. */
export async function recommendationFactsOfChains(
  db: Kysely<Database>,
  chainIds: readonly number[],
  period: Period,
): Promise<RecommendationFacts> {
  const within = (column: string) =>
    sql`${sql.ref(`r.${column}`)} >= ${period.from} and ${sql.ref(`r.${column}`)} <= ${period.to}`
  const row = await db
    .selectFrom('recommendations as r')
    .where(liveRecommendation('r'))
    .where(eb =>
      eb.exists(
        eb
          .selectFrom('recommendation_chains as rc')
          .select('rc.recommendation_id')
          .whereRef('rc.recommendation_id', '=', 'r.id')
          .where('rc.chain_id', 'in', [...chainIds]),
      ),
    )
    .select([
      countIf(within('submitted_on')).as('submitted'),
      countIf(within('first_instructed_on')).as('instructed'),
      countIf(within('forwarded_on')).as('forwarded'),
      countIf(within('implemented_on')).as('implemented'),
      countIf(sql`${within('forwarded_on')} and r.status = 'implemented'`).as('forwardedImplemented'),
    ])
    .executeTakeFirst()
  return {
    submitted: num(row?.submitted),
    instructed: num(row?.instructed),
    forwarded: num(row?.forwarded),
    implemented: num(row?.implemented),
    forwardedImplemented: num(row?.forwardedImplemented),
  }
}
