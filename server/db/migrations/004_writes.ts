/**
 * The write path: an audit entry per write (who, when, what, the record before and after as JSON,
 * read newest first per record), and the responses of creates by their Idempotency-Key, so the same
 * key from the same user replays the first answer. Recommendations get a status index for the
 * queue's prefilter (bottlenecks already have one).
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_entries')
    .addColumn('id', 'integer', c => c.primaryKey())
    .addColumn('entity_type', 'text', c => c.notNull())
    .addColumn('entity_id', 'integer', c => c.notNull())
    .addColumn('action', 'text', c => c.notNull())
    .addColumn('actor_id', 'integer', c => c.notNull())
    .addColumn('actor_name', 'text', c => c.notNull())
    .addColumn('at', 'text', c => c.notNull())
    .addColumn('before_json', 'text')
    .addColumn('after_json', 'text')
    .execute()
  await db.schema
    .createIndex('audit_entries_entity')
    .on('audit_entries')
    .columns(['entity_type', 'entity_id', 'id'])
    .execute()

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('user_id', 'integer', c => c.notNull())
    .addColumn('key', 'text', c => c.notNull())
    .addColumn('route', 'text', c => c.notNull())
    .addColumn('status', 'integer', c => c.notNull())
    .addColumn('body_json', 'text', c => c.notNull())
    .addColumn('created_at', 'text', c => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['user_id', 'key'])
    .execute()

  await db.schema.createIndex('recommendations_status').on('recommendations').columns(['status', 'id']).execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('recommendations_status').execute()
  await db.schema.dropTable('idempotency_keys').execute()
  await db.schema.dropTable('audit_entries').execute()
}
