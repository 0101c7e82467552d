import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  BOTTLENECK_CATEGORIES,
  BOTTLENECK_STATES,
  comparisonAsOf,
  comparisonPeriods,
  computeKpis,
  overview as overviewSchema,
  RECOMMENDATION_STATES,
  trends as trendsSchema,
  type CountyCode,
  type Kpis,
  type KpiScope,
  type Period,
  type World,
} from '#contract'
import { startTestApp, TEST_TODAY, TEST_WORLDS, type TestApp } from '../support/apiWorld'

/** Counts exactly; amounts and rates to a relative 1e-9 (SQL sums floats in another order). */
function expectKpis(actual: Record<string, unknown>, expected: Kpis, label: string) {
  for (const [key, value] of Object.entries(expected)) {
    const got = actual[key]
    if (typeof value === 'number' && typeof got === 'number') {
      expect(Math.abs(got - value), `${label} ${key}: ${got} vs ${value}`).toBeLessThanOrEqual(
        1e-9 * Math.max(1, Math.abs(value)),
      )
    } else expect(got, `${label} ${key}`).toEqual(value)
  }
}

const PERIODS = [
  { name: 'a year', from: '2025-07-01', to: '2026-06-30' },
  { name: 'a quarter', from: '2026-01-01', to: '2026-03-31' },
  { name: 'a month', from: '2026-06-01', to: '2026-06-30' },
  { name: 'an empty range', from: '2031-01-01', to: '2031-01-31' },
  { name: 'a past range', from: '2025-01-01', to: '2025-12-31' },
  { name: 'a range cutting months', from: '2025-11-21', to: '2026-05-20' },
]
const SCOPES: { name: string; scope: KpiScope }[] = [
  { name: 'everything', scope: {} },
  { name: 'chain 1', scope: { chainId: 1 } },
  { name: 'county yanji', scope: { county: 'yanji' } },
  { name: 'chain 2 in hunchun', scope: { chainId: 2, county: 'hunchun' } },
]
const CASES = PERIODS.flatMap(p => SCOPES.map(s => ({ ...s, period: p, label: `${s.name}, ${p.name}` })))

function queryOf(scope: KpiScope, period?: Period) {
  const p = new URLSearchParams()
  if (period) {
    p.set('from', period.from)
    p.set('to', period.to)
  }
  if (scope.chainId !== undefined) p.set('chainId', String(scope.chainId))
  if (scope.county !== undefined) p.set('county', scope.county)
  return p.toString()
}

const inPeriod = (d: string | null, p: Period) => d !== null && d >= p.from && d <= p.to

