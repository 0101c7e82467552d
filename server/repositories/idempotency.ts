/** Creates' first responses by (user, Idempotency-Key), stored in the create's own transaction (migration 004). */
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

export interface StoredResponse { status: number, body: unknown }

/** The response stored for `userId`'s `key`, if any. */
export async function findIdempotentResponse(db: Kysely<Database>, userId: number, key: string): Promise<StoredResponse | undefined> {
  const row = await db.selectFrom('idempotency_keys').select(['status', 'body_json']).where('user_id', '=', userId).where('key', '=', key).executeTakeFirst()
  return row && { status: row.status, body: JSON.parse(row.body_json) }
}

/** Remembers the response of `userId`'s create under `key`. */
export async function storeIdempotentResponse(db: Kysely<Database>, userId: number, key: string, route: string, response: StoredResponse, at: string): Promise<void> {
  await db.insertInto('idempotency_keys').values({ user_id: userId, key, route, status: response.status, body_json: JSON.stringify(response.body), created_at: at }).execute()
}

/** Forgets the answers stored before `before` (a China-time instant, as they are stamped); answers how many. */
export async function deleteIdempotentResponsesBefore(db: Kysely<Database>, before: string): Promise<number> {
  const [result] = await db.deleteFrom('idempotency_keys').where('created_at', '<', before).execute()
  return Number(result?.numDeletedRows ?? 0)
}
