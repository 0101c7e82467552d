import { sql, type Kysely } from 'kysely'
import type { Database } from '../db/schema'

/** The data_version row: every write bumps it, and the aggregate cache keys on it. */
export async function readDataVersion(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', 'data_version').executeTakeFirst()
  return Number(row?.value ?? 0)
}

/** Bumps data_version; call inside the write's transaction so readers never see data without it. */
export async function bumpDataVersion(db: Kysely<Database>): Promise<void> {
  await db
    .updateTable('meta')
    .set({ value: sql<number>`value + 1` })
    .where('key', '=', 'data_version')
    .execute()
}

/**
 * True when nothing was ever seeded (a fresh file, to be loaded with the demo world or the
 * production structure). Every seed writes the counties first; a production database has them
 * and no chains until its admin creates one, so chains cannot tell.
 */
export async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('counties').select('code').limit(1).executeTakeFirst()
  return row === undefined
}
