/**
 * The counts behind every KPI of contract/kpi.ts, each function mirroring one cohort of
 * computeKpis; services/kpis.ts turns them into rates. Each can answer for one scope (key 'all')
 * or for every chain or every county at once (one pass, grouped), which is how the Overview's
 * byChain and byCounty stay cheap. Visit, outcome and bottleneck cohorts come from the daily
 * rollups; distinct enterprises visited and overdue (which depends on the day judged) from
 * indexed base tables.
 */
import { sql, type Kysely } from 'kysely'
import { OPEN_BOTTLENECK_STATES, type CountyCode, type Period } from '#contract'
import type { Database } from '../db/schema'

export interface Scope { chainId?: number, county?: CountyCode }
/** Answer per chain or per county instead of for the scope as a whole. */
export type GroupBy = 'chain' | 'county' | undefined
/** Results by chain id or county code; 'all' when not grouped. Missing keys mean zero. */
export type Grouped<T> = Map<number | string, T>

const ALL = 'all'
const num = (v: unknown) => Number(v ?? 0)
const inList = (values: readonly string[]) => sql.join(values.map(v => sql.lit(v)))
const countIf = (condition: ReturnType<typeof sql>) => sql<number>`sum(case when ${condition} then 1 else 0 end)`

/** The grouping key as a select expression: the column, or the constant 'all'. */
function keyOf(group: GroupBy, chainColumn: string, countyColumn: string) {
  if (group === 'chain') return sql<number | string>`${sql.ref(chainColumn)}`
  if (group === 'county') return sql<number | string>`${sql.ref(countyColumn)}`
  return sql<number | string>`${sql.lit(ALL)}`
}

function keyed<R extends { key: number | string }, T>(rows: R[], map: (row: R) => T): Grouped<T> {
  return new Map(rows.map(r => [r.key, map(r)]))
}

/** Visits, one-on-one visits and forums dated in the period (a visit touching the county counts once). */
export async function visitCounts(db: Kysely<Database>, scope: Scope, period: Period, group?: GroupBy) {
  const byCounty = scope.county !== undefined || group === 'county'
  const rows = await db.selectFrom(byCounty ? 'visit_day_chain_county' : 'visit_day_chain')
    .select(eb => [
      keyOf(group, 'chain_id', 'county').as('key'),
      eb.fn.sum<number>('visits').as('visits'), eb.fn.sum<number>('one_on_one').as('oneOnOne'), eb.fn.sum<number>('forums').as('forums'),
    ])
    .where('date', '>=', period.from).where('date', '<=', period.to)
    .$if(scope.chainId !== undefined, qb => qb.where('chain_id', '=', scope.chainId!))
    .$if(scope.county !== undefined, qb => qb.where(sql.ref('county'), '=', scope.county!))
    .$if(group !== undefined, qb => qb.groupBy(keyOf(group, 'chain_id', 'county')))
    .execute()
  return keyed(rows, r => ({ visits: num(r.visits), oneOnOneVisits: num(r.oneOnOne), forums: num(r.forums) }))
}

/** Orders won (count, CNY) and markets opened on visits dated in the period. */
export async function outcomeTotals(db: Kysely<Database>, scope: Scope, period: Period, group?: GroupBy) {
  const byCounty = scope.county !== undefined || group === 'county'
  const rows = await db.selectFrom(byCounty ? 'outcome_day_chain_county' : 'outcome_day_chain')
    .select(eb => [
      keyOf(group, 'chain_id', 'county').as('key'),
      eb.fn.sum<number>('orders').as('orders'), eb.fn.sum<number>('orders_amount').as('amount'), eb.fn.sum<number>('markets').as('markets'),
    ])
    .where('date', '>=', period.from).where('date', '<=', period.to)
    .$if(scope.chainId !== undefined, qb => qb.where('chain_id', '=', scope.chainId!))
    .$if(scope.county !== undefined, qb => qb.where(sql.ref('county'), '=', scope.county!))
    .$if(group !== undefined, qb => qb.groupBy(keyOf(group, 'chain_id', 'county')))
    .execute()
  return keyed(rows, r => ({ ordersWon: num(r.orders), ordersAmountCny: num(r.amount), marketsOpened: num(r.markets) }))
}

