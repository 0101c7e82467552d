/**
 * Sign-in that cannot be turned against users (issue 10, findings 9 and 10): failures slow an
 * outsider down but never lock the account or the address; a device that signed in before is not
 * slowed at all; wrong current passwords count too; failures are logged and password changes and
 * resets audited without a hash. The clock is injected: no test sleeps.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildApp } from '../../server/app'
import { openDatabase } from '../../server/db/database'
import { migrateToLatest } from '../../server/db/migrate'
import { seedWorld } from '../../server/db/seed'
import type { Database } from '../../server/db/schema'
import { hashPassword } from '../../server/services/passwords'
import { sessionId } from '../../server/services/auth'
import { sweepSignInRecords } from '../../server/services/signInHousekeeping'
import { buildTestWorld, TEST_TODAY } from '../support/apiWorld'

const PASSWORD = 'correct horse battery'
const START = Date.parse('2026-06-30T02:00:00.000Z')

let dir: string
let file: string
let clock: number
const open: { app: FastifyInstance; db: Kysely<Database> }[] = []
const logLines: string[] = []

async function instance(trustProxy = true) {
  const db = openDatabase(file)
  const app = await buildApp({
    db,
    today: () => TEST_TODAY,
    authNow: () => new Date(clock),
    trustProxy,
    logger: { level: 'info', stream: { write: line => void logLines.push(line) } },
  })
  open.push({ app, db })
  return { app, db }
}

beforeEach(async () => {
  clock = START
  logLines.length = 0
  dir = mkdtempSync(join(tmpdir(), 'chain-signin-'))
  file = join(dir, 'test.sqlite')
  const db = openDatabase(file)
  await migrateToLatest(db)
  await seedWorld(db, buildTestWorld())
  await db
    .updateTable('users')
    .set({ password_hash: await hashPassword(PASSWORD) })
    .execute()
  await db.destroy()
})

afterEach(async () => {
  for (const { app, db } of open.splice(0)) {
    await app.close()
    await db.destroy()
  }
  rmSync(dir, { recursive: true, force: true })
})

const OUTSIDER = '198.51.100.66'
const OFFICE = '203.0.113.7'

function signIn(app: FastifyInstance, username: string, password: string, from = OFFICE, cookie?: string) {
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    headers: { 'x-forwarded-for': from, ...(cookie ? { cookie } : {}) },
  })
}

/** The `name=value` of cookie `name` among a response's Set-Cookie headers. */
function cookieNamed(res: { headers: Record<string, unknown> }, name: string): string | undefined {
  const all = ([] as unknown[]).concat(res.headers['set-cookie'] ?? []).map(String)
  return all.find(c => c.startsWith(`${name}=`))
}

async function fail(app: FastifyInstance, username: string, times: number, from = OUTSIDER) {
  for (let i = 0; i < times; i++) {
    const res = await signIn(app, username, `wrong ${i}`, from)
    expect(res.statusCode, `failure ${i}`).toBe(401)
  }
}

