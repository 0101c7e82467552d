/** Devices that signed in successfully as a user, by the SHA-256 of their `chain_device` cookie. */
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

/** Whether the device `tokenHash` signed in as `userId` at or after `usedSince` (ISO instant). */
export async function isKnownDevice(
  db: Kysely<Database>,
  tokenHash: string,
  userId: number,
  usedSince: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('login_devices')
    .select('user_id')
    .where('token_hash', '=', tokenHash)
    .where('user_id', '=', userId)
    .where('last_used_at', '>=', usedSince)
    .executeTakeFirst()
  return row !== undefined
}

/** Records that device `tokenHash` signed in as `userId` at `now`. */
export async function rememberDevice(
  db: Kysely<Database>,
  tokenHash: string,
  userId: number,
  now: string,
): Promise<void> {
  await db
    .insertInto('login_devices')
    .values({ token_hash: tokenHash, user_id: userId, created_at: now, last_used_at: now })
    .onConflict(oc => oc.columns(['token_hash', 'user_id']).doUpdateSet({ last_used_at: now }))
    .execute()
}

/** Forgets every device of `userId` (after an admin reset their password: a stolen device must not stay trusted). */
export async function forgetDevicesOf(db: Kysely<Database>, userId: number): Promise<void> {
  await db.deleteFrom('login_devices').where('user_id', '=', userId).execute()
}

/** Deletes devices that last signed in before `usedBefore`: they are no longer known anyway. */
export async function deleteStaleDevices(db: Kysely<Database>, usedBefore: string): Promise<number> {
  const [result] = await db.deleteFrom('login_devices').where('last_used_at', '<', usedBefore).execute()
  return Number(result?.numDeletedRows ?? 0)
}
