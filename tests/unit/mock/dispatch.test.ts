// @vitest-environment node
/** The mock's front door: unknown routes, bodies that are not JSON, the guard, and idempotency's memory bound. */
import { describe, expect, it } from 'vitest'
import { generateWorld } from '../../../mock/generate'
import { createMockApi } from '../../../mock/api/dispatch'
import { INVALID_JSON, type MockRequest } from '../../../mock/api/exchange'
import { KEPT_ANSWERS } from '../../../mock/api/writes/idempotency'

const TODAY = '2026-06-30'
const api = createMockApi(generateWorld({ seed: 2, anchorDate: TODAY }), {
  today: TODAY,
  now: () => new Date(`${TODAY}T02:00:00Z`),
})
const request = (over: Partial<MockRequest>): MockRequest => ({
  method: 'GET',
  path: '/api/health',
  query: new URLSearchParams(),
  body: undefined,
  cookies: {},
  headers: {},
  ...over,
})

describe('the mock API dispatcher', () => {
  it('answers an unknown route or method 404 not_found, as the server does', () => {
    expect(api.handle(request({ path: '/api/nothing' })).body).toEqual({
      error: { code: 'not_found', message: 'no route for GET /api/nothing' },
    })
    expect(api.handle(request({ method: 'DELETE', path: '/api/visits/1' })).status).toBe(404)
  })

  it('answers a body that is not JSON 400 validation_failed', () => {
    const res = api.handle(request({ method: 'POST', path: '/api/auth/login', body: INVALID_JSON }))
    expect(res.status).toBe(400)
    expect((res.body as { error: { code: string } }).error.code).toBe('validation_failed')
  })

  it('sends a static path to its own route before a parameter of the same place, as Fastify does', () => {
    // The records' details (`/api/visits/:id`) are registered before the exports.
    for (const list of ['visits', 'bottlenecks', 'recommendations', 'enterprises']) {
      expect(api.routeOf('GET', `/api/${list}/export.xlsx`)).toBe(`/api/${list}/export.xlsx`)
      expect(api.routeOf('GET', `/api/${list}/7`)).toBe(`/api/${list}/:id`)
    }
    expect(api.routeOf('GET', '/api/nothing')).toBeNull()
  })

  it('refuses a forged session cookie with 401', () => {
    expect(api.handle(request({ path: '/api/visits', cookies: { chain_session: 'forged' } })).status).toBe(401)
  })

  it('remembers at most KEPT_ANSWERS idempotent answers, forgetting the oldest first', () => {
    const login = api.handle(
      request({ method: 'POST', path: '/api/auth/login', body: { username: 'leader', password: 'chain-demo' } }),
    )
    const cookies = { chain_session: /^chain_session=([^;]+)/.exec(login.headers!['set-cookie']!)![1]! }
    const enterprise = api.state.world.enterprises.find(e => e.chains.some(m => m.chainId === 1))!
    const body = { chainId: 1, enterpriseId: enterprise.id, category: 'land', title: '用地指标不足', description: '' }
    const raise = (key: string) =>
      api.handle(
        request({ method: 'POST', path: '/api/bottlenecks', body, cookies, headers: { 'idempotency-key': key } }),
      )
    const first = raise('key-0')
    expect(first.status).toBe(201)
    for (let i = 1; i <= KEPT_ANSWERS; i++) raise(`key-${i}`)
    expect(api.state.idempotency.size).toBe(KEPT_ANSWERS)
    expect(raise(`key-${KEPT_ANSWERS}`).body).toEqual(raise(`key-${KEPT_ANSWERS}`).body)
    expect((raise('key-0').body as { id: number }).id).not.toBe((first.body as { id: number }).id)
  })
})