/**
 * Enterprises in scope (members of the chain, in the county) that attended a scoped visit in the
 * period. Asked as "does a visit exist" per enterprise (or membership), so each is one index seek
 * that stops at the first visit, instead of counting distinct over every attendance row.
 */
export async function enterprisesVisited(db: Kysely<Database>, scope: Scope, period: Period, group?: GroupBy): Promise<Grouped<number>> {
  if (scope.chainId !== undefined || group === 'chain') {
    // Join enterprises only when the county matters: a seek per membership saved otherwise.
    const needsCounty = scope.county !== undefined || group === 'county'
    const rows = await db.selectFrom('enterprise_chains as ec')
      .$if(needsCounty, qb => qb.innerJoin('enterprises as e', 'e.id', 'ec.enterprise_id'))
      .select(eb => [keyOf(group, 'ec.chain_id', 'e.county').as('key'), eb.fn.countAll<number>().as('n')])
      .$if(scope.chainId !== undefined, qb => qb.where('ec.chain_id', '=', scope.chainId!))
      .$if(scope.county !== undefined, qb => qb.where(sql.ref('e.county'), '=', scope.county!))
      .where(eb => eb.exists(eb.selectFrom('visit_enterprises as ve').select('ve.visit_id')
        .whereRef('ve.enterprise_id', '=', 'ec.enterprise_id').whereRef('ve.chain_id', '=', 'ec.chain_id')
        .where('ve.date', '>=', period.from).where('ve.date', '<=', period.to)))
      .$if(group !== undefined, qb => qb.groupBy(keyOf(group, 'ec.chain_id', 'e.county')))
      .execute()
    return keyed(rows, r => num(r.n))
  }
  const rows = await db.selectFrom('enterprises as e')
    .select(eb => [keyOf(group, 'e.county', 'e.county').as('key'), eb.fn.countAll<number>().as('n')])
    .$if(scope.county !== undefined, qb => qb.where('e.county', '=', scope.county!))
    .where(eb => eb.exists(eb.selectFrom('visit_enterprises as ve').select('ve.visit_id')
      .whereRef('ve.enterprise_id', '=', 'e.id').where('ve.date', '>=', period.from).where('ve.date', '<=', period.to)))
    .$if(group !== undefined, qb => qb.groupBy(keyOf(group, 'e.county', 'e.county')))
    .execute()
  return keyed(rows, r => num(r.n))
}

/** Enterprises in scope: members of the chain and located in the county. */
export async function enterprisesTotal(db: Kysely<Database>, scope: Scope, group?: GroupBy): Promise<Grouped<number>> {
  if (scope.chainId !== undefined || group === 'chain') {
    const rows = await db.selectFrom('enterprise_chains as ec').innerJoin('enterprises as e', 'e.id', 'ec.enterprise_id')
      .select(eb => [keyOf(group, 'ec.chain_id', 'e.county').as('key'), eb.fn.countAll<number>().as('n')])
      .$if(scope.chainId !== undefined, qb => qb.where('ec.chain_id', '=', scope.chainId!))
      .$if(scope.county !== undefined, qb => qb.where('e.county', '=', scope.county!))
      .$if(group !== undefined, qb => qb.groupBy(keyOf(group, 'ec.chain_id', 'e.county')))
      .execute()
    return keyed(rows, r => num(r.n))
  }
  const rows = await db.selectFrom('enterprises as e')
    .select(eb => [keyOf(group, 'e.county', 'e.county').as('key'), eb.fn.countAll<number>().as('n')])
    .$if(scope.county !== undefined, qb => qb.where('e.county', '=', scope.county!))
    .$if(group !== undefined, qb => qb.groupBy(keyOf(group, 'e.county', 'e.county')))
    .execute()
  return keyed(rows, r => num(r.n))
}

type BottleneckRollup = 'bottleneck_raised_day' | 'bottleneck_due_day' | 'bottleneck_assigned_day' | 'bottleneck_resolved_day'

