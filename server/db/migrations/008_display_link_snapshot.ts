/**
 * A display link freezes its playlist when issued (issue 10): the body it shows (slides, filters,
 * mode and day, masking), the version and save time of the playlist it was taken from. The session
 * guard decides from this body what the link may read, so editing the playlist can never widen
 * what a screen already in a lobby reads; the playlist's owner reissues the links to show an edit.
 *
 * Links issued before this migration get the current body of their playlist. A link whose
 * playlist is gone keeps nulls and reads nothing (such links were revoked with their playlist).
 * Columns are added nullable and filled by statements any SQL dialect runs.
 */
import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('display_links').addColumn('playlist_body_json', 'text').execute()
  await db.schema.alterTable('display_links').addColumn('playlist_version', 'integer').execute()
  await db.schema.alterTable('display_links').addColumn('playlist_updated_at', 'text').execute()
  for (const [column, source] of [
    ['playlist_body_json', 'body_json'],
    ['playlist_version', 'version'],
    ['playlist_updated_at', 'updated_at'],
  ] as const) {
    await sql`update display_links set ${sql.ref(column)} = (select ${sql.ref(`p.${source}`)} from playlists p where p.id = display_links.playlist_id)`.execute(
      db,
    )
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('display_links').dropColumn('playlist_updated_at').execute()
  await db.schema.alterTable('display_links').dropColumn('playlist_version').execute()
  await db.schema.alterTable('display_links').dropColumn('playlist_body_json').execute()
}
