/**
 * Idempotency keys per user and route, with the hash of the body they answered (issue 10): the
 * primary key becomes (user_id, route, key), so a key reused on another create route no longer
 * replays that route's answer, and `body_hash` lets the same key with another body be refused.
 * A primary key cannot be altered in SQLite, so the table is rebuilt (create, copy, drop, rename:
 * portable to PostgreSQL). Answers stored before keep a null hash, which counts as matching.
 */
import { sql, type Kysely } from 'kysely'

const COLUMNS = ['user_id', 'key', 'route', 'status', 'body_json', 'created_at'] as const

/** The table's shape, with or without the hash column, keyed by `primaryKey` (a constraint named `keyName`). */
async function createTable(
  db: Kysely<unknown>,
  name: string,
  withHash: boolean,
  keyName: string,
  primaryKey: readonly ('user_id' | 'route' | 'key')[],
): Promise<void> {
  let table = db.schema
    .createTable(name)
    .addColumn('user_id', 'integer', c => c.notNull())
    .addColumn('key', 'text', c => c.notNull())
    .addColumn('route', 'text', c => c.notNull())
  if (withHash) table = table.addColumn('body_hash', 'text')
  await table
    .addColumn('status', 'integer', c => c.notNull())
    .addColumn('body_json', 'text', c => c.notNull())
    .addColumn('created_at', 'text', c => c.notNull())
    .addPrimaryKeyConstraint(keyName, [...primaryKey])
    .execute()
}

/** Copies the common columns of every row of `from` into `to`. */
async function copyRows(db: Kysely<unknown>, from: string, to: string): Promise<void> {
  const columns = sql.join(COLUMNS.map(c => sql.ref(c)))
  await sql`insert into ${sql.table(to)} (${columns}) select ${columns} from ${sql.table(from)}`.execute(db)
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await createTable(db, 'idempotency_keys_010', true, 'idempotency_keys_route_pk', ['user_id', 'route', 'key'])
  await copyRows(db, 'idempotency_keys', 'idempotency_keys_010')
  await db.schema.dropTable('idempotency_keys').execute()
  await db.schema.alterTable('idempotency_keys_010').renameTo('idempotency_keys').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // Back to one answer per (user, key): the answers are a retry cache of a day, so they are
  // dropped rather than choosing between two routes' answers under one key.
  await db.schema.dropTable('idempotency_keys').execute()
  await createTable(db, 'idempotency_keys', false, 'idempotency_keys_pk', ['user_id', 'key'])
}
