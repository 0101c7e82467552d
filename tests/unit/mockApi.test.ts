// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  bottleneck,
  bottleneckDetail,
  buildCalendar,
  computeKpis,
  computeWarning,
  DEFAULT_TIME_LIMITS,
  enterprise,
  overview,
  paged,
  comparisonPeriods,
  recommendation,
  recommendationDetail,
  trends,
  visit,
  type Paged,
} from '#contract'
import { generateWorld } from '../../mock/generate'
import { createMockRoutes, request } from '../../mock/api/routes'
import { createMockServer } from '../../mock/node'

const TODAY = '2026-11-26'
const world = generateWorld({ seed: 1, anchorDate: TODAY })
const routes = createMockRoutes(world)
const get = (url: string) => request(routes, url)
const page = <T>(url: string) => {
  const r = get(url)
  expect(r.status, url).toBe(200)
  return r.body as Paged<T>
}

describe('mock API queries', () => {
  it('pages enterprises by id with an exact total', () => {
    const p1 = page<{ id: number }>('/api/enterprises?pageSize=50')
    const p4 = page<{ id: number }>('/api/enterprises?pageSize=50&page=4')
    expect(p1.total).toBe(world.enterprises.length)
    expect(p1.items.map(e => e.id)).toEqual(world.enterprises.slice(0, 50).map(e => e.id))
    expect(p4.items).toHaveLength(world.enterprises.length - 150)
    expect(paged(enterprise).safeParse(p1).success).toBe(true)
  })

  it('filters enterprises by chain membership, county, anchor and text', () => {
    const chain2 = page<{ chains: { chainId: number }[]; county: string }>(
      '/api/enterprises?chainId=2&county=hunchun&pageSize=200',
    )
    expect(chain2.total).toBe(
      world.enterprises.filter(e => e.chains.some(m => m.chainId === 2) && e.county === 'hunchun').length,
    )
    expect(chain2.total).toBeGreaterThan(0)
    const anchors = page<{ anchor: boolean }>('/api/enterprises?anchor=true&pageSize=200')
    expect(anchors.items.every(e => e.anchor)).toBe(true)
    const e = world.enterprises[10]!
    expect(page<{ id: number }>(`/api/enterprises?q=${encodeURIComponent(e.name.ko)}`).items.map(x => x.id)).toContain(
      e.id,
    )
    expect(
      page<{ id: number }>(`/api/enterprises?q=${e.creditCode.slice(0, 12).toLowerCase()}`).items.map(x => x.id),
    ).toContain(e.id)
  })

  it('sorts visits newest first by default and by any allowed field on request', () => {
    const byDefault = page<{ date: string; id: number }>('/api/visits?pageSize=200')
    expect(byDefault.total).toBe(world.visits.length)
    const keys = byDefault.items.map(v => `${v.date}|${String(v.id).padStart(6, '0')}`)
    expect(keys).toEqual([...keys].sort().reverse())
    const byType = page<{ type: string; id: number }>('/api/visits?sort=type&pageSize=200').items
    expect(byType[0]!.type).toBe('forum')
    expect(byType[0]!.id).toBeLessThan(byType[1]!.id)
    const oldest = page<{ id: number }>('/api/visits?sort=date&pageSize=1').items[0]!
    expect(oldest.id).toBe(1)
  })

  it('filters visits by chain, type list, date range and county of any enterprise', () => {
    const r = page<{ chainId: number; type: string; date: string; enterpriseIds: number[] }>(
      '/api/visits?chainId=1&type=forum,research&from=2026-01-01&to=2026-06-30&county=yanji&pageSize=200',
    )
    const countyOf = new Map(world.enterprises.map(e => [e.id, e.county]))
    const expected = world.visits.filter(
      v =>
        v.chainId === 1 &&
        ['forum', 'research'].includes(v.type) &&
        v.date >= '2026-01-01' &&
        v.date <= '2026-06-30' &&
        v.enterpriseIds.some(id => countyOf.get(id) === 'yanji'),
    )
    expect(r.total).toBe(expected.length)
    expect(r.total).toBeGreaterThan(0)
    expect(paged(visit).safeParse(r).success).toBe(true)
  })

  it('lists bottleneck records without their timelines and filters them', () => {
    const all = page<Record<string, unknown>>('/api/bottlenecks?pageSize=200')
    expect(all.total).toBe(world.bottlenecks.length)
    expect(all.items.every(b => !('events' in b))).toBe(true)
    expect(paged(bottleneck).safeParse(all).success).toBe(true)

    const open = page<{ status: string }>('/api/bottlenecks?status=in_progress,escalated&pageSize=200')
    expect(open.total).toBe(
      world.bottlenecks.filter(b => b.status === 'in_progress' || b.status === 'escalated').length,
    )
    const red = page<{ warning: string }>('/api/bottlenecks?warning=red&pageSize=200')
    expect(red.total).toBe(world.bottlenecks.filter(b => b.warning === 'red').length)
    expect(red.total).toBeGreaterThan(0)
    const overdue = page<{ resolveBy: string }>('/api/bottlenecks?overdue=true&pageSize=200')
    expect(overdue.items.every(b => b.resolveBy < TODAY)).toBe(true)
    expect(overdue.total).toBe(red.total)
    const dept = page<{ leadDepartmentId: number; coDepartmentIds: number[] }>(
      '/api/bottlenecks?departmentId=3&pageSize=200',
    )
    expect(dept.items.every(b => b.leadDepartmentId === 3 || b.coDepartmentIds.includes(3))).toBe(true)
    expect(dept.total).toBe(
      world.bottlenecks.filter(b => b.leadDepartmentId === 3 || b.coDepartmentIds.includes(3)).length,
    )
  })

  it('sorts bottlenecks by deadline with nulls last and ties by id', () => {
    const items = [1, 2, 3].flatMap(
      n =>
        page<{ id: number; resolveBy: string | null }>(`/api/bottlenecks?sort=resolveBy&pageSize=200&page=${n}`).items,
    )
    expect(items).toHaveLength(world.bottlenecks.length)
    const firstNull = items.findIndex(b => b.resolveBy === null)
    expect(firstNull).toBeGreaterThan(0)
    expect(items.slice(firstNull).every(b => b.resolveBy === null)).toBe(true)
    expect(items.slice(firstNull).map(b => b.id)).toEqual(
      items
        .slice(firstNull)
        .map(b => b.id)
        .sort((a, b) => a - b),
    )
    const dated = items.slice(0, firstNull).map(b => b.resolveBy!)
    expect(dated).toEqual([...dated].sort())
    const descFirst = page<{ resolveBy: string | null }>('/api/bottlenecks?sort=-resolveBy&pageSize=1').items[0]!
    expect(descFirst.resolveBy).not.toBeNull()
    const desc = page<{ id: number }>('/api/bottlenecks?sort=-id&pageSize=3').items.map(b => b.id)
    expect(desc).toEqual([world.bottlenecks.length, world.bottlenecks.length - 1, world.bottlenecks.length - 2])
  })

  it('gives the bottleneck detail with its events oldest first', () => {
    const r = get('/api/bottlenecks/12')
    expect(r.status).toBe(200)
    const detail = bottleneckDetail.parse(r.body)
    expect(detail.events[0]!.action).toBe('raise')
    expect(detail.events.map(e => e.at)).toEqual([...detail.events.map(e => e.at)].sort())
  })

  it('lists recommendations without instructions and filters by any of their chains', () => {
    const r = page<Record<string, unknown> & { chainIds: number[] }>('/api/recommendations?chainId=2&pageSize=200')
    expect(r.total).toBe(world.recommendations.filter(x => x.chainIds.includes(2)).length)
    expect(r.items.every(x => !('instructions' in x) && !('forwards' in x))).toBe(true)
    expect(paged(recommendation).safeParse(r).success).toBe(true)
    expect(recommendationDetail.safeParse(get('/api/recommendations/1').body).success).toBe(true)
  })

  it('answers 400 naming the bad parameter', () => {
    expect((get('/api/bottlenecks?status=lost').body as { error: { fields: object } }).error.fields).toEqual({
      status: expect.any(String),
    })
    const cases: [string, string][] = [
      ['/api/visits?page=0', 'page'],
      ['/api/bottlenecks?status=lost', 'status'],
      ['/api/enterprises?county=seoul', 'county'],
      ['/api/visits?from=2026-02-30', 'from'],
      ['/api/visits?from=2026-05-01&to=2026-04-01', 'to'],
      ['/api/bottlenecks?pageSize=500', 'pageSize'],
      ['/api/overview?chainId=abc', 'chainId'],
      ['/api/visits?colour=red', 'colour'],
      ['/api/chains/abc', 'id'],
    ]
    for (const [url, field] of cases) {
      const r = get(url)
      expect(r.status, url).toBe(400)
      const body = r.body as { error: { code: string; fields: Record<string, string> } }
      expect(body.error.code).toBe('validation_failed')
      expect(Object.keys(body.error.fields), url).toContain(field)
    }
  })

  it("judges warnings and overdue on the given today, not the world's anchor date", () => {
    const later = createMockRoutes(world, { today: '2027-01-31' })
    const red = request(later, '/api/bottlenecks?warning=red&pageSize=200').body as Paged<{ resolveBy: string }>
    const open = world.bottlenecks.filter(b => ['assigned', 'disputed', 'in_progress', 'escalated'].includes(b.status))
    // Two months on, every item whose deadline is running is past it.
    expect(red.total).toBe(open.length)
    expect((request(later, '/api/bottlenecks?overdue=true&pageSize=1').body as Paged<unknown>).total).toBe(open.length)
  })

  it("judges warnings by the time limits in force, so an admin's edit in mock mode shows in the lists", () => {
    // A day later, with an approaching share of 1 % nearly every running item is blue (unless red or yellow).
    const day = '2026-11-27'
    const shipped = createMockRoutes(world, { today: day })
    const edited = createMockRoutes(world, {
      today: day,
      rules: () => ({ calendar: buildCalendar(), limits: { ...DEFAULT_TIME_LIMITS, approachingShare: 0.01 } }),
    })
    const blue = (r: typeof routes) =>
      (request(r, '/api/bottlenecks?warning=blue&pageSize=1').body as Paged<unknown>).total
    const expected = world.bottlenecks.filter(
      b => computeWarning(b, day, buildCalendar(), { ...DEFAULT_TIME_LIMITS, approachingShare: 0.01 }) === 'blue',
    ).length
    expect(blue(edited)).toBe(expected)
    expect(blue(edited)).toBeGreaterThan(blue(shipped))
  })

  it('answers 404 for unknown ids', () => {
    for (const url of [
      '/api/chains/99',
      '/api/enterprises/9999',
      '/api/visits/99999',
      '/api/bottlenecks/99999',
      '/api/recommendations/999',
    ]) {
      const r = get(url)
      expect(r.status, url).toBe(404)
      expect((r.body as { error: { code: string } }).error.code).toBe('not_found')
    }
  })
})

