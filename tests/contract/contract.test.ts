// @vitest-environment node
/**
 * One suite, two implementations: every request below is sent to the in-browser mock's handlers
 * and to the live server over the same demo world, and both must answer alike — same status, same
 * body — and satisfy the same assertions about the contract.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  apiErrorBody,
  computeKpis,
  overview as overviewSchema,
  paged,
  bottleneck,
  visit,
  enterprise,
  recommendation,
  type World,
} from '#contract'
import { generateWorld } from '../../mock/generate'
import { liveTarget, mockTarget, type ApiClient, type ApiTarget } from './targets'
import { CONTRACT_CLOCK } from './clock'

const TODAY = CONTRACT_CLOCK.today
let world: World
let targets: ApiTarget[]
/** Each target's session of the read-only demo account: reads need a session from issue 3 on. */
let readers: ApiClient[]

beforeAll(async () => {
  world = generateWorld({ seed: 7, anchorDate: TODAY })
  targets = [mockTarget(world, CONTRACT_CLOCK), await liveTarget(world, CONTRACT_CLOCK)]
  readers = await Promise.all(targets.map(t => t.as('viewer')))
})
afterAll(async () => {
  await Promise.all(targets.map(t => t.close()))
})

/** Sends one request to both targets (signed in) and returns their answers, checking they agree. */
async function both(path: string) {
  const [mock, live] = await Promise.all(readers.map(r => r.get(path)))
  expect(live!.status, `${path}: live status vs mock`).toBe(mock!.status)
  expect(live!.body, `${path}: live body vs mock`).toEqual(mock!.body)
  return mock!
}

const LIST_PATHS = [
  '/api/enterprises',
  '/api/enterprises?chainId=2&sort=-name&pageSize=50',
  '/api/enterprises?county=hunchun&anchor=true',
  '/api/enterprises?q=延边',
  '/api/visits',
  '/api/visits?type=forum&from=2026-01-01&to=2026-06-30&page=2',
  '/api/visits?chainId=1&county=yanji&sort=date',
  '/api/bottlenecks',
  '/api/bottlenecks?status=in_progress,escalated&sort=resolveBy',
  '/api/bottlenecks?overdue=true&chainId=3',
  '/api/bottlenecks?warning=red,yellow&pageSize=100',
  '/api/bottlenecks?category=customs,logistics&county=hunchun',
  '/api/recommendations',
  '/api/recommendations?status=forwarded,implementing&sort=-statusSince',
]

describe('lists answer alike on mock and live', () => {
  it.each(LIST_PATHS)('%s', async path => {
    const res = await both(path)
    expect(res.status).toBe(200)
    const body = res.body as { items: unknown[]; total: number; page: number; pageSize: number }
    expect(body.items.length).toBeLessThanOrEqual(body.pageSize)
    expect(body.total).toBeGreaterThanOrEqual(body.items.length)
  })

  it('an unfiltered list counts every record of the world', async () => {
    expect(((await both('/api/enterprises')).body as { total: number }).total).toBe(world.enterprises.length)
    expect(((await both('/api/visits')).body as { total: number }).total).toBe(world.visits.length)
    expect(((await both('/api/bottlenecks')).body as { total: number }).total).toBe(world.bottlenecks.length)
    expect(((await both('/api/recommendations')).body as { total: number }).total).toBe(world.recommendations.length)
  })

  it('list items parse with the contract schemas', async () => {
    paged(enterprise).parse((await both('/api/enterprises?pageSize=200')).body)
    paged(visit).parse((await both('/api/visits?pageSize=200')).body)
    paged(bottleneck).parse((await both('/api/bottlenecks?pageSize=200')).body)
    paged(recommendation).parse((await both('/api/recommendations?pageSize=200')).body)
  })

  it('pages split the list without overlap', async () => {
    const p1 = (await both('/api/visits?pageSize=25&page=1')).body as { items: { id: number }[] }
    const p2 = (await both('/api/visits?pageSize=25&page=2')).body as { items: { id: number }[] }
    const ids = new Set([...p1.items, ...p2.items].map(v => v.id))
    expect(ids.size).toBe(50)
  })
})

