/** Users as the auth code sees them: credentials, scope, and password updates. */
import type { Kysely } from 'kysely'
import type { Role, SessionUser } from '#contract'
import type { Database } from '../db/schema'

export interface Credentials {
  id: number
  active: boolean
  passwordHash: string | null
}

/** The credentials of `username`, or undefined when there is no such user. */
export async function findCredentials(db: Kysely<Database>, username: string): Promise<Credentials | undefined> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'active', 'password_hash'])
    .where('username', '=', username)
    .executeTakeFirst()
  return row && { id: row.id, active: row.active === 1, passwordHash: row.password_hash }
}

/** The password hash of user `id` (null when none is set). */
export async function passwordHashOf(db: Kysely<Database>, id: number): Promise<string | null> {
  const row = await db.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirst()
  return row?.password_hash ?? null
}

/** Who user `id` is, with chain scope in the user's own order; undefined for a missing or disabled user. */
export async function findSessionUser(db: Kysely<Database>, id: number): Promise<SessionUser | undefined> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'role', 'department_id', 'active'])
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row || row.active !== 1) return undefined
  const chains = await db
    .selectFrom('user_chains')
    .select('chain_id')
    .where('user_id', '=', id)
    .orderBy('position')
    .execute()
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    chainIds: chains.map(c => c.chain_id),
    departmentId: row.department_id,
  }
}

/** Sets user `id`'s password hash. */
export async function setPasswordHash(db: Kysely<Database>, id: number, hash: string): Promise<void> {
  await db.updateTable('users').set({ password_hash: hash }).where('id', '=', id).execute()
}
