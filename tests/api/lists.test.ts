import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bottleneckViewOf, recommendationViewOf, type World } from '#contract'
import { startTestApp, TEST_TODAY, TEST_WORLDS, type TestApp } from '../support/apiWorld'
import {
  expectedBottlenecks,
  expectedEnterprises,
  expectedRecommendations,
  expectedVisits,
  type Expected,
} from './oracle'

const ENTERPRISE_QUERIES = [
  '',
  'page=2&pageSize=3',
  'chainId=1',
  'chainId=2&sort=-name&pageSize=50',
  'county=hunchun&anchor=true',
  'anchor=false&sort=county',
  'segmentId=21',
  'q=延边',
  'q=旅游',
  'q=longjing',
  'q=ABC',
  'q=enterprise 1',
  'q=91222401MA000000',
  'sort=-creditCode&pageSize=5&page=2',
  'sort=name',
  'county=yanji&chainId=2',
  'ids=3,1,7,999',
  'ids=2&sort=-name',
  'ids=5,6&county=hunchun',
]
const VISIT_QUERIES = [
  '',
  'pageSize=7&page=3',
  'type=forum&from=2026-01-01&to=2026-06-30&page=2',
  'type=visit,online',
  'chainId=1&county=yanji&sort=date',
  'county=hunchun',
  'enterpriseId=3',
  'enterpriseId=12&sort=-id',
  'q=夜间',
  'q=夜间经济',
  'q=LOGISTICS',
  'q=V2026-00',
  'q=v2024-0001',
  'q=%_d',
  'q=走访',
  'q=座谈会',
  'q=矿泉水产业',
  'q=产业链8家',
  'sort=type&pageSize=50',
  'sort=-type',
  'from=2025-06-01&to=2025-06-30',
  'from=2030-01-01',
  // Several types merge one ordered branch per type; totals come from the rollups when they tell the types apart.
  'type=forum,online&page=2',
  'type=research,online,visit&sort=id&pageSize=30',
  'type=online,research&sort=-type&page=2',
  'type=visit,forum,forum&county=yanji&from=2025-12-15',
  'type=research&page=2',
  'type=forum,visit&chainId=2&q=走访',
  'type=online,forum&sort=-id&pageSize=9&page=4',
]
const BOTTLENECK_QUERIES = [
  '',
  'status=in_progress,escalated&sort=resolveBy',
  'sort=-resolveBy&pageSize=50',
  'overdue=true&chainId=3',
  'overdue=true',
  'overdue=false&pageSize=100',
  'warning=red,yellow&pageSize=100',
  'warning=blue',
  'warning=none&page=2',
  'category=customs,logistics&county=hunchun',
  'departmentId=2',
  'departmentId=3&sort=status',
  'enterpriseId=2',
  'from=2026-01-01&to=2026-03-31&sort=category',
  'q=customs',
  'q=融资',
  'q=订单',
  'q=结算风险',
  'q=B2026-001',
  'chainId=2&sort=id',
  'sort=-status&pageSize=200',
  // Totals read from the raised rollup: open-ended and mid-month periods, repeated statuses, scopes, and a combination it cannot answer.
  'from=2025-11-15&to=2026-02-10&status=in_progress,in_progress,resolved',
  'to=2025-12-31&chainId=1&county=yanji',
  'from=2026-03-14&category=financing,labour',
  'from=2026-02-01&to=2026-02-28&county=tumen',
  'status=closed&category=labour',
  'status=submitted&q=&chainId=3',
  'overdue=false&status=in_progress,escalated&county=yanji',
  'overdue=false&from=2025-12-10&chainId=2',
  'overdue=false&category=labour&page=3',
  'departmentId=1&status=in_progress,resolved',
  'departmentId=4&chainId=1&overdue=false',
  'departmentId=5&q=融资&sort=-resolveBy',
]
const RECOMMENDATION_QUERIES = [
  '',
  'status=forwarded,implementing&sort=-statusSince',
  'chainId=2',
  'chainId=1&sort=submittedOn',
  'sort=-submittedOn',
  'from=2025-10-01&to=2026-03-31',
  'q=railway',
  'q=建议',
  'q=医药健康',
  'sort=status&pageSize=5&page=2',
  'county=yanji',
]

