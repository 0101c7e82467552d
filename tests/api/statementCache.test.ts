import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql, type Kysely } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from '../../server/db/database'
import type { Database } from '../../server/db/schema'

let dir: string
let db: Kysely<Database>
afterEach(async () => {
  await db.destroy()
  rmSync(dir, { recursive: true, force: true })
})

function open(): Kysely<Database> {
  dir = mkdtempSync(join(tmpdir(), 'chain-statements-'))
  return (db = openDatabase(join(dir, 'test.sqlite')))
}

describe('prepared statements reused across queries', () => {
  it('see every write made since they were first run', async () => {
    open()
    await sql`create table t (id integer primary key, name text not null)`.execute(db)
    const names = async () =>
      (await sql<{ name: string }>`select name from t order by id`.execute(db)).rows.map(r => r.name)
    await sql`insert into t (name) values (${'a'})`.execute(db)
    expect(await names()).toEqual(['a'])
    await sql`insert into t (name) values (${'b'})`.execute(db)
    expect(await names()).toEqual(['a', 'b'])
  })

  it('follow a schema change: select * returns a column added after its first run', async () => {
    open()
    await sql`create table t (id integer primary key)`.execute(db)
    await sql`insert into t (id) values (1)`.execute(db)
    const all = async () => (await sql<Record<string, unknown>>`select * from t`.execute(db)).rows
    expect(await all()).toEqual([{ id: 1 }])
    await sql`alter table t add column note text not null default 'x'`.execute(db)
    expect(await all()).toEqual([{ id: 1, note: 'x' }])
  })

  it('run within and after a transaction that rolled back', async () => {
    open()
    await sql`create table t (id integer primary key)`.execute(db)
    const count = async (d: Kysely<Database>) =>
      Number((await sql<{ n: number }>`select count(*) as n from t`.execute(d)).rows[0]!.n)
    await expect(
      db.transaction().execute(async trx => {
        await sql`insert into t (id) values (1)`.execute(trx)
        expect(await count(trx)).toBe(1)
        throw new Error('roll back')
      }),
    ).rejects.toThrow('roll back')
    expect(await count(db)).toBe(0)
  })
})
