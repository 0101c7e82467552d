import type { Kysely } from 'kysely'
import { sql } from 'kysely'

/** The last migration applied to this database (Kysely's own table), e.g. '016_open_on_day_index'. */
export async function readSchemaVersion<DB>(db: Kysely<DB>): Promise<string | null> {
  const { rows } = await sql<{ name: string }>`select max(name) as name from kysely_migration`.execute(db)
  return rows[0]?.name ?? null
}
