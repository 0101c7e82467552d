import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  computeSelectionKpis,
  overview as overviewSchema,
  yearReview as yearReviewSchema,
  type Kpis,
  type World,
} from '#contract'
import { startTestApp, TEST_TODAY, TEST_WORLDS, type TestApp } from '../support/apiWorld'

/** Counts exactly; amounts and rates to a relative 1e-9 (SQL sums floats in another order). */
function expectKpis(actual: Record<string, unknown>, expected: Kpis, label: string) {
  for (const [key, value] of Object.entries(expected)) {
    const got = actual[key]
    if (typeof value === 'number' && typeof got === 'number')
      expect(Math.abs(got - value), `${label} ${key}: ${got} vs ${value}`).toBeLessThanOrEqual(
        1e-9 * Math.max(1, Math.abs(value)),
      )
    else expect(got, `${label} ${key}`).toEqual(value)
  }
}

const chainQuery = (ids: readonly number[]) => ids.map(id => `&chainId=${id}`).join('')
/** Counts that add up over chains: a visit, an outcome or a bottleneck belongs to one chain. */
const ADDITIVE = [
  'visits',
  'forums',
  'bottlenecksRaised',
  'bottlenecksResolved',
  'ordersWon',
  'marketsOpened',
  'overdue',
  'rated',
] as const

describe.each(TEST_WORLDS)('year in review over the %s', (_name, build) => {
  let world: World
  let t: TestApp
  beforeAll(async () => {
    world = build()
    t = await startTestApp(world)
  })
  afterAll(async () => t.close())

  async function review(query: string) {
    const res = await t.get(`/api/reports/year-review?${query}`)
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    return yearReviewSchema.parse(res.body)
  }
  async function overviewOf(year: number, chainId?: number) {
    const res = await t.get(
      `/api/overview?from=${year}-01-01&to=${year}-12-31${chainId === undefined ? '' : `&chainId=${chainId}`}`,
    )
    expect(res.status).toBe(200)
    return overviewSchema.parse(res.body)
  }

  it.each([2025, 2026])("the totals of all chains in %i are the Overview's for that year", async year => {
    const body = await review(`year=${year}`)
    const overview = await overviewOf(year)
    expect(body.total).toEqual(overview.total)
    expect(body.asOf).toBe(overview.asOf)
    expect(body.byChain.map(c => c.chainId)).toEqual(world.chains.map(c => c.id))
    for (const c of body.byChain)
      expect(c.kpis, `chain ${c.chainId}`).toEqual(overview.byChain.find(o => o.chainId === c.chainId)!.kpis)
  })

  it('selecting every chain is the whole programme', async () => {
    const all = await review(`year=2026${chainQuery(world.chains.map(c => c.id))}`)
    expect(all.total).toEqual((await overviewOf(2026)).total)
  })

  it.each([1, 2])("the totals of chain %i alone are the Overview's with that chain filter", async chainId => {
    const body = await review(`year=2026&chainId=${chainId}`)
    expect(body.chainIds).toEqual([chainId])
    expect(body.total).toEqual((await overviewOf(2026, chainId)).total)
    expect(body.byChain.map(c => c.chainId)).toEqual([chainId])
  })

  it("several chains add up the Overview's per-chain counts and count shared enterprises once", async () => {
    const ids = world.chains.length > 2 ? [1, 3] : [1]
    const body = await review(`year=2026&chainId=${ids.join(',')}`)
    const overviews = await Promise.all(ids.map(id => overviewOf(2026, id)))
    for (const key of ADDITIVE)
      expect(body.total[key], key).toBe(overviews.reduce((n, o) => n + (o.total[key] ?? 0), 0))
    expect(body.total.enterprisesVisited).toBeLessThanOrEqual(
      overviews.reduce((n, o) => n + (o.total.enterprisesVisited ?? 0), 0),
    )
    expectKpis(
      body.total,
      computeSelectionKpis(world, ids, { from: '2026-01-01', to: '2026-12-31' }, TEST_TODAY),
      'union',
    )
  })

  it("the months add up to the year and each is the Overview's for that month", async () => {
    const body = await review('year=2025&chainId=2')
    expect(body.byMonth.map(m => m.month)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`),
    )
    for (const key of ['visits', 'forums', 'ordersWon', 'bottlenecksRaised', 'recInstructed'] as const)
      expect(
        body.byMonth.reduce((n, m) => n + (m.kpis[key] ?? 0), 0),
        key,
      ).toBe(body.total[key])
    const march = (await t.get('/api/overview?from=2025-03-01&to=2025-03-31&chainId=2')).body
    expect(body.byMonth[2]!.kpis).toEqual(march.total)
  })

  it('the year is not trivially empty', async () => {
    const body = await review('year=2026')
    expect(body.total.visits).toBeGreaterThan(0)
    expect(body.total.bottlenecksRaised).toBeGreaterThan(0)
  })

  it.each([
    ['', 'year'],
    ['year=1999', 'year'],
    ['year=2100', 'year'],
    ['year=twenty', 'year'],
    ['year=2026.5', 'year'],
    ['year=2026&chainId=0', 'chainId'],
    ['year=2026&chainId=abc', 'chainId'],
    ['year=2026&chainId=99', 'chainId'],
    ['year=2026&county=yanji', 'county'],
  ])('%s is rejected naming %s', async (query, field) => {
    const res = await t.get(`/api/reports/year-review?${query}`)
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe('validation_failed')
    expect(Object.keys(res.body.error.fields)).toContain(field)
  })

  it('needs a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/reports/year-review?year=2026' })
    expect(res.statusCode).toBe(401)
  })
})
