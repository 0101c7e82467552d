/**
 * Sign-in and sessions that cannot be turned against users (issue 10):
 * - `login_attempts.last_try_at`: once a username (or address) has had many failures, one try is
 *   allowed per few seconds instead of a lock; the instant of the last try decides the next one.
 * - `sessions.active_at`: the last user-initiated request, for the idle timeout. Null on sessions
 *   opened before this migration, which therefore keep their expiry until they are next used.
 * - `login_devices`: browsers that signed in successfully as a user (the SHA-256 of their
 *   `chain_device` cookie); such a device is not slowed down by failures others cause.
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('login_attempts').addColumn('last_try_at', 'text').execute()
  await db.schema.alterTable('sessions').addColumn('active_at', 'text').execute()
  await db.schema
    .createTable('login_devices')
    .addColumn('token_hash', 'text', c => c.notNull())
    .addColumn('user_id', 'integer', c => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', c => c.notNull())
    .addColumn('last_used_at', 'text', c => c.notNull())
    .addPrimaryKeyConstraint('login_devices_pk', ['token_hash', 'user_id'])
    .execute()
  await db.schema.createIndex('login_devices_user').on('login_devices').column('user_id').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('login_devices').execute()
  await db.schema.alterTable('sessions').dropColumn('active_at').execute()
  await db.schema.alterTable('login_attempts').dropColumn('last_try_at').execute()
}