/** A bottleneck rollup restricted to the scope and to cohort days in the period. */
function scopedRollup<T extends BottleneckRollup>(db: Kysely<Database>, table: T, scope: Scope, period: Period) {
  return db.selectFrom(table as BottleneckRollup)
    .where('date', '>=', period.from).where('date', '<=', period.to)
    .$if(scope.chainId !== undefined, qb => qb.where('chain_id', '=', scope.chainId!))
    .$if(scope.county !== undefined, qb => qb.where('county', '=', scope.county!))
}

export interface RaisedFacts {
  raised: number
  accepted: number
  resolved: number
  resolvedByType: { solved: number, partly_solved: number, planned: number, explained: number }
  open: number
  overdue: number
  reopened: number
  closedOrReopened: number
  rated: number
  satisfied: number
  basicallySatisfied: number
}

/**
 * Open bottlenecks raised in the period and past their deadline in force on `asOf`. Counted from
 * the base table (it depends on asOf) through the partial index over open items only.
 */
async function overdueCounts(db: Kysely<Database>, scope: Scope, period: Period, asOf: string, group?: GroupBy): Promise<Grouped<number>> {
  const rows = await db.selectFrom('bottlenecks')
    .select(eb => [keyOf(group, 'chain_id', 'county').as('key'), eb.fn.countAll<number>().as('n')])
    .where(sql<boolean>`status in (${inList(OPEN_BOTTLENECK_STATES)})`)
    .where('raised_on', '>=', period.from).where('raised_on', '<=', period.to)
    .where('resolve_by', 'is not', null).where('resolve_by', '<', asOf)
    .$if(scope.chainId !== undefined, qb => qb.where('chain_id', '=', scope.chainId!))
    .$if(scope.county !== undefined, qb => qb.where('county', '=', scope.county!))
    .$if(group !== undefined, qb => qb.groupBy(keyOf(group, 'chain_id', 'county')))
    .execute()
  return keyed(rows, r => num(r.n))
}

/** Counts over the bottlenecks raised in the period (their current state); overdue as of `asOf`. */
export async function raisedFacts(db: Kysely<Database>, scope: Scope, period: Period, asOf: string, group?: GroupBy): Promise<Grouped<RaisedFacts>> {
  const [rows, overdue] = await Promise.all([
    scopedRollup(db, 'bottleneck_raised_day', scope, period)
      .select(eb => [
        keyOf(group, 'chain_id', 'county').as('key'),
        ...(['raised', 'accepted', 'resolved', 'solved', 'partly_solved', 'planned', 'explained', 'open', 'reopened', 'closed_or_reopened', 'rated', 'satisfied', 'basically_satisfied'] as const)
          .map(c => eb.fn.sum<number>(sql.ref(c)).as(c)),
      ])
      .$if(group !== undefined, qb => qb.groupBy(keyOf(group, 'chain_id', 'county')))
      .execute(),
    overdueCounts(db, scope, period, asOf, group),
  ])
  return keyed(rows, (r) => {
    const row = r as unknown as Record<string, unknown>
    const n = (c: string) => num(row[c])
    return {
      raised: n('raised'), accepted: n('accepted'), resolved: n('resolved'),
      resolvedByType: { solved: n('solved'), partly_solved: n('partly_solved'), planned: n('planned'), explained: n('explained') },
      open: n('open'), overdue: overdue.get(r.key) ?? 0, reopened: n('reopened'), closedOrReopened: n('closed_or_reopened'),
      rated: n('rated'), satisfied: n('satisfied'), basicallySatisfied: n('basically_satisfied'),
    }
  })
}

/** Bottlenecks whose deadline in force falls in the period, and those resolved by it (and by the original). */
export async function dueFacts(db: Kysely<Database>, scope: Scope, period: Period, group?: GroupBy) {
  const rows = await scopedRollup(db, 'bottleneck_due_day', scope, period)
    .select(eb => [
      keyOf(group, 'chain_id', 'county').as('key'),
      eb.fn.sum<number>(sql.ref('due')).as('due'), eb.fn.sum<number>(sql.ref('on_time')).as('onTime'), eb.fn.sum<number>(sql.ref('on_time_original')).as('onTimeOriginal'),
    ])
    .$if(group !== undefined, qb => qb.groupBy(keyOf(group, 'chain_id', 'county')))
    .execute()
  return keyed(rows, r => ({ due: num(r.due), onTime: num(r.onTime), onTimeOriginal: num(r.onTimeOriginal) }))
}

