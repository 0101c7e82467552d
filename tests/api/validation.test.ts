import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiErrorBody } from '#contract'
import { buildTestWorld, startTestApp, type TestApp } from '../support/apiWorld'

let t: TestApp
beforeAll(async () => {
  t = await startTestApp(buildTestWorld())
})
afterAll(async () => t.close())

const BAD: [path: string, field: string][] = [
  ['/api/visits?page=0', 'page'],
  ['/api/visits?page=-3', 'page'],
  ['/api/visits?page=abc', 'page'],
  ['/api/visits?page=1.5', 'page'],
  ['/api/visits?page=1&page=2', 'page'],
  ['/api/visits?pageSize=9999', 'pageSize'],
  ['/api/visits?pageSize=0', 'pageSize'],
  ['/api/visits?from=2026-13-45', 'from'],
  ['/api/visits?from=2026-02-30', 'from'],
  ['/api/visits?to=yesterday', 'to'],
  ['/api/visits?from=2026-06-30&to=2026-01-01', 'to'],
  ['/api/visits?type=meeting', 'type'],
  ['/api/visits?type=', 'type'],
  ['/api/visits?chainId=-1', 'chainId'],
  ['/api/visits?chainId=abc', 'chainId'],
  ['/api/visits?county=seoul', 'county'],
  ['/api/visits?sort=bogus', 'sort'],
  ['/api/visits?sort=--date', 'sort'],
  ['/api/visits?enterpriseId=0', 'enterpriseId'],
  ['/api/visits?bogus=1', 'bogus'],
  ['/api/visits?q=' + 'x'.repeat(101), 'q'],
  ['/api/enterprises?sort=bogus', 'sort'],
  ['/api/enterprises?anchor=yes', 'anchor'],
  ['/api/enterprises?segmentId=x', 'segmentId'],
  ['/api/enterprises?ids=1,x', 'ids'],
  ['/api/enterprises?ids=' + Array.from({ length: 201 }, (_, i) => i + 1).join(','), 'ids'],
  ['/api/enterprises?status=open', 'status'],
  ['/api/bottlenecks?status=bogus', 'status'],
  ['/api/bottlenecks?status=assigned,bogus', 'status'],
  ['/api/bottlenecks?category=weather', 'category'],
  ['/api/bottlenecks?warning=green', 'warning'],
  ['/api/bottlenecks?overdue=1', 'overdue'],
  ['/api/bottlenecks?departmentId=-2', 'departmentId'],
  ['/api/bottlenecks?sort=title', 'sort'],
  ['/api/recommendations?status=done', 'status'],
  ['/api/recommendations?sort=-title', 'sort'],
  ['/api/overview?from=2026-06-30&to=2026-01-01', 'to'],
  ['/api/overview?chainId=0', 'chainId'],
  ['/api/overview?page=1', 'page'],
  ['/api/trends?from=2026-00-01', 'from'],
  ['/api/overview?from=0001-01-01&to=9999-12-31', 'from'],
  ['/api/trends?from=1990-01-01&to=9999-12-31', 'to'],
  ['/api/trends?from=2000-01-01&to=2020-01-01', 'to'],
  ['/api/overview?from=1899-12-31', 'from'],
  ['/api/trends?county=', 'county'],
  ['/api/visits/abc', 'id'],
  ['/api/visits/0', 'id'],
  ['/api/bottlenecks/-1', 'id'],
  ['/api/recommendations/1.5', 'id'],
  ['/api/chains/x', 'id'],
  ['/api/enterprises/1e3x', 'id'],
]

describe('bad parameters', () => {
  it.each(BAD)('%s → 400 validation_failed naming %s', async (path, field) => {
    const res = await t.get(path)
    expect(res.status).toBe(400)
    const body = apiErrorBody.parse(res.body)
    expect(body.error.code).toBe('validation_failed')
    expect(Object.keys(body.error.fields ?? {})).toContain(field)
  })

  it('names every bad parameter of one request', async () => {
    const res = await t.get('/api/bottlenecks?page=0&status=bogus&nope=1')
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['nope', 'page', 'status'])
  })
})

describe('unknown things', () => {
  it.each([
    '/api/visits/999999',
    '/api/bottlenecks/999999',
    '/api/recommendations/999999',
    '/api/enterprises/999999',
    '/api/chains/99',
  ])('%s → 404 not_found', async path => {
    const res = await t.get(path)
    expect(res.status).toBe(404)
    expect(apiErrorBody.parse(res.body).error.code).toBe('not_found')
  })

  it.each(['/api/nothing', '/api', '/api/visits/1/extra'])('unknown API path %s → 404 JSON', async path => {
    const res = await t.get(path)
    expect(res.status).toBe(404)
    expect(apiErrorBody.parse(res.body).error.code).toBe('not_found')
  })

  it('a write to a read-only route is refused with the error shape', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/chains', payload: {}, headers: { cookie: t.cookie } })
    expect(res.statusCode).toBe(404)
    expect(apiErrorBody.parse(res.json()).error.code).toBe('not_found')
  })
})

describe('failures inside the server', () => {
  it('become a 500 internal error that leaks nothing', async () => {
    const { buildApp } = await import('../../server/app')
    const { openDatabase } = await import('../../server/db/database')
    // A database without the schema makes every query throw "no such table".
    const db = openDatabase(':memory:')
    const app = await buildApp({ db, today: () => '2026-06-30' })
    try {
      // A cookie makes the session guard query the database, which fails first.
      const res = await app.inject({ method: 'GET', url: '/api/visits', headers: { cookie: 'chain_session=any' } })
      expect(res.statusCode).toBe(500)
      expect(res.json()).toEqual({
        error: { code: 'internal', message: 'internal server error', requestId: expect.any(String) },
      })
      expect(res.body).not.toMatch(/table|sqlite|select/i)
    } finally {
      await app.close()
      await db.destroy()
    }
  })
})
