/**
 * Which world a database holds: the demo seed marks it (a settings row `world` = "demo", beside
 * the other installation settings of migrations 005 and 009), so a production start can refuse it.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

const KEY = 'world'

/** Marks the database as holding the generated demo world (inside the seed's transaction). */
export async function markDemoWorld(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key: KEY, value_json: JSON.stringify('demo'), version: 1 })
    .onConflict(oc => oc.column('key').doUpdateSet({ value_json: JSON.stringify('demo') }))
    .execute()
}

/** Whether the demo seed marked this database. */
export async function isMarkedDemo(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('settings').select('value_json').where('key', '=', KEY).executeTakeFirst()
  return row !== undefined && JSON.parse(row.value_json) === 'demo'
}
