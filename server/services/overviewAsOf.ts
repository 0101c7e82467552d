/**
 * The Overview as the records stood at the end of a past day (a frozen presentation's numbers):
 * visits and enterprises are read as always (a period ending on the day holds no later visit),
 * bottlenecks and recommendations are replayed to the day by the contract and their KPIs computed
 * with the contract's own arithmetic — the same the mock uses, so both answer alike.
 */
import type { Kysely } from 'kysely'
import {
  BOTTLENECK_CATEGORIES,
  BOTTLENECK_STATES,
  comparisonAsOf,
  computeKpis,
  RECOMMENDATION_STATES,
  VISIT_KPI_KEYS,
  type AnalyticsAsOfQuery,
  type KpiInput,
  type KpiScope,
  type Kpis,
  type Overview,
  type Period,
} from '#contract'
import type { Database } from '../db/schema'
import { groupBy } from '../repositories/paging'
import { buildOverview } from './overview'
import { bottlenecksAsOf, recommendationsAsOf } from './recordsAsOf'

type OverviewKpis = Overview['total']

const inPeriod = (d: string, p: Period) => d >= p.from && d <= p.to

/** The bottleneck and recommendation KPIs of the replayed records over the visit KPIs read as always. */
function withVisitKpis(replayed: Kpis, visitsRead: OverviewKpis): OverviewKpis {
  const visitPart = Object.fromEntries(VISIT_KPI_KEYS.map(k => [k, visitsRead[k]]))
  return { ...replayed, ...visitPart }
}

/** The Overview for the query with the records as they stood at the end of `day` (a day before today). */
export async function buildOverviewAsOf(db: Kysely<Database>, q: AnalyticsAsOfQuery, day: string): Promise<Overview> {
  const base = await buildOverview(db, q, day)
  // Only what can count in this period or one it is compared with is replayed.
  const earliest = base.comparisons.reduce(
    (min, c) => (c.period.from < min ? c.period.from : min),
    base.previousPeriod.from,
  )
  const [bottlenecks, recommendations] = await Promise.all([
    bottlenecksAsOf(db, day, earliest),
    recommendationsAsOf(db, day),
  ])
  const { period, previousPeriod: previous, asOf } = base
  const previousAsOf = comparisonAsOf(previous, asOf)
  // computeKpis filters by the scope itself; handing it only the scope's chain or county first gives
  // the same numbers in a fraction of the passes (24 scopes over 10⁵ replayed bottlenecks).
  const byChain = groupBy(bottlenecks, b => b.chainId)
  const byCounty = groupBy(bottlenecks, b => b.county)
  const inputOf = (scope: KpiScope): KpiInput => ({
    enterprises: [],
    visits: [],
    bottlenecks:
      scope.chainId !== undefined
        ? (byChain.get(scope.chainId) ?? [])
        : scope.county !== undefined
          ? (byCounty.get(scope.county) ?? [])
          : bottlenecks,
    recommendations,
  })
  const kpis = (scope: KpiScope, p: Period, judgedOn: string, visitsRead: OverviewKpis) =>
    withVisitKpis(computeKpis(inputOf(scope), scope, p, judgedOn), visitsRead)
  const scope: KpiScope = { chainId: q.chainId, county: q.county }

  const bottlenecksByStatus = Object.fromEntries(BOTTLENECK_STATES.map(s => [s, 0])) as Overview['bottlenecksByStatus']
  const bottlenecksByCategory = Object.fromEntries(
    BOTTLENECK_CATEGORIES.map(c => [c, 0]),
  ) as Overview['bottlenecksByCategory']
  for (const b of bottlenecks) {
    if (
      !inPeriod(b.raisedOn, period) ||
      (q.chainId !== undefined && b.chainId !== q.chainId) ||
      (q.county !== undefined && b.county !== q.county)
    )
      continue
    bottlenecksByStatus[b.status]++
    bottlenecksByCategory[b.category]++
  }
  const recommendationsByStatus = Object.fromEntries(
    RECOMMENDATION_STATES.map(s => [s, 0]),
  ) as Overview['recommendationsByStatus']
  for (const r of recommendations) {
    if (inPeriod(r.createdOn, period) && (q.chainId === undefined || r.chainIds.includes(q.chainId)))
      recommendationsByStatus[r.status]++
  }

  return {
    ...base,
    total: kpis(scope, period, asOf, base.total),
    previous: kpis(scope, previous, previousAsOf, base.previous),
    comparisons: base.comparisons.map(c => ({
      ...c,
      total: kpis(scope, c.period, comparisonAsOf(c.period, asOf), c.total),
    })),
    byChain: base.byChain.map(c => ({
      chainId: c.chainId,
      kpis: kpis({ chainId: c.chainId, county: q.county }, period, asOf, c.kpis),
      previous: kpis({ chainId: c.chainId, county: q.county }, previous, previousAsOf, c.previous),
    })),
    byCounty: base.byCounty.map(c => {
      const scope = { chainId: q.chainId, county: c.county }
      const k = computeKpis(inputOf({ county: c.county }), scope, period, asOf)
      return { ...c, bottlenecksRaised: k.bottlenecksRaised, overdue: k.overdue }
    }),
    bottlenecksByStatus,
    bottlenecksByCategory,
    recommendationsByStatus,
  }
}
