/**
 * /api/overview and /api/trends over a World, computed with the contract's KPI functions so the
 * mock and the server agree by construction on the arithmetic.
 */
import {
  analyticsPeriodIssues,
  BOTTLENECK_CATEGORIES,
  BOTTLENECK_STATES,
  comparisonAsOf,
  comparisonPeriods,
  computeKpis,
  countedAmountCny,
  monthsOf,
  overviewPeriod,
  RECOMMENDATION_STATES,
  trendsPeriod,
  type AnalyticsQuery,
  type KpiInput,
  type KpiScope,
  type Overview,
  type AnalyticsAsOfQuery,
  type Period,
  type Trends,
  type TrendPoint,
  type World,
} from '#contract'
import { shippedRules, type MockRules } from './lists'
import { invalidQuery, type ApiResult } from './result'
import { worldAsOf } from './worldAsOf'

function kpiInput(world: World): KpiInput {
  return {
    enterprises: world.enterprises,
    visits: world.visits,
    bottlenecks: world.bottlenecks,
    recommendations: world.recommendations,
  }
}

/**
 * The 400 the server answers for an analytics period the arithmetic cannot serve (the contract's
 * bounds), judged on the day the answer is computed for: `asOf` when that is before today.
 */
export function analyticsRefusal(
  q: AnalyticsAsOfQuery,
  today: string,
  periodOf: (q: AnalyticsQuery, today: string) => Period,
): ApiResult | undefined {
  const day = q.asOf !== undefined && q.asOf < today ? q.asOf : today
  const issues = analyticsPeriodIssues(periodOf(q, day))
  return Object.keys(issues).length > 0 ? invalidQuery(issues) : undefined
}

function zeroCounts<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map(k => [k, 0])) as Record<K, number>
}

/**
 * The overview: KPIs for the scope (chain and county) in the period and its comparison periods;
 * per chain (all 7, within the county filter) and per county (all 8, within the chain filter);
 * bottlenecks raised in the period by status and category; recommendations created in the period
 * by status (chain filter only: recommendations have no county). asOf = min(to, today). With
 * `q.asOf` before today, all of it as the records stood at the end of that day.
 */
export function computeOverview(
  world: World,
  q: AnalyticsAsOfQuery,
  today: string,
  rules: MockRules = shippedRules(),
): Overview {
  const { asOf: day, ...filters } = q
  if (day !== undefined && day < today) return computeOverview(worldAsOf(world, day, rules), filters, day)
  const input = kpiInput(world)
  const { period, asOf } = overviewPeriod(q, today)
  // The default comparison (同比) first; a month adds the previous month (环比).
  const compared = comparisonPeriods(period)
  const prev = compared[0]!.period
  const prevAsOf = comparisonAsOf(prev, asOf)
  const scope: KpiScope = { chainId: q.chainId, county: q.county }

  const byChain = world.chains.map(c => {
    const s: KpiScope = { chainId: c.id, county: q.county }
    return { chainId: c.id, kpis: computeKpis(input, s, period, asOf), previous: computeKpis(input, s, prev, prevAsOf) }
  })
  const byCounty = world.counties.map(c => {
    const k = computeKpis(input, { chainId: q.chainId, county: c.code }, period, asOf)
    return {
      county: c.code,
      visits: k.visits,
      enterprisesVisited: k.enterprisesVisited,
      enterprisesTotal: k.enterprisesTotal,
      bottlenecksRaised: k.bottlenecksRaised,
      overdue: k.overdue,
    }
  })

  const bottlenecksByStatus = zeroCounts(BOTTLENECK_STATES)
  const bottlenecksByCategory = zeroCounts(BOTTLENECK_CATEGORIES)
  for (const b of world.bottlenecks) {
    if (b.raisedOn < period.from || b.raisedOn > period.to) continue
    if ((q.chainId !== undefined && b.chainId !== q.chainId) || (q.county !== undefined && b.county !== q.county))
      continue
    bottlenecksByStatus[b.status]++
    bottlenecksByCategory[b.category]++
  }
  const recommendationsByStatus = zeroCounts(RECOMMENDATION_STATES)
  for (const r of world.recommendations) {
    if (r.createdOn < period.from || r.createdOn > period.to) continue
    if (q.chainId !== undefined && !r.chainIds.includes(q.chainId)) continue
    recommendationsByStatus[r.status]++
  }

  return {
    period,
    previousPeriod: prev,
    asOf,
    total: computeKpis(input, scope, period, asOf),
    previous: computeKpis(input, scope, prev, prevAsOf),
    comparisons: compared.map(c => ({
      ...c,
      total: computeKpis(input, scope, c.period, comparisonAsOf(c.period, asOf)),
    })),
    byChain,
    byCounty,
    bottlenecksByStatus,
    bottlenecksByCategory,
    recommendationsByStatus,
  }
}

/**
 * Monthly series within the period and scope: visits and forums by visit date, bottlenecks
 * raised by raisedOn and resolved by resolvedOn (now resolved or closed), order amounts by visit
 * date (only the county's enterprises' orders when a county is given, as in computeKpis). With
 * `q.asOf` before today, the bottlenecks as they stood at the end of that day.
 */
export function computeTrends(
  world: World,
  q: AnalyticsAsOfQuery,
  today: string,
  rules: MockRules = shippedRules(),
): Trends {
  const { asOf: day, ...filters } = q
  if (day !== undefined && day < today) return computeTrends(worldAsOf(world, day, rules), filters, day)
  const period = trendsPeriod(q, today)
  const points = new Map<string, TrendPoint>(
    monthsOf(period).map(month => [
      month,
      { month, visits: 0, forums: 0, bottlenecksRaised: 0, bottlenecksResolved: 0, ordersAmountCny: 0 },
    ]),
  )
  const at = (d: string | null) =>
    d !== null && d >= period.from && d <= period.to ? points.get(d.slice(0, 7)) : undefined
  const countyOf = new Map(world.enterprises.map(e => [e.id, e.county]))
  for (const v of world.visits) {
    const p = at(v.date)
    if (!p || (q.chainId !== undefined && v.chainId !== q.chainId)) continue
    if (q.county !== undefined && !v.enterpriseIds.some(id => countyOf.get(id) === q.county)) continue
    p.visits++
    if (v.type === 'forum') p.forums++
    for (const o of v.outcomes)
      if (o.type === 'order' && (q.county === undefined || countyOf.get(o.enterpriseId) === q.county))
        p.ordersAmountCny += countedAmountCny(o.amountCny)
  }
  for (const b of world.bottlenecks) {
    if ((q.chainId !== undefined && b.chainId !== q.chainId) || (q.county !== undefined && b.county !== q.county))
      continue
    const raised = at(b.raisedOn)
    if (raised) raised.bottlenecksRaised++
    const resolved = b.status === 'resolved' || b.status === 'closed' ? at(b.resolvedOn) : undefined
    if (resolved) resolved.bottlenecksResolved++
  }
  return { period, months: [...points.values()] }
}
