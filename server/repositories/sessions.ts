/** Sessions by the SHA-256 of their token; expired rows are ignored and swept on login. */
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

/** `activeAt`: the last user-initiated request; null on sessions opened before migration 011. */
export interface SessionRow {
  userId: number
  expiresAt: string
  lastSeenAt: string
  activeAt: string | null
}

/** Stores a new session for `userId`. */
export async function insertSession(
  db: Kysely<Database>,
  id: string,
  userId: number,
  now: string,
  expiresAt: string,
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ id, user_id: userId, created_at: now, expires_at: expiresAt, last_seen_at: now, active_at: now })
    .execute()
}

/** The live (unexpired at `now`) session `id`, if any. */
export async function findLiveSession(db: Kysely<Database>, id: string, now: string): Promise<SessionRow | undefined> {
  const row = await db
    .selectFrom('sessions')
    .select(['user_id', 'expires_at', 'last_seen_at', 'active_at'])
    .where('id', '=', id)
    .where('expires_at', '>', now)
    .executeTakeFirst()
  return (
    row && {
      userId: row.user_id,
      expiresAt: row.expires_at,
      lastSeenAt: row.last_seen_at,
      activeAt: row.active_at ?? null,
    }
  )
}

/** Records a request on session `id`; `byUser` (not a background refresh) also keeps it from idling out. */
export async function touchSession(db: Kysely<Database>, id: string, now: string, byUser: boolean): Promise<void> {
  await db
    .updateTable('sessions')
    .set(byUser ? { last_seen_at: now, active_at: now } : { last_seen_at: now })
    .where('id', '=', id)
    .execute()
}

/** Ends session `id`. */
export async function deleteSession(db: Kysely<Database>, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute()
}

/** Ends every session of `userId` except `keepId` (after a password change). */
export async function deleteOtherSessions(db: Kysely<Database>, userId: number, keepId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).where('id', '!=', keepId).execute()
}

/** Removes sessions that expired before `now`; answers how many. */
export async function deleteExpiredSessions(db: Kysely<Database>, now: string): Promise<number> {
  const [result] = await db.deleteFrom('sessions').where('expires_at', '<=', now).execute()
  return Number(result?.numDeletedRows ?? 0)
}
