/**
 * Creates' first responses by (user, route, Idempotency-Key), with the fingerprint of the request
 * body they answered, stored in the create's own transaction (migrations 004 and 010).
 */
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

export interface StoredResponse {
  status: number
  body: unknown
}

/** Whose key on which create route: a key is one user's, for one route. */
export interface IdempotencySlot {
  userId: number
  route: string
  key: string
}

/** A stored answer and the request-body hash it answered; null for answers stored before migration 010. */
export interface StoredAnswer extends StoredResponse {
  bodyHash: string | null
}

/** The answer stored for the slot, if any. */
export async function findIdempotentResponse(
  db: Kysely<Database>,
  slot: IdempotencySlot,
): Promise<StoredAnswer | undefined> {
  const row = await db
    .selectFrom('idempotency_keys')
    .select(['status', 'body_json', 'body_hash'])
    .where('user_id', '=', slot.userId)
    .where('route', '=', slot.route)
    .where('key', '=', slot.key)
    .executeTakeFirst()
  return row && { status: row.status, body: JSON.parse(row.body_json), bodyHash: row.body_hash }
}

/** Remembers the response of the slot's create, which answered a request body of hash `bodyHash`. */
export async function storeIdempotentResponse(
  db: Kysely<Database>,
  slot: IdempotencySlot,
  bodyHash: string,
  response: StoredResponse,
  at: string,
): Promise<void> {
  await db
    .insertInto('idempotency_keys')
    .values({
      user_id: slot.userId,
      route: slot.route,
      key: slot.key,
      body_hash: bodyHash,
      status: response.status,
      body_json: JSON.stringify(response.body),
      created_at: at,
    })
    .execute()
}

/** Forgets the answers stored before `before` (a China-time instant, as they are stamped); answers how many. */
export async function deleteIdempotentResponsesBefore(db: Kysely<Database>, before: string): Promise<number> {
  const [result] = await db.deleteFrom('idempotency_keys').where('created_at', '<', before).execute()
  return Number(result?.numDeletedRows ?? 0)
}
