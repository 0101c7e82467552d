/**
 * Accounts on the live app: login and the session cookie, /me, logout, password change,
 * cross-site write refusal, and the production start's first admin. Sign-in throttling is
 * tests/api/signIn.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { buildApp } from '../../server/app'
import { openDatabase } from '../../server/db/database'
import { migrateToLatest } from '../../server/db/migrate'
import { seedWorld } from '../../server/db/seed'
import type { Database } from '../../server/db/schema'
import { hashPassword, verifyPassword } from '../../server/services/passwords'
import { clearSessionCookie, setSessionCookie } from '../../server/plugins/sessionCookie'
import { DEMO_PASSWORD, ensureDemoPasswords, ensureFirstAdmin } from '../../server/services/bootstrapAccounts'
import { seedProgrammeStructure } from '../../server/db/programme'
import { buildTestWorld, TEST_TODAY } from '../support/apiWorld'

const PASSWORD = 'correct horse battery'

interface Instance {
  app: FastifyInstance
  db: Kysely<Database>
}

let dir: string
let file: string
const open: Instance[] = []

async function instance(trustProxy?: boolean): Promise<Instance> {
  const db = openDatabase(file)
  const app = await buildApp({ db, today: () => TEST_TODAY, trustProxy })
  const made = { app, db }
  open.push(made)
  return made
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chain-auth-'))
  file = join(dir, 'test.sqlite')
  const db = openDatabase(file)
  await migrateToLatest(db)
  await seedWorld(db, buildTestWorld())
  const hash = await hashPassword(PASSWORD)
  await db.updateTable('users').set({ password_hash: hash }).execute()
  await db.destroy()
})

afterEach(async () => {
  for (const { app, db } of open.splice(0)) {
    await app.close()
    await db.destroy()
  }
  rmSync(dir, { recursive: true, force: true })
})

function loginAs(app: FastifyInstance, username: string, password: string, headers: Record<string, string> = {}) {
  return app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers })
}

function cookieOf(res: { headers: Record<string, unknown> }): string {
  const header = String(res.headers['set-cookie'])
  return header.split(';')[0]!
}

describe('behind a reverse proxy (TRUST_PROXY)', () => {
  const proxied = { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.7' }

  it('believes X-Forwarded-Proto only when told to: the cookie is Secure behind an https proxy', async () => {
    const trusting = await instance(true)
    expect(String((await loginAs(trusting.app, 'liaison', PASSWORD, proxied)).headers['set-cookie'])).toMatch(
      /; Secure$/,
    )
    const plain = await instance()
    expect(String((await loginAs(plain.app, 'liaison', PASSWORD, proxied)).headers['set-cookie'])).not.toContain(
      'Secure',
    )
  })

  it('counts failed logins per forwarded client address, not per proxy', async () => {
    const { app } = await instance(true)
    for (let i = 0; i < 100; i++)
      await loginAs(app, `nobody${i}`, 'wrong password', { 'x-forwarded-for': '203.0.113.7' })
    expect((await loginAs(app, 'liaison', PASSWORD, { 'x-forwarded-for': '203.0.113.7' })).statusCode).toBe(429)
    expect((await loginAs(app, 'liaison', PASSWORD, { 'x-forwarded-for': '198.51.100.9' })).statusCode).toBe(200)
  })
})

describe('POST /api/auth/login', () => {
  it('signs in with the right password: an httpOnly SameSite cookie, and /me returns the user', async () => {
    const { app } = await instance()
    const res = await loginAs(app, 'liaison', PASSWORD)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({
      id: 2,
      username: 'liaison',
      displayName: '联络员',
      role: 'liaison',
      chainIds: [1],
      departmentId: null,
    })
    const setCookie = String(res.headers['set-cookie'])
    expect(setCookie).toMatch(/^chain_session=[\w-]{43};/)
    expect(setCookie).toContain('HttpOnly')
    expect(setCookie).toContain('SameSite=Lax')
    expect(setCookie).toContain('Path=/')
    expect(setCookie).not.toContain('Secure')

    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: cookieOf(res) } })
    expect(me.statusCode).toBe(200)
    expect(me.json().user.username).toBe('liaison')
  })

  it('marks the cookie Secure only when the request came over https', () => {
    const headers: string[] = []
    const reply = { header: (_: string, value: string) => headers.push(value) } as unknown as FastifyReply
    setSessionCookie({ protocol: 'https' } as FastifyRequest, reply, 'token', new Date(Date.now() + 60_000))
    setSessionCookie({ protocol: 'http' } as FastifyRequest, reply, 'token', new Date(Date.now() + 60_000))
    clearSessionCookie({ protocol: 'https' } as FastifyRequest, reply)
    expect(headers[0]).toMatch(/; Secure$/)
    expect(headers[1]).not.toContain('Secure')
    expect(headers[2]).toMatch(/^chain_session=; Max-Age=0;.*; Secure$/)
  })

  it('stores only the hash of the token', async () => {
    const { app, db } = await instance()
    const token = cookieOf(await loginAs(app, 'admin', PASSWORD)).split('=')[1]!
    const rows = await db.selectFrom('sessions').select('id').execute()
    expect(rows).toHaveLength(1)
    expect(rows[0]!.id).not.toBe(token)
    expect(rows[0]!.id).toMatch(/^[0-9a-f]{64}$/)
  })

  it('answers 401 unauthorized for a wrong password, an unknown user and a disabled user', async () => {
    const { app, db } = await instance()
    await db.updateTable('users').set({ active: 0 }).where('username', '=', 'dept').execute()
    for (const [username, password] of [
      ['liaison', 'wrong password'],
      ['nobody', PASSWORD],
      ['dept', PASSWORD],
    ] as const) {
      const res = await loginAs(app, username, password)
      expect(res.statusCode).toBe(401)
      expect(res.json().error.code).toBe('unauthorized')
      expect(res.headers['set-cookie']).toBeUndefined()
    }
  })

  it('answers 400 validation_failed naming a missing field', async () => {
    const { app } = await instance()
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin' } })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.fields).toHaveProperty('password')
  })
})

describe('GET /api/auth/me and POST /api/auth/logout', () => {
  it('answers 200 with no user without a cookie or with an unknown token (asking is not an error)', async () => {
    const { app } = await instance()
    for (const headers of [{}, { cookie: 'chain_session=forged' }]) {
      const res = await app.inject({ method: 'GET', url: '/api/auth/me', headers })
      expect(res.statusCode).toBe(200)
      expect(res.json()).toEqual({ user: null })
    }
  })

  it('logout ends the session and clears the cookie', async () => {
    const { app } = await instance()
    const cookie = cookieOf(await loginAs(app, 'admin', PASSWORD))
    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })
    expect(out.statusCode).toBe(204)
    expect(String(out.headers['set-cookie'])).toMatch(/^chain_session=; Max-Age=0/)
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).json().user).toBeNull()
  })

  it('a disabled user loses an open session', async () => {
    const { app, db } = await instance()
    const cookie = cookieOf(await loginAs(app, 'dept', PASSWORD))
    await db.updateTable('users').set({ active: 0 }).where('username', '=', 'dept').execute()
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).json().user).toBeNull()
  })
})

describe('POST /api/auth/password', () => {
  const change = (app: FastifyInstance, cookie: string | undefined, payload: object) =>
    app.inject({ method: 'POST', url: '/api/auth/password', payload, headers: cookie ? { cookie } : {} })

  it('changes the password: the new one signs in, the old one no longer does', async () => {
    const { app } = await instance()
    const cookie = cookieOf(await loginAs(app, 'liaison', PASSWORD))
    expect(
      (await change(app, cookie, { currentPassword: PASSWORD, newPassword: 'a brand new secret' })).statusCode,
    ).toBe(204)
    expect((await loginAs(app, 'liaison', PASSWORD)).statusCode).toBe(401)
    expect((await loginAs(app, 'liaison', 'a brand new secret')).statusCode).toBe(200)
    // The session that made the change stays signed in.
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).json().user).not.toBeNull()
  })

  it("ends the user's other sessions", async () => {
    const { app } = await instance()
    const mine = cookieOf(await loginAs(app, 'liaison', PASSWORD))
    const other = cookieOf(await loginAs(app, 'liaison', PASSWORD))
    await change(app, mine, { currentPassword: PASSWORD, newPassword: 'a brand new secret' })
    expect(
      (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: other } })).json().user,
    ).toBeNull()
  })

  it('refuses a wrong current password with 403, a short new one with 400, and no session with 401', async () => {
    const { app } = await instance()
    const cookie = cookieOf(await loginAs(app, 'liaison', PASSWORD))
    const wrong = await change(app, cookie, { currentPassword: 'not it', newPassword: 'a brand new secret' })
    expect(wrong.statusCode).toBe(403)
    expect(wrong.json().error.code).toBe('forbidden')
    const short = await change(app, cookie, { currentPassword: PASSWORD, newPassword: 'short' })
    expect(short.statusCode).toBe(400)
    expect(short.json().error.code).toBe('validation_failed')
    expect(short.json().error.fields).toHaveProperty('newPassword')
    expect(
      (await change(app, undefined, { currentPassword: PASSWORD, newPassword: 'a brand new secret' })).statusCode,
    ).toBe(401)
    expect((await loginAs(app, 'liaison', PASSWORD)).statusCode).toBe(200)
  })
})

describe('cross-site writes', () => {
  it('refuses a POST to /api whose Origin is another site with 403 forbidden', async () => {
    const { app } = await instance()
    const res = await loginAs(app, 'admin', PASSWORD, { origin: 'https://evil.example' })
    expect(res.statusCode).toBe(403)
    expect(res.json().error.code).toBe('forbidden')
    expect(res.headers['set-cookie']).toBeUndefined()
  })

  it("accepts a POST from the request's own origin and one without Origin", async () => {
    const { app } = await instance()
    // app.inject's default host is localhost:80.
    expect((await loginAs(app, 'admin', PASSWORD, { origin: 'http://localhost:80' })).statusCode).toBe(200)
    expect((await loginAs(app, 'admin', PASSWORD)).statusCode).toBe(200)
  })

  it('leaves reads from another origin alone', async () => {
    const { app } = await instance()
    expect(
      (await app.inject({ method: 'GET', url: '/api/health', headers: { origin: 'https://evil.example' } })).statusCode,
    ).toBe(200)
  })
})

describe('start-up accounts', () => {
  let db: Kysely<Database>
  let bareDir: string
  beforeAll(() => {
    bareDir = mkdtempSync(join(tmpdir(), 'chain-boot-'))
  })
  afterAll(() => rmSync(bareDir, { recursive: true, force: true }))
  afterEach(async () => db.destroy())

  it('a production start refuses without CHAIN_ADMIN_PASSWORD or with a short one, then creates admin from it', async () => {
    db = openDatabase(join(bareDir, 'prod.sqlite'))
    await migrateToLatest(db)
    await expect(ensureFirstAdmin(db, undefined)).rejects.toThrow(/CHAIN_ADMIN_PASSWORD/)
    await expect(ensureFirstAdmin(db, 'short')).rejects.toThrow(/at least 10/)
    expect(await ensureFirstAdmin(db, 'production secret')).toBe(true)
    const admin = await db.selectFrom('users').selectAll().where('username', '=', 'admin').executeTakeFirstOrThrow()
    expect(admin.role).toBe('admin')
    expect(admin.active).toBe(1)
    expect(await verifyPassword('production secret', admin.password_hash!)).toBe(true)
    // A second start changes nothing and needs no password.
    expect(await ensureFirstAdmin(db, undefined)).toBe(false)

    const app = await buildApp({ db })
    try {
      expect((await loginAs(app, 'admin', 'production secret')).statusCode).toBe(200)
    } finally {
      await app.close()
    }
  })

  it('a production start loads the counties only: no chains, departments, demo records or accounts (issue 11 §3)', async () => {
    db = openDatabase(join(bareDir, 'structure.sqlite'))
    await migrateToLatest(db)
    await seedProgrammeStructure(db, '2026-11-26')
    await ensureFirstAdmin(db, 'production secret')
    const count = async (
      table:
        | 'chains'
        | 'segments'
        | 'counties'
        | 'departments'
        | 'enterprises'
        | 'visits'
        | 'bottlenecks'
        | 'recommendations'
        | 'users',
    ) =>
      Number(
        (
          await db
            .selectFrom(table)
            .select(eb => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      )
    expect(await count('counties')).toBe(8)
    for (const table of [
      'chains',
      'segments',
      'departments',
      'enterprises',
      'visits',
      'bottlenecks',
      'recommendations',
    ] as const)
      expect(await count(table), table).toBe(0)
    expect((await db.selectFrom('users').select('username').execute()).map(u => u.username)).toEqual(['admin'])
  })

  it('the demo start gives the demo accounts the demo password once, with one shared hash', async () => {
    db = openDatabase(join(bareDir, 'demo.sqlite'))
    await migrateToLatest(db)
    await seedWorld(db, buildTestWorld())
    expect(await ensureDemoPasswords(db)).toEqual(['admin', 'liaison'])
    const rows = await db.selectFrom('users').select(['username', 'password_hash']).orderBy('id').execute()
    expect(rows.find(r => r.username === 'dept')!.password_hash).toBeNull()
    const hashes = rows.filter(r => r.password_hash).map(r => r.password_hash!)
    expect(new Set(hashes).size).toBe(1)
    expect(await verifyPassword(DEMO_PASSWORD, hashes[0]!)).toBe(true)
    // A changed password survives the next start.
    await db.updateTable('users').set({ password_hash: 'kept' }).where('username', '=', 'admin').execute()
    await ensureDemoPasswords(db)
    expect(
      (await db.selectFrom('users').select('password_hash').where('username', '=', 'admin').executeTakeFirstOrThrow())
        .password_hash,
    ).toBe('kept')
  })
})

describe('password hashes', () => {
  it('are scrypt$N$r$p$salt$hash with a fresh salt each time, and reject malformed input', async () => {
    const a = await hashPassword('same password')
    const b = await hashPassword('same password')
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/)
    expect(a).not.toBe(b)
    expect(await verifyPassword('same password', b)).toBe(true)
    expect(await verifyPassword('other password', a)).toBe(false)
    expect(await verifyPassword('same password', 'plain text')).toBe(false)
  })
})