describe('mock analytics', () => {
  const input = {
    enterprises: world.enterprises,
    visits: world.visits,
    bottlenecks: world.bottlenecks,
    recommendations: world.recommendations,
  }

  it('computes overview totals with computeKpis over the world (default period: this year to today)', () => {
    const o = overview.parse(get('/api/overview').body)
    expect(o.period).toEqual({ from: '2026-01-01', to: TODAY })
    expect(o.asOf).toBe(TODAY)
    expect(o.total).toEqual(computeKpis(input, {}, o.period, TODAY))
    expect(o.previous).toEqual(computeKpis(input, {}, comparisonPeriods(o.period)[0]!.period, o.previousPeriod.to))
    expect(o.byChain.map(c => c.chainId)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(o.byCounty).toHaveLength(8)
    expect(o.byChain.reduce((s, c) => s + (c.kpis.visits ?? 0), 0)).toBe(o.total.visits)
    expect(Object.values(o.bottlenecksByStatus).reduce((a, b) => a + b, 0)).toBe(o.total.bottlenecksRaised)
    expect(Object.values(o.bottlenecksByCategory).reduce((a, b) => a + b, 0)).toBe(o.total.bottlenecksRaised)
  })

  it('scopes the overview by chain and county', () => {
    const o = overview.parse(get('/api/overview?chainId=5&county=longjing&from=2025-01-01&to=2025-12-31').body)
    expect(o.total).toEqual(
      computeKpis(input, { chainId: 5, county: 'longjing' }, { from: '2025-01-01', to: '2025-12-31' }, '2025-12-31'),
    )
    expect(o.byCounty.find(c => c.county === 'longjing')!.visits).toBe(o.total.visits)
    expect(o.byChain.find(c => c.chainId === 5)!.kpis).toEqual(o.total)
    expect(o.asOf).toBe('2025-12-31')
  })

  it('gives twelve monthly trend points by default that add up to the KPIs of the same period', () => {
    const t = trends.parse(get('/api/trends?chainId=1').body)
    expect(t.months.map(m => m.month)).toEqual([
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ])
    const k = computeKpis(input, { chainId: 1 }, t.period, TODAY)
    expect(t.months.reduce((s, m) => s + m.visits, 0)).toBe(k.visits)
    expect(t.months.reduce((s, m) => s + m.forums, 0)).toBe(k.forums)
    expect(t.months.reduce((s, m) => s + m.bottlenecksRaised, 0)).toBe(k.bottlenecksRaised)
    expect(t.months.reduce((s, m) => s + m.ordersAmountCny, 0)).toBe(k.ordersAmountCny)
  })
})

describe('MSW handlers in Node', () => {
  const server = createMockServer(world)
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  afterAll(() => server.close())

  it('serves the same answers over fetch, errors included', async () => {
    const health = await fetch('http://mock.local/api/health')
    expect(await health.json()).toEqual({ status: 'ok', mode: 'mock' })
    // Reads need a session; msw/node keeps the mocked Set-Cookie for later requests to the origin.
    const login = await fetch('http://mock.local/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'viewer', password: 'chain-demo' }),
    })
    expect(login.status).toBe(200)
    const list = await fetch('http://mock.local/api/visits?chainId=3&pageSize=5')
    expect(await list.json()).toEqual(get('/api/visits?chainId=3&pageSize=5').body)
    const bad = await fetch('http://mock.local/api/bottlenecks?overdue=maybe')
    expect(bad.status).toBe(400)
    expect((await bad.json()).error.fields).toHaveProperty('overdue')
    expect((await fetch('http://mock.local/api/visits/123456')).status).toBe(404)
  })
})