describe('an outsider cannot lock a user out', () => {
  it('five wrong passwords from elsewhere leave the right password working at once (today: a 15-minute lock)', async () => {
    const { app } = await instance()
    await fail(app, 'admin', 5)
    expect((await signIn(app, 'admin', PASSWORD)).statusCode).toBe(200)
  })

  it('after 20 failures in an hour a try comes at most every 10 s, answered 429 with Retry-After, on every instance', async () => {
    const first = await instance()
    await fail(first.app, 'liaison', 20)
    const limited = await signIn(first.app, 'liaison', PASSWORD)
    expect(limited.statusCode).toBe(429)
    expect(limited.json().error.code).toBe('rate_limited')
    expect(Number(limited.headers['retry-after'])).toBe(10)
    const second = await instance()
    expect((await signIn(second.app, 'liaison', PASSWORD, '192.0.2.1')).statusCode).toBe(429)

    clock += 4_000
    expect(Number((await signIn(first.app, 'liaison', PASSWORD)).headers['retry-after'])).toBe(6)
    clock += 6_000
    expect((await signIn(second.app, 'liaison', PASSWORD)).statusCode).toBe(200)
  })

  it('a refused try does not count as a try: hammering never extends the wait', async () => {
    const { app } = await instance()
    await fail(app, 'liaison', 20)
    for (let s = 1; s <= 9; s++) {
      clock += 1_000
      expect((await signIn(app, 'liaison', 'guess', OUTSIDER)).statusCode).toBe(429)
    }
    clock += 1_000
    expect((await signIn(app, 'liaison', PASSWORD)).statusCode).toBe(200)
  })

  it('the slowdown ends an hour after the first failure', async () => {
    const { app } = await instance()
    await fail(app, 'liaison', 20)
    clock += 3_600_000
    await fail(app, 'liaison', 19)
    expect((await signIn(app, 'liaison', PASSWORD)).statusCode).toBe(200)
  })

  it("a device that signed in as the user before is not slowed by others' failures", async () => {
    const { app, db } = await instance()
    const first = await signIn(app, 'liaison', PASSWORD)
    const device = cookieNamed(first, 'chain_device')!
    expect(device).toMatch(/^chain_device=[\w-]{43}; Max-Age=\d+; Path=\/; HttpOnly; SameSite=Lax/)
    const token = device.split(';')[0]!.split('=')[1]!
    // Stored hashed only.
    const stored = await db.selectFrom('login_devices').select('token_hash').execute()
    expect(stored.map(r => r.token_hash)).toEqual([sessionId(token)])

    await fail(app, 'liaison', 20)
    expect((await signIn(app, 'liaison', PASSWORD)).statusCode).toBe(429)
    const known = await signIn(app, 'liaison', PASSWORD, OFFICE, device.split(';')[0])
    expect(known.statusCode).toBe(200)
    // The same cookie is no pass for another user.
    await fail(app, 'admin', 20)
    expect((await signIn(app, 'admin', PASSWORD, OFFICE, device.split(';')[0])).statusCode).toBe(429)
  })

  it('a known device that keeps failing loses its waiver', async () => {
    const { app } = await instance()
    const device = cookieNamed(await signIn(app, 'liaison', PASSWORD), 'chain_device')!.split(';')[0]!
    await fail(app, 'liaison', 10)
    for (let i = 0; i < 10; i++)
      expect((await signIn(app, 'liaison', `stolen cookie ${i}`, OUTSIDER, device)).statusCode).toBe(401)
    expect((await signIn(app, 'liaison', PASSWORD, OUTSIDER, device)).statusCode).toBe(429)
  })

  it('one address is limited separately and generously: 100 failures across usernames, then one try per 10 s there only', async () => {
    const { app } = await instance()
    const device = cookieNamed(await signIn(app, 'admin', PASSWORD, OFFICE), 'chain_device')!.split(';')[0]!
    for (let i = 0; i < 100; i++) expect((await signIn(app, `nobody${i}`, 'x', OFFICE)).statusCode).toBe(401)
    const limited = await signIn(app, 'liaison', PASSWORD, OFFICE)
    expect(limited.statusCode).toBe(429)
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(10)
    expect((await signIn(app, 'liaison', PASSWORD, '192.0.2.44')).statusCode).toBe(200)
    expect((await signIn(app, 'admin', PASSWORD, OFFICE, device)).statusCode).toBe(200)
    clock += 10_000
    expect((await signIn(app, 'liaison', PASSWORD, OFFICE)).statusCode).toBe(200)
  })

  it('logs each failed and each throttled sign-in with the username, never the password', async () => {
    const { app } = await instance()
    await fail(app, 'liaison', 20)
    await signIn(app, 'liaison', 'the-secret-guess')
    const lines = logLines.map(l => JSON.parse(l) as Record<string, unknown>)
    expect(lines.filter(l => l.msg === 'sign-in failed' && l.username === 'liaison')).toHaveLength(20)
    expect(lines.filter(l => l.msg === 'sign-in throttled' && l.username === 'liaison')).toHaveLength(1)
    expect(logLines.join('\n')).not.toContain('wrong 1')
    expect(logLines.join('\n')).not.toContain('the-secret-guess')
  })
})

