/** Every admin route: 401 without a session, 403 for every role but admin, 2xx for the admin. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ACCOUNTS, startAdminApp, type AdminTestApp } from './adminApp'

let t: AdminTestApp
const cookies: Record<string, string> = {}

beforeAll(async () => {
  t = await startAdminApp()
  for (const [role, username] of Object.entries(ACCOUNTS)) cookies[role] = await t.login(username)
})
afterAll(async () => t.close())

/** Valid requests: the admin's must succeed, so a 403 for the others is about the role alone. */
const requests: [method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, body?: () => unknown][] = [
  ['GET', '/api/admin/users'],
  ['GET', '/api/admin/users/2'],
  [
    'POST',
    '/api/admin/users',
    () => ({
      username: `new${Math.random().toString(36).slice(2, 8)}`,
      displayName: '新用户',
      role: 'viewer',
      password: 'long-enough-password',
    }),
  ],
  ['PATCH', '/api/admin/users/5', () => ({ version: versions.user, displayName: '观众乙' })],
  ['POST', '/api/admin/users/5/password', () => ({ password: 'another-long-password' })],
  ['GET', '/api/admin/chains'],
  [
    'PATCH',
    '/api/admin/chains/2',
    () => ({ version: versions.chain, leadUnit: { zh: '州铁路办', ko: '주철도판공실', en: 'Railway Office' } }),
  ],
  [
    'POST',
    '/api/admin/chains',
    () => ({
      code: `c${Math.random().toString(36).slice(2, 8)}`,
      name: { zh: '新链', ko: '새 사슬', en: 'New chain' },
      cppccLeaders: [{ name: '', title: { zh: '副主席', ko: '부주석', en: 'Vice chair' } }],
      govCoLeader: { name: '', title: { zh: '副州长', ko: '부주장', en: 'Vice governor' } },
      leadDepartmentId: 1,
      segments: [{ tier: 'upstream', name: { zh: '环节', ko: '고리', en: 'Segment' } }],
    }),
  ],
  ['POST', '/api/admin/chains/1/retirement', () => ({ version: 1, retired: true })],
  ['POST', '/api/admin/chains/2/segments/22/retirement', () => ({ version: versions.chain, retired: true })],
  ['GET', '/api/admin/setup'],
  ['GET', '/api/admin/setup/template'],
  ['GET', '/api/admin/departments'],
  [
    'POST',
    '/api/admin/departments',
    () => ({
      code: `d${Math.random().toString(36).slice(2, 8)}`,
      name: { zh: '州统计局', ko: '주통계국', en: 'Statistics Bureau' },
      verticallyManaged: false,
    }),
  ],
  ['PATCH', '/api/admin/departments/1', () => ({ version: versions.department, verticallyManaged: false })],
  ['GET', '/api/admin/enterprises/1'],
  ['PATCH', '/api/admin/enterprises/1', () => ({ version: versions.enterprise, anchor: true })],
  ['GET', '/api/admin/calendar'],
  [
    'PUT',
    '/api/admin/calendar/2028',
    () => ({ version: versions.calendar, holidays: ['2028-01-01'], makeUpWorkdays: [], official: false }),
  ],
  ['GET', '/api/admin/time-limits'],
  [
    'PUT',
    '/api/admin/time-limits',
    () => ({
      version: versions.limits,
      acknowledgeWorkingDays: 2,
      resolveWorkingDays: 7,
      maxResolveWorkingDays: 15,
      approachingShare: 0.8,
    }),
  ],
]
const versions = { user: 1, chain: 1, department: 1, enterprise: 1, calendar: 0, limits: 0 }

describe('admin routes refuse everyone but the admin', () => {
  it.each(requests)('%s %s: 401 without a session', async (method, url, body) => {
    const res = await t.send(method, url, undefined, body?.())
    expect(res.status).toBe(401)
    expect(res.body.error.code).toBe('unauthorized')
  })

  for (const role of ['leader', 'liaison', 'department', 'viewer'] as const) {
    it.each(requests)(`%s %s: 403 for the ${role}`, async (method, url, body) => {
      const res = await t.send(method, url, cookies[role], body?.())
      expect(res.status).toBe(403)
      expect(res.body.error.code).toBe('forbidden')
    })
  }

  it.each(requests)('%s %s: allowed for the admin', async (method, url, body) => {
    const res = await t.send(method, url, cookies.admin, body?.())
    expect(res.status, JSON.stringify(res.body)).toBeLessThan(300)
    if (url.endsWith('/users/5')) versions.user = res.body.version
    if (url.endsWith('/users/5/password')) versions.user = res.body.version
    if (url === '/api/admin/chains/2' || url.startsWith('/api/admin/chains/2/')) versions.chain = res.body.version
    if (url === '/api/admin/departments/1') versions.department = res.body.version
    if (url === '/api/admin/enterprises/1' && method === 'PATCH') versions.enterprise = res.body.version
  })

  it('refuses a 403 role before looking at its body', async () => {
    const res = await t.send('POST', '/api/admin/users', cookies.leader, { nonsense: true })
    expect(res.status).toBe(403)
  })
})