describe('details and reference data answer alike', () => {
  it('reference lists', async () => {
    expect(((await both('/api/chains')).body as unknown[]).length).toBe(7)
    expect(((await both('/api/counties')).body as unknown[]).length).toBe(8)
    expect(((await both('/api/departments')).body as unknown[]).length).toBe(world.departments.length)
    // No boundary map in the demo nor on a server without MAP_GEOJSON: both say so with 204 (tiles only).
    expect((await both('/api/map/counties.geojson')).status).toBe(204)
  })

  it('each kind of detail', async () => {
    const b = world.bottlenecks.find(x => x.events.length > 3)!
    const detail = (await both(`/api/bottlenecks/${b.id}`)).body as { events: unknown[] }
    expect(detail.events.length).toBe(b.events.length)
    await both(`/api/chains/${world.chains[0]!.id}`)
    await both(`/api/enterprises/${world.enterprises[5]!.id}`)
    await both(`/api/visits/${world.visits[10]!.id}`)
    await both(`/api/recommendations/${world.recommendations[3]!.id}`)
  })
})

describe('analytics answer alike and equal the contract KPIs', () => {
  const cases = [
    { q: 'from=2025-07-01&to=2026-06-30', scope: {} },
    { q: 'from=2026-01-01&to=2026-03-31&chainId=1', scope: { chainId: 1 } },
    { q: 'from=2025-01-01&to=2025-12-31&county=yanji', scope: { county: 'yanji' as const } },
  ]
  it.each(cases)('overview $q', async ({ q, scope }) => {
    const res = await both(`/api/overview?${q}`)
    const body = overviewSchema.parse(res.body)
    const expected = computeKpis(world, scope, body.period, body.asOf)
    for (const [key, value] of Object.entries(expected)) {
      if (typeof value === 'number') expect(body.total[key as keyof typeof body.total], key).toBeCloseTo(value, 9)
      else expect(body.total[key as keyof typeof body.total], key).toEqual(value)
    }
  })

  it('name the same comparison periods, with the same numbers, for a year to date and a month', async () => {
    const ytd = overviewSchema.parse((await both('/api/overview')).body)
    expect(ytd.comparisons[0]!.period).toEqual({
      from: `${Number(TODAY.slice(0, 4)) - 1}-01-01`,
      to: `${Number(TODAY.slice(0, 4)) - 1}${TODAY.slice(4)}`,
    })
    const month = overviewSchema.parse((await both('/api/overview?from=2026-03-01&to=2026-03-31&chainId=2')).body)
    expect(month.comparisons.map(c => c.kind)).toEqual(['sameMonthLastYear', 'previousMonth'])
  })

  it('trends', async () => {
    const res = await both('/api/trends?from=2025-07-01&to=2026-06-30')
    expect((res.body as { months: unknown[] }).months).toHaveLength(12)
  })
})

describe('bad requests fail alike, with the field named', () => {
  const bad: [string, string][] = [
    ['/api/visits?page=0', 'page'],
    ['/api/visits?pageSize=9999', 'pageSize'],
    ['/api/visits?from=2026-13-45', 'from'],
    ['/api/bottlenecks?status=bogus', 'status'],
    ['/api/overview?from=2026-06-30&to=2026-01-01', 'to'],
    // The analytics bounds (contract analyticsPeriodIssues), which no query schema states.
    ['/api/overview?from=1899-12-31&to=1900-01-31', 'from'],
    ['/api/trends?from=1990-01-01&to=2026-06-30', 'to'],
    ['/api/trends?from=2999-01-01&to=3000-01-01', 'to'],
    ['/api/enterprises?sort=bogus', 'sort'],
  ]
  it.each(bad)('%s → 400 naming %s', async (path, field) => {
    const res = await both(path)
    expect(res.status).toBe(400)
    const body = apiErrorBody.parse(res.body)
    expect(body.error.code).toBe('validation_failed')
    expect(Object.keys(body.error.fields ?? {})).toContain(field)
  })

  it('/api/recommendations/abc → 400 naming id', async () => {
    const res = await both('/api/recommendations/abc')
    expect(res.status).toBe(400)
    expect(Object.keys(apiErrorBody.parse(res.body).error.fields ?? {})).toEqual(['id'])
  })

  it.each(['/api/visits/999999', '/api/bottlenecks/999999', '/api/chains/99'])('%s → 404', async path => {
    const res = await both(path)
    expect(res.status).toBe(404)
    expect(apiErrorBody.parse(res.body).error.code).toBe('not_found')
  })
})
