/**
 * Presentation mode (issue 4): saved playlists (the body as the contract's JSON, versioned so two
 * editors never silently overwrite each other) and display links for unattended screens, whose
 * tokens are kept only as their SHA-256 so the table holds nothing a screen could present. A
 * link outlives its playlist's deletion on purpose: its screen then learns the playlist is gone.
 */
import type { Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('playlists')
    .addColumn('id', 'integer', c => c.primaryKey())
    .addColumn('owner_id', 'integer', c => c.notNull())
    .addColumn('body_json', 'text', c => c.notNull())
    .addColumn('version', 'integer', c => c.notNull())
    .addColumn('updated_at', 'text', c => c.notNull())
    .execute()

  await db.schema
    .createTable('display_links')
    .addColumn('id', 'integer', c => c.primaryKey())
    .addColumn('playlist_id', 'integer', c => c.notNull())
    .addColumn('label', 'text', c => c.notNull())
    .addColumn('token_hash', 'text', c => c.notNull().unique())
    .addColumn('created_by_id', 'integer', c => c.notNull())
    .addColumn('created_at', 'text', c => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute()
  await db.schema.createIndex('display_links_playlist').on('display_links').columns(['playlist_id', 'id']).execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('display_links').execute()
  await db.schema.dropTable('playlists').execute()
}
