// @vitest-environment node
/**
 * The admin write path on both implementations over the same world and pinned clock: every step
 * goes to the mock and to the live app as the same user, and both must answer with the same status
 * and body. Audit entries are compared without their `at`, which the live admin write stamps from
 * the real clock.
 */
import { describe, expect, it } from 'vitest'
import {
  addWorkingDays,
  adminCalendar,
  adminChain,
  adminDepartment,
  adminEnterprise,
  adminTimeLimits,
  adminUser,
  apiErrorBody,
  auditList,
  bottleneckDetail,
  buildCalendar,
  creditCodeCheckChar,
  OFFICIAL_CALENDAR,
  type AdminChain,
  type AdminUser,
  type BottleneckDetail,
  type CalendarYear,
  type Chain,
} from '#contract'
import { DEMO_PASSWORD } from '../../mock/api/auth/accounts'
import { CONTRACT_CLOCK } from './clock'
import { alike, pairForFile } from './pair'
import type { ApiResult, ApiTarget } from './targets'

const TODAY = CONTRACT_CLOCK.today
const DEMO_DEPARTMENT = 3

const file = pairForFile()
const as = file.as

const errorOf = (res: ApiResult) => apiErrorBody.parse(res.body).error

/** Signs in on both sides with a password; both answers must match. */
async function loginBoth(username: string, password: string): Promise<{ mock: ApiResult; live: ApiResult }> {
  const mock = await file.pair.mock.login(username, password)
  const live = await file.pair.live.login(username, password)
  expect({ status: live.status, body: live.body }).toEqual({ status: mock.status, body: mock.body })
  return { mock, live }
}

describe('users', () => {
  let user: AdminUser
  // The demo password is long enough for an admin-set one, and lets `as` sign the new user in.
  const password = DEMO_PASSWORD
  const body = { username: 'newliaison', displayName: '新联络员', role: 'liaison', chainIds: [3], password }

  it('a non-admin is refused with 403 before the body is read', async () => {
    const res = await as('leader', 'create user', c => c.post('/api/admin/users', { nonsense: true }))
    expect(res.status).toBe(403)
    expect(errorOf(res).code).toBe('forbidden')
  })

  it('a bad body is 400 naming each field', async () => {
    const res = await as('admin', 'bad user', c =>
      c.post('/api/admin/users', { ...body, role: 'department', password: 'short' }),
    )
    expect(res.status).toBe(400)
    expect(Object.keys(errorOf(res).fields ?? {})).toEqual(
      expect.arrayContaining(['password', 'chainIds', 'departmentId']),
    )
  })

  it('a taken username (in another case) is 400 naming username', async () => {
    const res = await as('admin', 'taken user', c => c.post('/api/admin/users', { ...body, username: 'LEADER' }))
    expect(res.status).toBe(400)
    expect(errorOf(res).fields).toEqual({ username: 'this username is taken' })
  })

  it('the admin creates a user (201) who then signs in on both sides', async () => {
    const res = await as('admin', 'create user', c => c.post('/api/admin/users', body))
    expect(res.status).toBe(201)
    user = adminUser.parse(res.body)
    expect(user).toMatchObject({ username: 'newliaison', role: 'liaison', chainIds: [3], active: true, version: 1 })
    expect(user.id).toBe(Math.max(...file.pair.world.users.map(u => u.id)) + 1)
    const { mock } = await loginBoth('newliaison', password)
    expect(mock.status).toBe(200)
    const list = await as('admin', 'list users', c => c.get('/api/admin/users'))
    expect((list.body as { items: AdminUser[] }).items.at(-1)).toEqual(user)
  })

  it('the admin edits role and scope; the user reads back the same', async () => {
    const res = await as('admin', 'edit user', c =>
      c.patch(`/api/admin/users/${user.id}`, { version: user.version, role: 'leader', chainIds: [3, 4] }),
    )
    expect(res.status).toBe(200)
    user = adminUser.parse(res.body)
    expect(user).toMatchObject({ role: 'leader', chainIds: [3, 4], version: 2 })
    const one = await as('admin', 'read user', c => c.get(`/api/admin/users/${user.id}`))
    expect(one.body).toEqual(user)
  })

  it('a stale version is 409 stale_version carrying the user as it is', async () => {
    const res = await as('admin', 'stale edit', c =>
      c.patch(`/api/admin/users/${user.id}`, { version: 1, displayName: '旧的' }),
    )
    expect(res.status).toBe(409)
    expect(errorOf(res)).toMatchObject({ code: 'stale_version', current: user })
  })

  it('an admin cannot disable their own account (400 naming active)', async () => {
    const me = ((await (await file.pair.mock.as('admin')).get('/api/auth/me')).body as { user: { id: number } }).user
    const current = (await as('admin', 'read self', c => c.get(`/api/admin/users/${me.id}`))).body as AdminUser
    const res = await as('admin', 'disable self', c =>
      c.patch(`/api/admin/users/${me.id}`, { version: current.version, active: false }),
    )
    expect(res.status).toBe(400)
    expect(errorOf(res).fields).toEqual({ active: 'you cannot disable your own account' })
  })

  it('disabling the user ends their session: it then gets 401 on both sides', async () => {
    // `as` signs in once and keeps the session, so these clients carry the user's live session.
    const mine = { mock: await file.pair.mock.as('newliaison'), live: await file.pair.live.as('newliaison') }
    expect(
      ((await alike('me before', mine.mock, mine.live, c => c.get('/api/auth/me'))).body as { user: unknown }).user,
    ).not.toBeNull()
    const res = await as('admin', 'disable user', c =>
      c.patch(`/api/admin/users/${user.id}`, { version: user.version, active: false }),
    )
    expect(res.status).toBe(200)
    user = adminUser.parse(res.body)
    expect(user.active).toBe(false)
    const after = await alike('me after disable', mine.mock, mine.live, c => c.get('/api/visits?pageSize=1'))
    expect(after.status).toBe(401)
    expect((await loginBoth('newliaison', password)).mock.status).toBe(401)
  })

  it('enabling and resetting the password: the old password fails, the new one signs in', async () => {
    const enabled = await as('admin', 'enable user', c =>
      c.patch(`/api/admin/users/${user.id}`, { version: user.version, active: true }),
    )
    expect(enabled.status).toBe(200)
    user = adminUser.parse(enabled.body)
    const reset = await as('admin', 'reset password', c =>
      c.post(`/api/admin/users/${user.id}/password`, { password: 'second-password-2' }),
    )
    expect(reset.status).toBe(200)
    expect(reset.body).toEqual({ ...user, version: user.version + 1 })
    expect((await loginBoth('newliaison', password)).mock.status).toBe(401)
    expect((await loginBoth('newliaison', 'second-password-2')).mock.status).toBe(200)
  })

  it('every user write left an audit entry, alike but for the time', async () => {
    const [m, l] = await Promise.all([
      auditOf(file.pair.mock, 'user', user.id),
      auditOf(file.pair.live, 'user', user.id),
    ])
    expect(l).toEqual(m)
    expect(m.map(e => e.action)).toEqual(['reset_password', 'enable', 'disable', 'update', 'create'])
  })
})

