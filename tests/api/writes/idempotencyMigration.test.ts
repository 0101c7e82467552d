/**
 * Migration 010 on a table as migration 004 left it: the answers already stored survive with no
 * body hash (so they count as matching), and the key becomes unique per user, route and key.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Kysely } from 'kysely'
import { openDatabase } from '../../../server/db/database'
import { migrateTo } from '../../../server/db/migrate'
import type { Database } from '../../../server/db/schema'
import { down, up } from '../../../server/db/migrations/010_idempotency_route_hash'

let db: Kysely<Database>
const row = (route: string, key: string) => ({
  user_id: 1,
  key,
  route,
  status: 201,
  body_json: '{"id":1}',
  created_at: '2026-06-30T12:00:00+08:00',
})

beforeEach(async () => {
  db = openDatabase(':memory:')
  // The schema just before 010: the idempotency table as 004_writes.ts created it.
  await migrateTo(db, '009_settings_secret')
  await db
    .insertInto('idempotency_keys')
    .values([row('POST /api/visits', 'a'), row('POST /api/recommendations', 'b')])
    .execute()
})
afterEach(async () => db.destroy())

describe('migration 010', () => {
  it('keeps the stored answers, each without a body hash', async () => {
    await up(db as Kysely<unknown>)
    const rows = await db.selectFrom('idempotency_keys').selectAll().orderBy('key').execute()
    expect(rows).toEqual([
      { ...row('POST /api/visits', 'a'), body_hash: null },
      { ...row('POST /api/recommendations', 'b'), body_hash: null },
    ])
  })

  it('makes a key unique per user and route: the same key on another route is a new row, on the same route a conflict', async () => {
    await up(db as Kysely<unknown>)
    await db
      .insertInto('idempotency_keys')
      .values({ ...row('POST /api/bottlenecks', 'a'), body_hash: 'h' })
      .execute()
    await expect(
      db
        .insertInto('idempotency_keys')
        .values({ ...row('POST /api/visits', 'a'), body_hash: 'h' })
        .execute(),
    ).rejects.toThrow(/UNIQUE|PRIMARY/i)
  })

  it('goes down to the table of 004 (dropping the cached answers)', async () => {
    await up(db as Kysely<unknown>)
    await down(db as Kysely<unknown>)
    await db.insertInto('idempotency_keys').values(row('POST /api/visits', 'a')).execute()
    await expect(db.insertInto('idempotency_keys').values(row('POST /api/bottlenecks', 'a')).execute()).rejects.toThrow(
      /UNIQUE|PRIMARY/i,
    )
  })
})
