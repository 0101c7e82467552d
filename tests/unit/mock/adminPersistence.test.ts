// @vitest-environment node
/**
 * Admin edits in mock mode survive a reload: a created user still signs in, a disabled one still
 * cannot, versions, chains, departments and enterprises keep their edits, and the saved calendar
 * and time limits still set the deadlines of the next assignment.
 */
import { describe, expect, it } from 'vitest'
import { creditCodeCheckChar, OFFICIAL_CALENDAR, type AdminChain, type BottleneckDetail } from '#contract'
import { generateWorld } from '../../../mock/generate'
import { createPersistentMockApi } from '../../../mock/persist/persistentApi'
import type { OverlayStorage } from '../../../mock/persist/storage'
import type { MockApi } from '../../../mock/api/dispatch'
import type { MockRequest } from '../../../mock/api/exchange'

const TODAY = '2026-06-30'

function memoryStorage(): OverlayStorage {
  const data = new Map<string, string>()
  return {
    getItem: k => data.get(k) ?? null,
    setItem: (k, v) => {
      data.set(k, v)
    },
    removeItem: k => {
      data.delete(k)
    },
  }
}

/** A page load over `storage`. */
function load(storage: OverlayStorage): MockApi {
  return createPersistentMockApi({
    storage,
    generate: anchorDate => generateWorld({ seed: 1, anchorDate: anchorDate ?? TODAY }),
    today: TODAY,
    now: () => new Date(`${TODAY}T02:00:00Z`),
  })
}

function call(api: MockApi, token: string | undefined, method: string, path: string, body?: unknown) {
  const [pathname, search] = path.split('?')
  const req: MockRequest = {
    method,
    path: pathname!,
    query: new URLSearchParams(search),
    body,
    cookies: token ? { chain_session: token } : {},
    headers: {},
  }
  return api.handle(req)
}

function signIn(
  api: MockApi,
  username: string,
  password = 'chain-demo',
): { status: number; token: string | undefined } {
  const res = call(api, undefined, 'POST', '/api/auth/login', { username, password })
  return { status: res.status, token: /^chain_session=([^;]+)/.exec(res.headers?.['set-cookie'] ?? '')?.[1] }
}

describe('admin edits in mock mode', () => {
  it('keep users, reference records and their versions across a reload', () => {
    const storage = memoryStorage()
    const first = load(storage)
    const admin = signIn(first, 'admin').token
    const created = call(first, admin, 'POST', '/api/admin/users', {
      username: 'kept',
      displayName: '留存',
      role: 'viewer',
      password: 'kept-password-1',
    })
    expect(created.status).toBe(201)
    const disabled = call(first, admin, 'PATCH', '/api/admin/users/5', { version: 1, active: false })
    expect(disabled.status).toBe(200)
    const chain = call(first, admin, 'PATCH', '/api/admin/chains/2', {
      version: 1,
      leadUnit: { zh: '新牵头单位', ko: '새 주관 기관', en: 'New lead unit' },
    })
    expect(chain.status).toBe(200)
    const department = call(first, admin, 'POST', '/api/admin/departments', {
      code: 'kept-dept',
      name: { zh: '部门', ko: '부서', en: 'Dept' },
      verticallyManaged: false,
    })
    expect(department.status).toBe(201)
    const first17 = '91222401MA0000002'
    const segmentId = (chain.body as AdminChain).segments[0]!.id
    const enterprise = call(first, admin, 'POST', '/api/admin/enterprises', {
      creditCode: `${first17}${creditCodeCheckChar(first17)}`,
      name: { zh: '企业', ko: '기업', en: 'Co.' },
      county: 'yanji',
      chains: [{ chainId: 2, segmentId }],
      anchor: false,
      aboveScale: false,
      contact: { name: '', phone: '' },
      liaisonId: null,
    })
    expect(enterprise.status).toBe(201)

    const second = load(storage)
    expect(signIn(second, 'kept', 'kept-password-1').status).toBe(200)
    const disabledName = (disabled.body as { username: string }).username
    expect(signIn(second, disabledName).status).toBe(401)
    expect(call(second, admin, 'GET', '/api/admin/users/5').body).toMatchObject({ active: false, version: 2 })
    expect(call(second, admin, 'GET', '/api/chains/2').body).toMatchObject({ leadUnit: { en: 'New lead unit' } })
    // The enterprise created in chain 2 counts in it after the reload too.
    const kept = chain.body as AdminChain
    expect(call(second, admin, 'GET', '/api/admin/chains').body).toContainEqual({
      ...kept,
      enterpriseCount: kept.enterpriseCount + 1,
    })
    expect(call(second, admin, 'GET', '/api/departments').body).toContainEqual(
      expect.objectContaining({ code: 'kept-dept' }),
    )
    expect(call(second, admin, 'GET', `/api/admin/enterprises/${(enterprise.body as { id: number }).id}`).body).toEqual(
      enterprise.body,
    )
    expect(call(second, admin, 'GET', '/api/audit?entityType=user&entityId=5').body).toMatchObject({
      items: [{ action: 'disable' }],
    })
  })

  it('keep the calendar and time limits that the next assignment counts its deadlines on', () => {
    const storage = memoryStorage()
    const first = load(storage)
    const admin = signIn(first, 'admin').token
    const y2026 = OFFICIAL_CALENDAR.find(y => y.year === 2026)!
    const holidays = [...y2026.holidays, '2026-07-01', '2026-07-02', '2026-07-03']
    expect(
      call(first, admin, 'PUT', '/api/admin/calendar/2026', {
        version: 0,
        holidays,
        makeUpWorkdays: y2026.makeUpWorkdays,
        official: true,
      }).status,
    ).toBe(200)
    expect(
      call(first, admin, 'PUT', '/api/admin/time-limits', {
        version: 0,
        acknowledgeWorkingDays: 1,
        resolveWorkingDays: 7,
        maxResolveWorkingDays: 15,
        approachingShare: 0.8,
      }).status,
    ).toBe(200)

    const second = load(storage)
    expect(call(second, admin, 'GET', '/api/admin/time-limits').body).toMatchObject({
      acknowledgeWorkingDays: 1,
      version: 1,
    })
    expect(call(second, admin, 'GET', '/api/admin/calendar').body).toMatchObject({
      years: expect.arrayContaining([expect.objectContaining({ year: 2026, source: 'edited', version: 1 })]),
    })
    const leader = signIn(second, 'leader').token
    const world = generateWorld({ seed: 1, anchorDate: TODAY })
    const enterpriseId = world.enterprises.find(e => e.chains.some(m => m.chainId === 1))!.id
    let b = call(second, leader, 'POST', '/api/bottlenecks', {
      chainId: 1,
      enterpriseId,
      visitId: null,
      category: 'financing',
      title: '测试',
      description: '',
    }).body as BottleneckDetail
    b = call(second, leader, 'POST', `/api/bottlenecks/${b.id}/transitions`, { action: 'accept', version: b.version })
      .body as BottleneckDetail
    const assigned = call(second, leader, 'POST', `/api/bottlenecks/${b.id}/transitions`, {
      action: 'assign',
      version: b.version,
      leadDepartmentId: 3,
      coDepartmentIds: [],
      assignedVia: 'co_leader',
    })
    expect(assigned.status).toBe(200)
    // Tuesday 30 June; 1-3 July made holidays, then the weekend: one working day later is Monday 6 July.
    expect(assigned.body).toMatchObject({ acknowledgeBy: '2026-07-06' })
  })
})
