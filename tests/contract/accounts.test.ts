// @vitest-environment node
/**
 * Accounts on both implementations: the demo accounts sign in with the demo password and get the
 * same user back, wrong passwords and malformed bodies fail alike, failures are throttled alike
 * (never a lock), password changes are audited alike, and without a session every /api route but
 * health and login answers 401 `unauthorized` on both sides.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiErrorBody, sessionUser, whoAmI } from '#contract'
import { alike, freshPair } from './pair'
import type { ApiTarget } from './targets'

let mock: ApiTarget
let live: ApiTarget
let close: () => Promise<void>

beforeAll(async () => {
  ;({ mock, live, close } = await freshPair())
})
afterAll(async () => close())

describe('signing in answers alike', () => {
  it.each(['admin', 'leader', 'liaison', 'department', 'viewer'])(
    '%s signs in with the demo password and gets the same user',
    async username => {
      const m = await mock.login(username)
      const l = await live.login(username)
      expect(m.status).toBe(200)
      expect(l).toMatchObject({ status: m.status, body: m.body })
      expect(sessionUser.parse(m.body).username).toBe(username)
      expect(m.headers['set-cookie']).toMatch(/^chain_session=[\w-]+;/)
      expect(l.headers['set-cookie']).toMatch(/^chain_session=[\w-]+;/)
    },
  )

  it('/api/auth/me answers the signed-in user on both', async () => {
    const res = await alike('me', await mock.as('liaison'), await live.as('liaison'), c => c.get('/api/auth/me'))
    expect(res.status).toBe(200)
    expect(whoAmI.parse(res.body).user?.username).toBe('liaison')
  })

  it('/api/auth/me answers 200 with no user when signed out on both (asking is not an error)', async () => {
    const res = await alike('me', mock.anonymous, live.anonymous, c => c.get('/api/auth/me'))
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ user: null })
  })

  const failures: [string, object][] = [
    ['a wrong password', { username: 'leader', password: 'not the password' }],
    ['an unknown user', { username: 'nobody', password: 'chain-demo' }],
    ['an account without a demo password', { username: 'lidongzhi', password: 'chain-demo' }],
  ]
  it.each(failures)('%s is 401 unauthorized on both', async (_, body) => {
    const res = await alike('login', mock.anonymous, live.anonymous, c => c.post('/api/auth/login', body))
    expect(res.status).toBe(401)
    expect(apiErrorBody.parse(res.body).error.code).toBe('unauthorized')
  })

  it('a body without a password is 400 naming the field on both', async () => {
    const res = await alike('login', mock.anonymous, live.anonymous, c =>
      c.post('/api/auth/login', { username: 'admin' }),
    )
    expect(res.status).toBe(400)
    expect(Object.keys(apiErrorBody.parse(res.body).error.fields ?? {})).toContain('password')
  })
})

describe('the session guard', () => {
  const guarded = [
    '/api/visits',
    '/api/bottlenecks/1',
    '/api/overview',
    '/api/chains',
    '/api/queue',
    '/api/audit?entityType=bottleneck&entityId=1',
  ]
  it.each(guarded)('GET %s without a cookie is 401 unauthorized on both', async path => {
    const res = await alike(path, mock.anonymous, live.anonymous, c => c.get(path))
    expect(res.status).toBe(401)
    expect(apiErrorBody.parse(res.body).error.code).toBe('unauthorized')
  })

  it('writes without a cookie are 401 on both, before the body is looked at', async () => {
    for (const [path, body] of [
      ['/api/visits', {}],
      ['/api/bottlenecks/1/transitions', { action: 'accept', version: 1 }],
      ['/api/recommendations', {}],
    ] as const) {
      const res = await alike(path, mock.anonymous, live.anonymous, c => c.post(path, body))
      expect(res.status, path).toBe(401)
    }
  })

  it('health stays open on both', async () => {
    expect((await mock.anonymous.get('/api/health')).status).toBe(200)
    expect((await live.anonymous.get('/api/health')).status).toBe(200)
  })
})

describe('signing out and changing the password', () => {
  it('logout ends the session on both: 204, then 401', async () => {
    for (const target of [mock, live]) {
      const res = await target.login('admin')
      const cookie = res.headers['set-cookie']!.split(';')[0]!
      const signedIn = { cookie }
      const out = await target.anonymous.post('/api/auth/logout', undefined, signedIn)
      expect(out.status, target.name).toBe(204)
      expect(out.headers['set-cookie'], target.name).toMatch(/^chain_session=; Max-Age=0/)
      expect(
        (
          await target.anonymous.post(
            '/api/auth/password',
            { currentPassword: 'chain-demo', newPassword: 'a long new password' },
            signedIn,
          )
        ).status,
        target.name,
      ).toBe(401)
    }
  })

  it('a wrong current password is 403 naming it, a short new one 400, on both', async () => {
    const wrong = await alike('password', await mock.as('viewer'), await live.as('viewer'), c =>
      c.post('/api/auth/password', { currentPassword: 'nope', newPassword: 'a long new password' }),
    )
    expect(wrong.status).toBe(403)
    expect(apiErrorBody.parse(wrong.body).error.fields).toHaveProperty('currentPassword')
    const short = await alike('password', await mock.as('viewer'), await live.as('viewer'), c =>
      c.post('/api/auth/password', { currentPassword: 'chain-demo', newPassword: 'short' }),
    )
    expect(short.status).toBe(400)
  })

  it('a changed password is the one that signs in afterwards, on both', async () => {
    const changed = await alike('password', await mock.as('department'), await live.as('department'), c =>
      c.post('/api/auth/password', { currentPassword: 'chain-demo', newPassword: 'department secret 2' }),
    )
    expect(changed.status).toBe(204)
    for (const target of [mock, live]) {
      expect((await target.login('department')).status, target.name).toBe(401)
      expect((await target.login('department', 'department secret 2')).status, target.name).toBe(200)
    }
  })
})

describe('failed logins', () => {
  it('five failures no longer lock: the right password still signs in on both', async () => {
    for (const target of [mock, live]) {
      for (let i = 0; i < 5; i++) expect((await target.login('admin', `wrong ${i}`)).status, target.name).toBe(401)
      expect((await target.login('admin')).status, target.name).toBe(200)
    }
  })

  it('after 20 failures a try within 10 s is 429 rate_limited with Retry-After on both, even with the right password', async () => {
    for (const target of [mock, live]) {
      for (let i = 0; i < 20; i++) expect((await target.login('liaison', `wrong ${i}`)).status, target.name).toBe(401)
      const limited = await target.login('liaison')
      expect(limited.status, target.name).toBe(429)
      expect(apiErrorBody.parse(limited.body).error.code).toBe('rate_limited')
      expect(Number(limited.headers['retry-after']), target.name).toBe(10)
    }
    const res = await alike('throttled login', mock.anonymous, live.anonymous, c =>
      c.post('/api/auth/login', { username: 'liaison', password: 'chain-demo' }),
    )
    expect(res.status).toBe(429)
  })

  it('wrong current passwords count as failed sign-ins and are throttled alike', async () => {
    const m = await mock.as('leader')
    const l = await live.as('leader')
    // The leader failed a sign-in above, which counts toward the same 20.
    let refused = 0
    for (; refused < 20; refused++) {
      const wrong = await alike('password', m, l, c =>
        c.post('/api/auth/password', { currentPassword: `guess ${refused}`, newPassword: 'a long new password' }),
      )
      if (wrong.status !== 403) break
    }
    expect(refused).toBe(19)
    const limited = await alike('password', m, l, c =>
      c.post('/api/auth/password', { currentPassword: 'chain-demo', newPassword: 'a long new password' }),
    )
    expect(limited.status).toBe(429)
  })
})

describe('password changes are audited', () => {
  it('a change leaves the same audit entry on both, with no password in it', async () => {
    const changed = await alike('password', await mock.as('viewer'), await live.as('viewer'), c =>
      c.post('/api/auth/password', { currentPassword: 'chain-demo', newPassword: 'viewer secret 22' }),
    )
    expect(changed.status).toBe(204)
    const viewerId = sessionUser.parse((await mock.login('viewer', 'viewer secret 22')).body).id
    const audit = await alike('audit', await mock.as('admin'), await live.as('admin'), c =>
      c.get(`/api/audit?entityType=user&entityId=${viewerId}`),
    )
    expect(audit.status).toBe(200)
    const items = (audit.body as { items: { action: string; actorId: number }[] }).items
    expect(items.map(e => [e.action, e.actorId])).toContainEqual(['change_password', viewerId])
    expect(JSON.stringify(audit.body)).not.toContain('viewer secret 22')
  })
})
