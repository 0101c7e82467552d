/** The Overview: KPIs for the scope and every chain, this period and its comparison periods, plus breakdowns. */
import {
  BOTTLENECK_CATEGORIES,
  BOTTLENECK_STATES,
  comparisonAsOf,
  comparisonPeriods,
  overviewPeriod,
  RECOMMENDATION_STATES,
  type AnalyticsQuery,
  type Overview,
} from '#contract'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { listChains, listCounties } from '../repositories/reference'
import { bottlenecksRaisedBreakdown, recommendationsCreatedByStatus } from '../repositories/breakdowns'
import type { FactsMemo } from '../repositories/kpiFacts'
import { assertAnalyticsPeriod } from './periods'
import { countyFigures, kpisByGroup, scopeKpis } from './kpis'

function countsFor<K extends string>(keys: readonly K[], counts: Map<string, number>): Record<K, number> {
  return Object.fromEntries(keys.map(k => [k, counts.get(k) ?? 0])) as Record<K, number>
}

/** Builds the Overview for the query, judged on the business date `today`. */
export async function buildOverview(db: Kysely<Database>, q: AnalyticsQuery, today: string): Promise<Overview> {
  const { period, asOf } = overviewPeriod(q, today)
  assertAnalyticsPeriod(period)
  // The default comparison (同比) first; a month adds the previous month (环比).
  const compared = comparisonPeriods(period)
  const previous = compared[0]!.period
  // A comparison period ends before this one: judge its overdue on its own last day.
  const previousAsOf = comparisonAsOf(previous, asOf)
  const scope = { chainId: q.chainId, county: q.county }
  const [chains, counties] = await Promise.all([listChains(db), listCounties(db)])

  const chainIds = chains.map(c => c.id)
  const chainScope = { county: q.county }
  // The total, the chains and the counties of one period are sums over the same cells: read them once.
  const memo: FactsMemo = new Map()
  const [total, totalPrevious, chainKpis, chainPrevious, byCounty, raisedBreakdown, recsByStatus] = await Promise.all([
    scopeKpis(db, scope, period, asOf, memo),
    scopeKpis(db, scope, previous, previousAsOf, memo),
    // A chain filter narrows the total, not the per-chain breakdown: every chain is listed.
    kpisByGroup(db, chainScope, period, asOf, 'chain', chainIds, memo),
    kpisByGroup(db, chainScope, previous, previousAsOf, 'chain', chainIds, memo),
    countyFigures(
      db,
      q.chainId,
      counties.map(c => c.code),
      period,
      asOf,
      memo,
    ),
    bottlenecksRaisedBreakdown(db, scope, period, memo),
    recommendationsCreatedByStatus(db, q.chainId, period),
  ])
  const byChain = chainIds.map(chainId => ({
    chainId,
    kpis: chainKpis.get(chainId)!,
    previous: chainPrevious.get(chainId)!,
  }))
  const others = await Promise.all(
    compared.slice(1).map(c => scopeKpis(db, scope, c.period, comparisonAsOf(c.period, asOf), memo)),
  )
  const comparisons = compared.map((c, i) => ({ ...c, total: i === 0 ? totalPrevious : others[i - 1]! }))

  return {
    period,
    previousPeriod: previous,
    asOf,
    total,
    previous: totalPrevious,
    comparisons,
    byChain,
    byCounty,
    bottlenecksByStatus: countsFor(BOTTLENECK_STATES, raisedBreakdown.byStatus),
    bottlenecksByCategory: countsFor(BOTTLENECK_CATEGORIES, raisedBreakdown.byCategory),
    recommendationsByStatus: countsFor(RECOMMENDATION_STATES, recsByStatus),
  }
}