/** A record's audit entries as the admin reads them, stamped by the clock both sides were given. */
async function auditOf(target: ApiTarget, entityType: string, entityId: number) {
  const res = await (await target.as('admin')).get(`/api/audit?entityType=${entityType}&entityId=${entityId}`)
  expect(res.status).toBe(200)
  return auditList.parse(res.body).items
}

describe('the working-day calendar and time limits drive deadlines alike', () => {
  /** Three working days right after the pinned today, made holidays for the test; a low share makes items blue early. */
  const extraHolidays = ['2026-07-01', '2026-07-02', '2026-07-03']
  const limits = { acknowledgeWorkingDays: 3, resolveWorkingDays: 10, maxResolveWorkingDays: 15, approachingShare: 0.1 }
  let shipped2026: CalendarYear

  it('both list the same calendar years', async () => {
    const res = await as('admin', 'calendar', c => c.get('/api/admin/calendar'))
    expect(res.status).toBe(200)
    const years = adminCalendar.parse(res.body).years
    expect(years.find(y => y.year === 2027)).toMatchObject({ source: 'shipped', version: 0 })
    shipped2026 = OFFICIAL_CALENDAR.find(y => y.year === 2026)!
    expect(shipped2026.holidays).not.toContain(extraHolidays[0])
  })

  it('a non-admin cannot save a year (403)', async () => {
    const res = await as('leader', 'put 2027', c =>
      c.put('/api/admin/calendar/2027', { version: 0, holidays: [], makeUpWorkdays: [], official: true }),
    )
    expect(res.status).toBe(403)
  })

  it('a make-up working day on a weekday is 400 naming it', async () => {
    const res = await as('admin', 'bad 2027', c =>
      c.put('/api/admin/calendar/2027', {
        version: 0,
        holidays: ['2027-01-01'],
        makeUpWorkdays: ['2027-01-04'],
        official: true,
      }),
    )
    expect(res.status).toBe(400)
    expect(errorOf(res).fields).toEqual({ 'makeUpWorkdays.0': 'must fall on a Saturday or Sunday' })
  })

  it('the admin saves 2027 as official; the same version again is 409 with the year in force', async () => {
    const shipped2027 = OFFICIAL_CALENDAR.find(y => y.year === 2027)!
    const res = await as('admin', 'put 2027', c =>
      c.put('/api/admin/calendar/2027', {
        version: 0,
        holidays: shipped2027.holidays,
        makeUpWorkdays: shipped2027.makeUpWorkdays,
        official: true,
      }),
    )
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ year: 2027, official: true, source: 'edited', version: 1 })
    const stale = await as('admin', 'stale 2027', c =>
      c.put('/api/admin/calendar/2027', { version: 0, holidays: [], makeUpWorkdays: [], official: false }),
    )
    expect(stale.status).toBe(409)
    expect(errorOf(stale)).toMatchObject({ code: 'stale_version', current: res.body })
  })

  it('the admin adds holidays to 2026 and sets new time limits', async () => {
    const year = await as('admin', 'put 2026', c =>
      c.put('/api/admin/calendar/2026', {
        version: 0,
        holidays: [...shipped2026.holidays, ...extraHolidays],
        makeUpWorkdays: shipped2026.makeUpWorkdays,
        official: true,
      }),
    )
    expect(year.status).toBe(200)
    const bad = await as('admin', 'bad limits', c =>
      c.put('/api/admin/time-limits', { version: 0, ...limits, resolveWorkingDays: 16 }),
    )
    expect(bad.status).toBe(400)
    expect(Object.keys(errorOf(bad).fields ?? {})).toContain('resolveWorkingDays')
    const saved = await as('admin', 'put limits', c => c.put('/api/admin/time-limits', { version: 0, ...limits }))
    expect(saved.status).toBe(200)
    expect(adminTimeLimits.parse(saved.body)).toEqual({ ...limits, version: 1 })
    const read = await as('admin', 'get limits', c => c.get('/api/admin/time-limits'))
    expect(read.body).toEqual(saved.body)
    const [m, l] = await Promise.all([
      auditOf(file.pair.mock, 'time_limits', 1),
      auditOf(file.pair.live, 'time_limits', 1),
    ])
    expect(l).toEqual(m)
    expect(m).toHaveLength(1)
  })

  it('a bottleneck assigned today gets the same deadlines on both sides, counted on the edited calendar and limits', async () => {
    const enterprise = file.pair.world.enterprises.find(e => e.chains.some(m => m.chainId === 2))!
    const raised = await as('leader', 'raise', c =>
      c.post(
        '/api/bottlenecks',
        {
          chainId: 2,
          enterpriseId: enterprise.id,
          visitId: null,
          category: 'financing',
          title: '贷款审批慢',
          description: '',
        },
        { 'idempotency-key': 'admin-cal-1' },
      ),
    )
    expect(raised.status).toBe(201)
    let b: BottleneckDetail = bottleneckDetail.parse(raised.body)
    const step = async (what: string, body: object) => {
      const res = await as('leader', what, c =>
        c.post(`/api/bottlenecks/${b.id}/transitions`, { version: b.version, ...body }),
      )
      expect(res.status).toBe(200)
      b = bottleneckDetail.parse(res.body)
    }
    await step('accept', { action: 'accept' })
    await step('assign', {
      action: 'assign',
      leadDepartmentId: DEMO_DEPARTMENT,
      coDepartmentIds: [],
      assignedVia: 'co_leader',
    })
    const edited = buildCalendar(
      OFFICIAL_CALENDAR.map(y => (y.year === 2026 ? { ...y, holidays: [...y.holidays, ...extraHolidays] } : y)),
    )
    expect(b).toMatchObject({
      assignedOn: TODAY,
      acknowledgeBy: addWorkingDays(TODAY, 3, edited),
      resolveBy: addWorkingDays(TODAY, 10, edited),
    })
    expect(b.acknowledgeBy).toBe('2026-07-08')
  })

  it('open items turn blue by the new approaching share alike on both sides', async () => {
    // A share of 0.1 turns blue what the default 0.8 did not: the list must not be empty.
    const res = await as('viewer', 'blue list', c => c.get('/api/bottlenecks?warning=blue&pageSize=100'))
    expect(res.status).toBe(200)
    expect((res.body as { total: number }).total).toBeGreaterThan(0)
  })

  it('a frozen day is judged by the calendar and limits in force, alike on both sides', async () => {
    // Replaying to a past day recomputes each warning: both must use the edited limits, not the shipped ones.
    const board = await as('viewer', 'past board', c => c.get('/api/snapshots/board?asOf=2026-06-22&from=2025-07-01'))
    expect(board.status).toBe(200)
    expect((board.body as { byWarning: { blue: number } }).byWarning.blue).toBeGreaterThan(0)
    const overview = await as('viewer', 'past overview', c =>
      c.get('/api/overview?from=2025-07-01&to=2026-06-22&asOf=2026-06-22'),
    )
    expect(overview.status).toBe(200)
  })
})

