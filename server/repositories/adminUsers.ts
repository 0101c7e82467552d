/** Users as the admin manages them: never with their password hash. */
import type { Kysely } from 'kysely'
import type { AdminUser, Role } from '#contract'
import type { Database } from '../db/schema'
import { groupBy } from './paging'

const COLUMNS = ['id', 'username', 'display_name', 'role', 'department_id', 'active', 'version'] as const

/** Every user (or the one with `id`), with chain scope in the user's order. */
export async function listAdminUsers(db: Kysely<Database>, id?: number): Promise<AdminUser[]> {
  let query = db
    .selectFrom('users')
    .select([...COLUMNS])
    .orderBy('id')
  if (id !== undefined) query = query.where('id', '=', id)
  const rows = await query.execute()
  if (rows.length === 0) return []
  const chains = groupBy(
    await db
      .selectFrom('user_chains')
      .select(['user_id', 'chain_id'])
      .where(
        'user_id',
        'in',
        rows.map(r => r.id),
      )
      .orderBy('user_id')
      .orderBy('position')
      .execute(),
    c => c.user_id,
  )
  return rows.map(r => ({
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role as Role,
    chainIds: (chains.get(r.id) ?? []).map(c => c.chain_id),
    departmentId: r.department_id,
    active: r.active === 1,
    version: r.version ?? 1,
  }))
}

/** One user, or undefined. */
export async function findAdminUser(db: Kysely<Database>, id: number): Promise<AdminUser | undefined> {
  return (await listAdminUsers(db, id))[0]
}

/** The id of the user called `username` (case-insensitively), if any. */
export async function userIdByUsername(db: Kysely<Database>, username: string): Promise<number | undefined> {
  const rows = await db.selectFrom('users').select(['id', 'username']).execute()
  return rows.find(r => r.username.toLowerCase() === username.toLowerCase())?.id
}

/** Inserts a user with its password hash. */
export async function insertUser(
  db: Kysely<Database>,
  u: Omit<AdminUser, 'version'>,
  passwordHash: string,
): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id: u.id,
      username: u.username,
      display_name: u.displayName,
      role: u.role,
      department_id: u.departmentId,
      active: u.active ? 1 : 0,
      password_hash: passwordHash,
      version: 1,
    })
    .execute()
  await setUserChains(db, u.id, u.chainIds)
}

/** Writes a user's editable fields (not its version, which bumpVersion moves). */
export async function updateUser(db: Kysely<Database>, u: AdminUser): Promise<void> {
  await db
    .updateTable('users')
    .set({ display_name: u.displayName, role: u.role, department_id: u.departmentId, active: u.active ? 1 : 0 })
    .where('id', '=', u.id)
    .execute()
  await setUserChains(db, u.id, u.chainIds)
}

/** Replaces a user's chain scope. */
export async function setUserChains(db: Kysely<Database>, userId: number, chainIds: readonly number[]): Promise<void> {
  await db.deleteFrom('user_chains').where('user_id', '=', userId).execute()
  if (chainIds.length > 0)
    await db
      .insertInto('user_chains')
      .values(chainIds.map((chain_id, position) => ({ user_id: userId, chain_id, position })))
      .execute()
}

/** Ends every session of `userId` (on disable or password reset). */
export async function deleteSessionsOf(db: Kysely<Database>, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute()
}

/** Ids among `ids` that exist in `table`. */
export async function existingIds(
  db: Kysely<Database>,
  table: 'chains' | 'departments' | 'users',
  ids: readonly number[],
): Promise<Set<number>> {
  if (ids.length === 0) return new Set()
  const rows = await db
    .selectFrom(table)
    .select('id')
    .where('id', 'in', [...ids])
    .execute()
  return new Set(rows.map(r => r.id))
}