describe.each(TEST_WORLDS)('analytics over the %s', (_name, build) => {
  let world: World
  let t: TestApp
  beforeAll(async () => {
    world = build()
    t = await startTestApp(world)
  })
  afterAll(async () => t.close())

  it.each(CASES)('overview for $label equals computeKpis', async ({ scope, period }) => {
    const res = await t.get(`/api/overview?${queryOf(scope, period)}`)
    expect(res.status).toBe(200)
    const body = overviewSchema.parse(res.body)
    const asOf = period.to < TEST_TODAY ? period.to : TEST_TODAY
    const compared = comparisonPeriods(period)
    const previous = compared[0]!.period
    const previousAsOf = comparisonAsOf(previous, asOf)
    expect(body.period).toEqual({ from: period.from, to: period.to })
    expect(body.previousPeriod).toEqual(previous)
    expect(body.asOf).toBe(asOf)
    expectKpis(body.total, computeKpis(world, scope, period, asOf), 'total')
    expectKpis(body.previous, computeKpis(world, scope, previous, previousAsOf), 'previous')
    expect(body.comparisons.map(c => ({ kind: c.kind, period: c.period }))).toEqual(compared)
    for (const c of body.comparisons)
      expectKpis(
        c.total,
        computeKpis(world, scope, c.period, comparisonAsOf(c.period, asOf)),
        `compared with ${c.kind}`,
      )

    expect(body.byChain.map(c => c.chainId)).toEqual(world.chains.map(c => c.id))
    for (const c of body.byChain) {
      expectKpis(
        c.kpis,
        computeKpis(world, { chainId: c.chainId, county: scope.county }, period, asOf),
        `chain ${c.chainId}`,
      )
      expectKpis(
        c.previous,
        computeKpis(world, { chainId: c.chainId, county: scope.county }, previous, previousAsOf),
        `chain ${c.chainId} previous`,
      )
    }

    expect(body.byCounty.map(c => c.county)).toEqual(world.counties.map(c => c.code))
    for (const c of body.byCounty) {
      const k = computeKpis(world, { chainId: scope.chainId, county: c.county }, period, asOf)
      expect(c).toEqual({
        county: c.county,
        visits: k.visits,
        enterprisesVisited: k.enterprisesVisited,
        enterprisesTotal: k.enterprisesTotal,
        bottlenecksRaised: k.bottlenecksRaised,
        overdue: k.overdue,
      })
    }

    const raised = world.bottlenecks.filter(
      b =>
        inPeriod(b.raisedOn, period) &&
        (scope.chainId === undefined || b.chainId === scope.chainId) &&
        (scope.county === undefined || b.county === scope.county),
    )
    expect(body.bottlenecksByStatus).toEqual(
      Object.fromEntries(BOTTLENECK_STATES.map(s => [s, raised.filter(b => b.status === s).length])),
    )
    expect(body.bottlenecksByCategory).toEqual(
      Object.fromEntries(BOTTLENECK_CATEGORIES.map(s => [s, raised.filter(b => b.category === s).length])),
    )
    const recs = world.recommendations.filter(
      r => inPeriod(r.createdOn, period) && (scope.chainId === undefined || r.chainIds.includes(scope.chainId)),
    )
    expect(body.recommendationsByStatus).toEqual(
      Object.fromEntries(RECOMMENDATION_STATES.map(s => [s, recs.filter(r => r.status === s).length])),
    )
  })

  it('the scope totals are not trivially zero', async () => {
    const body = (await t.get(`/api/overview?from=2025-07-01&to=${TEST_TODAY}`)).body
    expect(body.total.visits).toBeGreaterThan(0)
    expect(body.total.bottlenecksRaised).toBeGreaterThan(0)
    expect(body.total.ordersAmountCny).toBeGreaterThan(0)
    expect(body.total.medianDaysToResolve).not.toBeNull()
  })

  it('the overview defaults to 1 January of this year through today', async () => {
    const body = (await t.get('/api/overview')).body
    expect(body.period).toEqual({ from: `${TEST_TODAY.slice(0, 4)}-01-01`, to: TEST_TODAY })
    expect(body.asOf).toBe(TEST_TODAY)
    expectKpis(body.total, computeKpis(world, {}, body.period, TEST_TODAY), 'default total')
  })

  it('an overview reaching past today judges overdue as of today', async () => {
    const body = (await t.get('/api/overview?from=2026-01-01&to=2026-12-31')).body
    expect(body.asOf).toBe(TEST_TODAY)
    expectKpis(body.total, computeKpis(world, {}, { from: '2026-01-01', to: '2026-12-31' }, TEST_TODAY), 'total')
  })

  it.each([
    { scope: {}, from: '2025-07-01', to: '2026-06-30' },
    { scope: { chainId: 1 }, from: '2025-01-15', to: '2026-02-10' },
    { scope: { county: 'hunchun' as CountyCode }, from: '2025-07-01', to: '2026-06-30' },
    { scope: { chainId: 2, county: 'yanji' as CountyCode }, from: '2026-03-01', to: '2026-03-31' },
  ])('trends for $scope from $from to $to count by month like the contract', async ({ scope, from, to }) => {
    const body = trendsSchema.parse((await t.get(`/api/trends?${queryOf(scope, { from, to })}`)).body)
    expect(body.period).toEqual({ from, to })
    for (const point of body.months) {
      const monthFrom = `${point.month}-01` < from ? from : `${point.month}-01`
      const monthTo = `${point.month}-31` > to ? to : `${point.month}-31`
      const k = computeKpis(world, scope, { from: monthFrom, to: monthTo }, TEST_TODAY)
      const resolved = world.bottlenecks.filter(
        b =>
          inPeriod(b.resolvedOn, { from: monthFrom, to: monthTo }) &&
          (b.status === 'resolved' || b.status === 'closed') &&
          (scope.chainId === undefined || b.chainId === scope.chainId) &&
          (scope.county === undefined || b.county === scope.county),
      ).length
      expect(point.visits, point.month).toBe(k.visits)
      expect(point.forums, point.month).toBe(k.forums)
      expect(point.bottlenecksRaised, point.month).toBe(k.bottlenecksRaised)
      expect(point.bottlenecksResolved, point.month).toBe(resolved)
      expect(point.ordersAmountCny, point.month).toBeCloseTo(k.ordersAmountCny, 6)
    }
    const months = new Set<string>()
    for (let d = from; d <= to; d = new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10))
      months.add(d.slice(0, 7))
    expect(body.months.map(m => m.month)).toEqual([...months])
  })

  it('trends default to the twelve months ending with this month', async () => {
    const body = (await t.get('/api/trends')).body
    expect(body.months).toHaveLength(12)
    expect(body.months.at(-1).month).toBe(TEST_TODAY.slice(0, 7))
    expect(body.period.to).toBe(TEST_TODAY)
  })
})
