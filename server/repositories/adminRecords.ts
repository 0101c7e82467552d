/**
 * Shared pieces of the admin repositories: the next explicit id (PostgreSQL tables here have no
 * sequence, like bootstrapAccounts' insert) and the optimistic version check.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

type IdTable = 'users' | 'departments' | 'enterprises' | 'segments'

/** The next free id of `table`; call inside the write's transaction. */
export async function nextId(db: Kysely<Database>, table: IdTable): Promise<number> {
  const { max } = await db
    .selectFrom(table)
    .select(eb => eb.fn.max<number>('id').as('max'))
    .executeTakeFirstOrThrow()
  return Number(max ?? 0) + 1
}

type VersionedTable = 'users' | 'chains' | 'departments' | 'enterprises'

/**
 * Moves `table` row `id` from `version` to `version + 1`; false when the row is at another
 * version (someone else saved first), so the caller answers 409 stale_version.
 */
export async function bumpVersion(
  db: Kysely<Database>,
  table: VersionedTable,
  id: number,
  version: number,
): Promise<boolean> {
  const res = await db
    .updateTable(table)
    .set({ version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(res.numUpdatedRows) === 1
}
