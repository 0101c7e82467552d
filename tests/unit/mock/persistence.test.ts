// @vitest-environment node
/**
 * Mock mode keeps its changes across a reload: the overlay saved after each change is replayed on
 * a freshly generated world, stays small (never the whole world), and can be reset.
 */
import { describe, expect, it } from 'vitest'
import { generateWorld } from '../../../mock/generate'
import { createPersistentMockApi } from '../../../mock/persist/persistentApi'
import { clearOverlay, OVERLAY_KEY, type OverlayStorage } from '../../../mock/persist/storage'
import type { MockApi } from '../../../mock/api/dispatch'
import type { MockRequest } from '../../../mock/api/exchange'

const TODAY = '2026-06-30'

function memoryStorage(): OverlayStorage & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return {
    data,
    getItem: k => data.get(k) ?? null,
    setItem: (k, v) => {
      data.set(k, v)
    },
    removeItem: k => {
      data.delete(k)
    },
  }
}

/** A page load: the API built from storage, recording which anchor date the world was generated for. */
function load(storage: OverlayStorage, today = TODAY) {
  const anchors: (string | undefined)[] = []
  const api = createPersistentMockApi({
    storage,
    generate: anchorDate => {
      anchors.push(anchorDate)
      return generateWorld({ seed: 1, anchorDate: anchorDate ?? today })
    },
    today,
    now: () => new Date(`${today}T02:00:00Z`),
  })
  return { api, anchors }
}

function call(api: MockApi, method: string, path: string, body?: unknown, cookie?: string) {
  const req: MockRequest = {
    method,
    path,
    query: new URLSearchParams(),
    body,
    cookies: cookie ? { chain_session: cookie } : {},
    headers: {},
  }
  return api.handle(req)
}

function signIn(api: MockApi, username: string, password = 'chain-demo'): string {
  const res = call(api, 'POST', '/api/auth/login', { username, password })
  expect(res.status).toBe(200)
  return /^chain_session=([^;]+)/.exec(res.headers!['set-cookie']!)![1]!
}

describe('mock persistence', () => {
  it('keeps sessions and changed passwords across a reload', () => {
    const storage = memoryStorage()
    const first = load(storage).api
    const token = signIn(first, 'liaison')
    expect(
      call(
        first,
        'POST',
        '/api/auth/password',
        { currentPassword: 'chain-demo', newPassword: 'a brand new secret' },
        token,
      ).status,
    ).toBe(204)

    const second = load(storage).api
    expect(call(second, 'GET', '/api/auth/me', undefined, token).body).toMatchObject({ user: { username: 'liaison' } })
    expect(call(second, 'POST', '/api/auth/login', { username: 'liaison', password: 'chain-demo' }).status).toBe(401)
    signIn(second, 'liaison', 'a brand new secret')
  })

  it('keeps created and changed records, their audit and idempotency keys across a reload', () => {
    const storage = memoryStorage()
    const first = load(storage).api
    const token = signIn(first, 'liaison')
    const world = generateWorld({ seed: 1, anchorDate: TODAY })
    const enterprise = world.enterprises.find(e => e.chains.some(m => m.chainId === 1))!
    const body = {
      type: 'visit',
      date: TODAY,
      chainId: 1,
      enterpriseIds: [enterprise.id],
      participants: ['朴美善'],
      summary: '走访',
      outcomes: [],
      bottlenecks: [{ enterpriseId: enterprise.id, category: 'logistics', title: '物流成本高', description: '' }],
    }
    const created = first.handle({
      method: 'POST',
      path: '/api/visits',
      query: new URLSearchParams(),
      body,
      cookies: { chain_session: token },
      headers: { 'idempotency-key': 'k1' },
    })
    expect(created.status).toBe(201)
    const visit = created.body as { id: number; bottleneckIds: number[] }

    const second = load(storage).api
    expect(call(second, 'GET', `/api/visits/${visit.id}`, undefined, token).body).toEqual(created.body)
    expect(call(second, 'GET', `/api/bottlenecks/${visit.bottleneckIds[0]}`, undefined, token).status).toBe(200)
    const audit = second.handle({
      method: 'GET',
      path: '/api/audit',
      query: new URLSearchParams({ entityType: 'visit', entityId: String(visit.id) }),
      body: undefined,
      cookies: { chain_session: token },
      headers: {},
    })
    expect((audit.body as { items: unknown[] }).items).toHaveLength(1)
    const replay = second.handle({
      method: 'POST',
      path: '/api/visits',
      query: new URLSearchParams(),
      body,
      cookies: { chain_session: token },
      headers: { 'idempotency-key': 'k1' },
    })
    expect(replay).toEqual(created)
    expect(JSON.parse(storage.data.get(OVERLAY_KEY)!).visits).toHaveLength(1)
  })

  it('regenerates the world for the anchor date the saved changes were made on', () => {
    const storage = memoryStorage()
    signIn(load(storage, '2026-06-30').api, 'viewer')
    const { anchors } = load(storage, '2026-07-02')
    expect(anchors).toEqual(['2026-06-30'])
  })

  it('saves only what changed, never the world', () => {
    const storage = memoryStorage()
    signIn(load(storage).api, 'viewer')
    const saved = storage.data.get(OVERLAY_KEY)!
    expect(saved.length).toBeLessThan(2_000)
    expect(JSON.parse(saved)).toMatchObject({ visits: [], bottlenecks: [], recommendations: [], audit: [] })
  })

  it('starts from the generated world again after a reset or with a broken overlay', () => {
    const storage = memoryStorage()
    const token = signIn(load(storage).api, 'viewer')
    clearOverlay(storage)
    expect(call(load(storage).api, 'GET', '/api/auth/me', undefined, token).body).toEqual({ user: null })
    storage.setItem(OVERLAY_KEY, '{"version":1,"seed":1')
    const { api, anchors } = load(storage)
    expect(anchors).toEqual([undefined])
    expect(call(api, 'GET', '/api/auth/me', undefined, token).body).toEqual({ user: null })
  })
})