/** Bottlenecks assigned in the period, and those acknowledged within the limit. */
export async function assignedFacts(db: Kysely<Database>, scope: Scope, period: Period, group?: GroupBy) {
  const rows = await scopedRollup(db, 'bottleneck_assigned_day', scope, period)
    .select(eb => [
      keyOf(group, 'chain_id', 'county').as('key'),
      eb.fn.sum<number>(sql.ref('assigned')).as('assigned'), eb.fn.sum<number>(sql.ref('ack_in_time')).as('inTime'),
    ])
    .$if(group !== undefined, qb => qb.groupBy(keyOf(group, 'chain_id', 'county')))
    .execute()
  return keyed(rows, r => ({ assigned: num(r.assigned), acknowledgedInTime: num(r.inTime) }))
}

export interface DaysBin { days: number, count: number }

/** Days from raise to resolve of those resolved in the period (still resolved or closed), as histograms. */
export async function daysToResolveHistogram(db: Kysely<Database>, scope: Scope, period: Period, group?: GroupBy): Promise<Grouped<DaysBin[]>> {
  const key = keyOf(group, 'chain_id', 'county')
  const rows = await scopedRollup(db, 'bottleneck_resolved_day', scope, period)
    .select(eb => [key.as('key'), sql<number>`${sql.ref('days')}`.as('days'), eb.fn.sum<number>(sql.ref('resolved')).as('n')])
    .$if(group !== undefined, qb => qb.groupBy(key))
    .groupBy(sql.ref('days')).orderBy(sql.ref('days'))
    .execute()
  const bins: Grouped<DaysBin[]> = new Map()
  for (const r of rows) {
    const list = bins.get(r.key) ?? []
    list.push({ days: num(r.days), count: num(r.n) })
    bins.set(r.key, list)
  }
  return bins
}

export interface RecommendationFacts { submitted: number, instructed: number, forwarded: number, implemented: number, forwardedImplemented: number }

/** Recommendation steps dated in the period, for the chain's recommendations (all when no chain), or per chain. */
export async function recommendationFacts(db: Kysely<Database>, chainId: number | undefined, period: Period, group?: 'chain'): Promise<Grouped<RecommendationFacts>> {
  const within = (column: string) => sql`${sql.ref(`r.${column}`)} >= ${period.from} and ${sql.ref(`r.${column}`)} <= ${period.to}`
  const rows = await db.selectFrom('recommendations as r')
    .$if(group === 'chain', qb => qb.innerJoin('recommendation_chains as rc', 'rc.recommendation_id', 'r.id').groupBy('rc.chain_id'))
    .$if(chainId !== undefined, qb => qb.where(eb => eb.exists(eb.selectFrom('recommendation_chains as sc').select('sc.recommendation_id')
      .whereRef('sc.recommendation_id', '=', 'r.id').where('sc.chain_id', '=', chainId!))))
    .select([
      (group === 'chain' ? sql<number | string>`${sql.ref('rc.chain_id')}` : sql<number | string>`${sql.lit(ALL)}`).as('key'),
      countIf(within('submitted_on')).as('submitted'),
      countIf(within('first_instructed_on')).as('instructed'),
      countIf(within('forwarded_on')).as('forwarded'),
      countIf(within('implemented_on')).as('implemented'),
      countIf(sql`${within('forwarded_on')} and r.status = 'implemented'`).as('forwardedImplemented'),
    ])
    .execute()
  return keyed(rows, r => ({
    submitted: num(r.submitted), instructed: num(r.instructed), forwarded: num(r.forwarded),
    implemented: num(r.implemented), forwardedImplemented: num(r.forwardedImplemented),
  }))
}
