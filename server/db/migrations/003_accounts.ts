/**
 * Accounts: a password hash per user (null until one is set; such a user cannot sign in), sessions
 * keyed by the SHA-256 of their token (a leaked database yields no usable cookie), and failed-login
 * counters kept in the database so the limit holds across server instances.
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('password_hash', 'text').execute()

  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', c => c.primaryKey())
    .addColumn('user_id', 'integer', c => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', c => c.notNull())
    .addColumn('expires_at', 'text', c => c.notNull())
    .addColumn('last_seen_at', 'text', c => c.notNull())
    .execute()
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute()

  await db.schema
    .createTable('login_attempts')
    .addColumn('key', 'text', c => c.primaryKey())
    .addColumn('window_start', 'text', c => c.notNull())
    .addColumn('count', 'integer', c => c.notNull())
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('login_attempts').execute()
  await db.schema.dropTable('sessions').execute()
  await db.schema.alterTable('users').dropColumn('password_hash').execute()
}