describe("changing one's own password", () => {
  async function signedIn(app: FastifyInstance, username: string) {
    return cookieNamed(await signIn(app, username, PASSWORD), 'chain_session')!.split(';')[0]!
  }
  const change = (app: FastifyInstance, cookie: string, currentPassword: string, newPassword = 'a brand new secret') =>
    app.inject({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword, newPassword },
      headers: { cookie, 'x-forwarded-for': OFFICE },
    })

  it('wrong current passwords count as failed sign-ins and are throttled like them (today: unlimited)', async () => {
    const { app } = await instance()
    const cookie = await signedIn(app, 'liaison')
    for (let i = 0; i < 20; i++) expect((await change(app, cookie, `guess ${i}`)).statusCode).toBe(403)
    const limited = await change(app, cookie, PASSWORD)
    expect(limited.statusCode).toBe(429)
    expect(Number(limited.headers['retry-after'])).toBe(10)
    // They count for sign-in too: a new device is slowed as well.
    expect((await signIn(app, 'liaison', PASSWORD, '192.0.2.9')).statusCode).toBe(429)
    clock += 10_000
    expect((await change(app, cookie, PASSWORD)).statusCode).toBe(204)
  })

  it("a change is audited as the user's own, without the password or any hash (today: not audited)", async () => {
    const { app, db } = await instance()
    const cookie = await signedIn(app, 'liaison')
    expect((await change(app, cookie, PASSWORD, 'a brand new secret')).statusCode).toBe(204)
    const entries = await db
      .selectFrom('audit_entries')
      .selectAll()
      .where('entity_type', '=', 'user')
      .where('entity_id', '=', 2)
      .execute()
    expect(entries.map(e => [e.action, e.actor_id])).toEqual([['change_password', 2]])
    const text = JSON.stringify(entries)
    expect(text).not.toContain('scrypt$')
    expect(text).not.toContain('a brand new secret')
  })

  it("an admin reset is audited without a hash, and the user's devices are no longer exempt", async () => {
    const { app, db } = await instance()
    const device = cookieNamed(await signIn(app, 'liaison', PASSWORD), 'chain_device')!.split(';')[0]!
    const admin = await signedIn(app, 'admin')
    const reset = await app.inject({
      method: 'POST',
      url: '/api/admin/users/2/password',
      payload: { password: 'reset by the admin' },
      headers: { cookie: admin },
    })
    expect(reset.statusCode).toBe(200)
    const entries = await db
      .selectFrom('audit_entries')
      .selectAll()
      .where('entity_type', '=', 'user')
      .where('action', '=', 'reset_password')
      .execute()
    expect(entries).toHaveLength(1)
    expect(JSON.stringify(entries)).not.toContain('scrypt$')
    await fail(app, 'liaison', 20)
    expect((await signIn(app, 'liaison', 'reset by the admin', OFFICE, device)).statusCode).toBe(429)
  })
})

describe('housekeeping', () => {
  it('forgets failure counters an hour old and devices unused for 180 days, nothing newer', async () => {
    const { app, db } = await instance()
    await signIn(app, 'liaison', PASSWORD)
    await fail(app, 'admin', 2)
    clock += 30 * 60_000
    await fail(app, 'dept', 1)
    const keys = async () =>
      (await db.selectFrom('login_attempts').select('key').orderBy('key').execute()).map(r => r.key)
    expect(await keys()).toEqual([`ip:${OUTSIDER}`, 'user:admin', 'user:dept'])

    clock += 31 * 60_000
    // The address's window opened with admin's first failure, an hour ago too.
    expect(await sweepSignInRecords(db, new Date(clock))).toEqual({ counters: 2, devices: 0 })
    expect(await keys()).toEqual(['user:dept'])
    expect(await sweepSignInRecords(db, new Date(clock + 180 * 86_400_000))).toEqual({ counters: 1, devices: 1 })
  })
})