describe('chains, departments and enterprises', () => {
  let chain: AdminChain

  it('the admin renames chain 3 and adds a segment; the reference read shows it alike', async () => {
    const chains = await as('admin', 'admin chains', c => c.get('/api/admin/chains'))
    expect(chains.status).toBe(200)
    chain = adminChain.parse((chains.body as unknown[]).find(c => (c as Chain).id === 3))
    const segments = [
      ...chain.segments.map(x => ({ id: x.id, tier: x.tier, name: x.name })),
      { tier: 'downstream', name: { zh: '新环节', ko: '새 부문', en: 'New segment' } },
    ]
    const res = await as('admin', 'edit chain', c =>
      c.patch('/api/admin/chains/3', {
        version: chain.version,
        name: { ...chain.name, en: 'Renamed chain' },
        segments,
      }),
    )
    expect(res.status).toBe(200)
    chain = adminChain.parse(res.body)
    expect(chain).toMatchObject({ version: 2, name: { en: 'Renamed chain' } })
    expect(chain.segments).toHaveLength(segments.length)
    const read = await as('viewer', 'reference read', c => c.get('/api/chains/3'))
    expect(read.body).toMatchObject({ name: { en: 'Renamed chain' }, segments: chain.segments })
  })

  it('removing a segment is 400 naming segments; a stale chain edit is 409', async () => {
    const removed = await as('admin', 'remove segment', c =>
      c.patch('/api/admin/chains/3', { version: chain.version, segments: chain.segments.slice(1) }),
    )
    expect(removed.status).toBe(400)
    expect(Object.keys(errorOf(removed).fields ?? {})).toEqual(['segments'])
    const stale = await as('admin', 'stale chain', c =>
      c.patch('/api/admin/chains/3', { version: 1, leadUnit: chain.leadUnit }),
    )
    expect(stale.status).toBe(409)
    expect(errorOf(stale).current).toEqual(chain)
  })

  it('the admin creates a vertically managed department; its code cannot be taken twice', async () => {
    const body = { code: 'tax-bureau', name: { zh: '税务局', ko: '세무국', en: 'Tax bureau' }, verticallyManaged: true }
    const res = await as('admin', 'create department', c => c.post('/api/admin/departments', body))
    expect(res.status).toBe(201)
    const created = adminDepartment.parse(res.body)
    expect(created).toMatchObject({ ...body, version: 1 })
    const again = await as('admin', 'same code', c => c.post('/api/admin/departments', body))
    expect(again.status).toBe(400)
    expect(errorOf(again).fields).toEqual({ code: 'this code is taken' })
    const read = await as('viewer', 'departments', c => c.get('/api/departments'))
    expect((read.body as { id: number }[]).at(-1)).toEqual({
      id: created.id,
      code: body.code,
      name: body.name,
      verticallyManaged: true,
    })
  })

  it('an enterprise with a bad credit code is 400 naming creditCode; a good one is created and counted in its chain', async () => {
    const segmentId = chain.segments.at(-1)!.id
    const first17 = '91222401MA0000001'
    const body = {
      creditCode: `${first17}${creditCodeCheckChar(first17) === '0' ? '1' : '0'}`,
      name: { zh: '延边新企业', ko: '연변 새 기업', en: 'Yanbian New Co.' },
      county: file.pair.world.enterprises[0]!.county,
      chains: [{ chainId: 3, segmentId }],
      anchor: false,
      aboveScale: true,
      contact: { name: '王', phone: '+86 433 1234567' },
      liaisonId: null,
    }
    const bad = await as('admin', 'bad credit code', c => c.post('/api/admin/enterprises', body))
    expect(bad.status).toBe(400)
    expect(Object.keys(errorOf(bad).fields ?? {})).toEqual(['creditCode'])
    const good = { ...body, creditCode: `${first17}${creditCodeCheckChar(first17)}`.toLowerCase() }
    const res = await as('admin', 'create enterprise', c => c.post('/api/admin/enterprises', good))
    expect(res.status).toBe(201)
    const created = adminEnterprise.parse(res.body)
    expect(created).toMatchObject({ creditCode: good.creditCode.toUpperCase(), version: 1 })
    const taken = await as('admin', 'taken credit code', c => c.post('/api/admin/enterprises', good))
    expect(taken.status).toBe(400)
    expect(errorOf(taken).fields).toEqual({ creditCode: `already used by enterprise ${created.id}` })
    const read = await as('viewer', 'chain count', c => c.get('/api/chains/3'))
    expect((read.body as Chain).enterpriseCount).toBe(chain.enterpriseCount + 1)
    const edited = await as('admin', 'edit enterprise', c =>
      c.patch(`/api/admin/enterprises/${created.id}`, { version: 1, anchor: true }),
    )
    expect(edited.body).toEqual({ ...created, anchor: true, version: 2 })
  })
})
