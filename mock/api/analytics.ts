/**
 * /api/overview and /api/trends over a World, computed with the contract's KPI functions so the
 * mock and the server agree by construction on the arithmetic.
 */
import {
  BOTTLENECK_CATEGORIES,
  BOTTLENECK_STATES,
  comparisonAsOf,
  comparisonPeriods,
  computeKpis,
  countedAmountCny,
  RECOMMENDATION_STATES,
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
import { worldAsOf } from './worldAsOf'

function kpiInput(world: World): KpiInput {
  return {
    enterprises: world.enterprises,
    visits: world.visits,
    bottlenecks: world.bottlenecks,
    recommendations: world.recommendations,
  }
}

const minDate = (a: string, b: string) => (a < b ? a : b)

/** The end of an analytics period: `to`, else today (or `from` when that is later than today). */
function periodEnd(q: AnalyticsQuery, today: string): string {
  return q.to ?? (q.from && q.from > today ? q.from : today)
}

/** The overview period: from/to as given, else from 1 January of the end's year to today. */
export function overviewPeriod(q: AnalyticsQuery, today: string): Period {
  const to = periodEnd(q, today)
  return { from: q.from ?? `${to.slice(0, 4)}-01-01`, to }
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
  const period = overviewPeriod(q, today)
  const asOf = minDate(period.to, today)
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

/** The trends period: from/to as given, else the 12 calendar months ending with today's month (to = today). */
export function trendsPeriod(q: AnalyticsQuery, today: string): Period {
  const to = periodEnd(q, today)
  if (q.from) return { from: q.from, to }
  const y = Number(to.slice(0, 4))
  const m = Number(to.slice(5, 7))
  const startMonth = m === 12 ? 1 : m + 1
  const startYear = m === 12 ? y : y - 1
  return { from: `${startYear}-${String(startMonth).padStart(2, '0')}-01`, to }
}

/** Every calendar month (YYYY-MM) that the period touches, in order. */
export function monthsOf(p: Period): string[] {
  const out: string[] = []
  let y = Number(p.from.slice(0, 4))
  let m = Number(p.from.slice(5, 7))
  const last = p.to.slice(0, 7)
  for (let key = p.from.slice(0, 7); key <= last; key = `${y}-${String(m).padStart(2, '0')}`) {
    out.push(key)
    m++
    if (m > 12) {
      m = 1
      y++
    }
  }
  return out
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
