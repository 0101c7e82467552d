/**
 * Sessions end 7 days after sign-in, or after 8 h (configurable) without a user-initiated
 * request; background refreshes (`X-Background: 1`) do not count as use. Sessions opened before
 * the idle timeout existed keep their expiry. The clock is injected: no test sleeps.
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
import { buildTestWorld, TEST_TODAY } from '../support/apiWorld'

const PASSWORD = 'correct horse battery'
const HOUR = 3_600_000

let dir: string
let db: Kysely<Database>
let app: FastifyInstance
let clock: number

async function start(sessionIdleMs?: number) {
  app = await buildApp({ db, today: () => TEST_TODAY, authNow: () => new Date(clock), sessionIdleMs })
}

beforeEach(async () => {
  clock = Date.parse('2026-06-30T01:00:00.000Z')
  dir = mkdtempSync(join(tmpdir(), 'chain-idle-'))
  db = openDatabase(join(dir, 'test.sqlite'))
  await migrateToLatest(db)
  await seedWorld(db, buildTestWorld())
  await db
    .updateTable('users')
    .set({ password_hash: await hashPassword(PASSWORD) })
    .execute()
})

afterEach(async () => {
  await app.close()
  await db.destroy()
  rmSync(dir, { recursive: true, force: true })
})

async function signIn(): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'liaison', password: PASSWORD },
  })
  expect(res.statusCode).toBe(200)
  return ([] as string[])
    .concat(res.headers['set-cookie'] as string | string[])
    .find(c => c.startsWith('chain_session='))!
    .split(';')[0]!
}

async function read(cookie: string, background = false): Promise<number> {
  const res = await app.inject({
    method: 'GET',
    url: '/api/chains',
    headers: { cookie, ...(background ? { 'x-background': '1' } : {}) },
  })
  return res.statusCode
}

describe('the idle timeout', () => {
  it("ends a session 8 hours after the user's last request (today: it lasts 7 days)", async () => {
    await start()
    const cookie = await signIn()
    clock += 8 * HOUR
    expect(await read(cookie)).toBe(401)
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).json().user).toBeNull()
  })

  it('is pushed back by every request the user makes', async () => {
    await start()
    const cookie = await signIn()
    for (let i = 0; i < 3; i++) {
      clock += 7 * HOUR
      expect(await read(cookie), `after ${7 * (i + 1)} h`).toBe(200)
    }
  })

  it('is not pushed back by background refreshes (X-Background: 1)', async () => {
    await start()
    const cookie = await signIn()
    clock += 4 * HOUR
    expect(await read(cookie, true)).toBe(200)
    clock += 3 * HOUR
    expect(await read(cookie, true)).toBe(200)
    clock += HOUR
    expect(await read(cookie, true)).toBe(401)
  })

  it("takes its length from the app's setting (SESSION_IDLE_MINUTES)", async () => {
    await start(30 * 60_000)
    const cookie = await signIn()
    clock += 29 * 60_000
    expect(await read(cookie)).toBe(200)
    clock += 30 * 60_000
    expect(await read(cookie)).toBe(401)
  })
})

describe('the absolute lifetime', () => {
  it('stays 7 days however busy the session is', async () => {
    await start()
    const cookie = await signIn()
    for (let h = 6; h < 7 * 24; h += 6) {
      clock += 6 * HOUR
      expect(await read(cookie), `after ${h} h`).toBe(200)
    }
    clock += 6 * HOUR
    expect(await read(cookie)).toBe(401)
  })

  it('sessions opened before the idle timeout existed keep their expiry', async () => {
    await start()
    const user = await db.selectFrom('users').select('id').where('username', '=', 'liaison').executeTakeFirstOrThrow()
    const token = 'opened-before-migration-011-aaaaaaaaaaaaaaaa'
    const created = new Date(clock - 3 * 24 * HOUR).toISOString()
    await db
      .insertInto('sessions')
      .values({
        id: sessionId(token),
        user_id: user.id,
        created_at: created,
        last_seen_at: created,
        expires_at: new Date(clock + 4 * 24 * HOUR).toISOString(),
        active_at: null,
      })
      .execute()
    expect(await read(`chain_session=${token}`)).toBe(200)
  })
})