describe.each(TEST_WORLDS)('lists over the %s', (_name, build) => {
  let world: World
  let t: TestApp
  beforeAll(async () => {
    world = build()
    t = await startTestApp(world)
  })
  afterAll(async () => t.close())

  async function check(path: string, query: string, expected: Expected) {
    const res = await t.get(`/api/${path}${query ? `?${query}` : ''}`)
    expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200)
    expect(res.body.total).toBe(expected.total)
    expect(res.body.items.map((x: { id: number }) => x.id)).toEqual(expected.ids)
  }

  it.each(ENTERPRISE_QUERIES)('enterprises?%s matches the world', async q =>
    check('enterprises', q, expectedEnterprises(world, q)),
  )
  it.each(VISIT_QUERIES)('visits?%s matches the world', async q => check('visits', q, expectedVisits(world, q)))
  it.each(BOTTLENECK_QUERIES)('bottlenecks?%s matches the world', async q =>
    check('bottlenecks', q, expectedBottlenecks(world, q, TEST_TODAY)),
  )
  it.each(RECOMMENDATION_QUERIES)('recommendations?%s matches the world', async q =>
    check('recommendations', q, expectedRecommendations(world, q)),
  )

  it('unfiltered lists count every record', async () => {
    expect((await t.get('/api/enterprises')).body.total).toBe(world.enterprises.length)
    expect((await t.get('/api/visits')).body.total).toBe(world.visits.length)
    expect((await t.get('/api/bottlenecks')).body.total).toBe(world.bottlenecks.length)
    expect((await t.get('/api/recommendations')).body.total).toBe(world.recommendations.length)
  })

  it('list items come back exactly as the world holds them', async () => {
    const visits = (await t.get('/api/visits?pageSize=200&sort=id')).body.items
    expect(visits).toEqual(
      world.visits
        .slice()
        .sort((a, b) => a.id - b.id)
        .slice(0, 200),
    )
    const enterprises = (await t.get('/api/enterprises?pageSize=200')).body.items
    expect(enterprises).toEqual(
      world.enterprises
        .slice()
        .sort((a, b) => a.id - b.id)
        .slice(0, 200),
    )
    const recs = (await t.get('/api/recommendations?pageSize=200&sort=id')).body.items
    const expectedRecs = world.recommendations
      .slice()
      .sort((a, b) => a.id - b.id)
      .slice(0, 200)
      .map(({ instructions: _i, forwards: _f, feedback: _fb, ...r }) => r)
    expect(recs).toEqual(expectedRecs)
  })

  it('details return the full records', async () => {
    const b = world.bottlenecks.reduce((best, x) => (x.events.length > best.events.length ? x : best))
    const detail = (await t.get(`/api/bottlenecks/${b.id}`)).body
    // As the contract's view of the stored record: whose turn it is, each event's actor role and department (issue 11).
    const { warning: _w, events, ...rest } = detail
    const { warning: _ww, events: expectedEvents, ...expectedRest } = bottleneckViewOf(b, world.users)
    expect(rest).toEqual(expectedRest)
    expect(events).toEqual([...expectedEvents].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : x.id - y.id)))
    const r = world.recommendations.find(x => x.forwards.length > 0) ?? world.recommendations[0]!
    expect((await t.get(`/api/recommendations/${r.id}`)).body).toEqual(recommendationViewOf(r, world.users))
    const v = world.visits.find(x => x.outcomes.length > 0)!
    expect((await t.get(`/api/visits/${v.id}`)).body).toEqual(v)
    const e = world.enterprises.find(x => x.chains.length > 1) ?? world.enterprises[0]!
    expect((await t.get(`/api/enterprises/${e.id}`)).body).toEqual(e)
  })

  it('pages split a list without overlap or gaps', async () => {
    const all = (await t.get('/api/visits?pageSize=200')).body.items.map((v: { id: number }) => v.id).slice(0, 30)
    const pages = await Promise.all(
      [1, 2, 3].map(async p =>
        (await t.get(`/api/visits?pageSize=10&page=${p}`)).body.items.map((v: { id: number }) => v.id),
      ),
    )
    expect(pages.flat()).toEqual(all)
  })

  it('a page past the end is empty but keeps the total', async () => {
    const res = await t.get('/api/visits?page=100000&pageSize=200')
    expect(res.body.items).toEqual([])
    expect(res.body.total).toBe(world.visits.length)
  })
})
