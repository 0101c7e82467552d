/** Saved playlists (migration 006): the body as JSON, the owner's name from users, a version per save. */
import type { Kysely } from 'kysely'
import { nextIdAfter, storedPlaylistBody, type Playlist, type PlaylistBody } from '#contract'
import type { Database } from '../db/schema'

function playlistQuery(db: Kysely<Database>) {
  return db
    .selectFrom('playlists')
    .innerJoin('users', 'users.id', 'playlists.owner_id')
    .select([
      'playlists.id',
      'playlists.owner_id',
      'users.display_name',
      'playlists.version',
      'playlists.updated_at',
      'playlists.body_json',
    ])
    .orderBy('playlists.id')
}

type Row = Awaited<ReturnType<ReturnType<typeof playlistQuery>['execute']>>[number]

function playlistOf(r: Row): Playlist {
  return {
    id: r.id,
    ownerId: r.owner_id,
    ownerName: r.display_name,
    version: r.version,
    updatedAt: r.updated_at,
    // Parsed again so a row written by an older body schema still answers in today's shape.
    body: storedPlaylistBody.parse(JSON.parse(r.body_json)),
  }
}

/** Every saved playlist, in id order. */
export async function listPlaylists(db: Kysely<Database>): Promise<Playlist[]> {
  return (await playlistQuery(db).execute()).map(playlistOf)
}

/** One playlist, or undefined. */
export async function findPlaylist(db: Kysely<Database>, id: number): Promise<Playlist | undefined> {
  const row = await playlistQuery(db).where('playlists.id', '=', id).executeTakeFirst()
  return row && playlistOf(row)
}

/**
 * The next playlist id: explicit (PostgreSQL tables here have no sequence), and past every id the
 * audit has seen, so a deleted playlist's id is never reused and its audit trail never mixes with another's.
 */
async function nextPlaylistId(db: Kysely<Database>): Promise<number> {
  const rows = await db
    .selectFrom('playlists')
    .select(eb => eb.fn.max<number>('id').as('max'))
    .unionAll(
      db
        .selectFrom('audit_entries')
        .select(eb => eb.fn.max<number>('entity_id').as('max'))
        .where('entity_type', '=', 'playlist'),
    )
    .execute()
  return nextIdAfter(rows.map(r => Number(r.max ?? 0)))
}

/** Stores a new playlist at version 1 under the next id; returns the id. */
export async function insertPlaylist(
  db: Kysely<Database>,
  ownerId: number,
  body: PlaylistBody,
  at: string,
): Promise<number> {
  const id = await nextPlaylistId(db)
  await db
    .insertInto('playlists')
    .values({ id, owner_id: ownerId, body_json: JSON.stringify(body), version: 1, updated_at: at })
    .execute()
  return id
}

/** Replaces the body of playlist `id` if it is still at `version`; false when someone saved first. */
export async function updatePlaylistBody(
  db: Kysely<Database>,
  id: number,
  version: number,
  body: PlaylistBody,
  at: string,
): Promise<boolean> {
  const res = await db
    .updateTable('playlists')
    .set({ body_json: JSON.stringify(body), version: version + 1, updated_at: at })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return Number(res.numUpdatedRows) === 1
}

/** Deletes playlist `id` (its display links stay, so their screens learn it is gone). */
export async function deletePlaylistRow(db: Kysely<Database>, id: number): Promise<void> {
  await db.deleteFrom('playlists').where('id', '=', id).execute()
}
