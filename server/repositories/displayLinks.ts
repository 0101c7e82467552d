/**
 * Display links (migration 006): looked up by the SHA-256 of their token, never by the token itself,
 * with the playlist each froze when issued (migration 008).
 */
import type { Kysely } from 'kysely'
import { storedPlaylistBody, type DisplayLink, type FrozenPlaylist } from '#contract'
import type { Database } from '../db/schema'

/** A link and what the session guard needs besides: whose it is, and what it froze (null: its playlist was gone). */
export interface StoredDisplayLink extends DisplayLink {
  createdById: number
  frozen: FrozenPlaylist | null
}

function linkQuery(db: Kysely<Database>) {
  return db
    .selectFrom('display_links')
    .innerJoin('users', 'users.id', 'display_links.created_by_id')
    .select([
      'display_links.id',
      'display_links.playlist_id',
      'display_links.label',
      'display_links.created_by_id',
      'users.display_name',
      'display_links.created_at',
      'display_links.revoked_at',
      'display_links.playlist_body_json',
      'display_links.playlist_version',
      'display_links.playlist_updated_at',
    ])
    .orderBy('display_links.id')
}

type Row = Awaited<ReturnType<ReturnType<typeof linkQuery>['execute']>>[number]

function frozenOf(r: Row): FrozenPlaylist | null {
  if (r.playlist_body_json === null || r.playlist_version === null || r.playlist_updated_at === null) return null
  // Parsed leniently, so a body frozen under older rules still plays as it was.
  return {
    body: storedPlaylistBody.parse(JSON.parse(r.playlist_body_json)),
    version: r.playlist_version,
    updatedAt: r.playlist_updated_at,
  }
}

function linkOf(r: Row): StoredDisplayLink {
  return {
    id: r.id,
    playlistId: r.playlist_id,
    label: r.label,
    createdBy: r.display_name,
    createdById: r.created_by_id,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
    playlistVersion: r.playlist_version,
    frozen: frozenOf(r),
  }
}

/** The links of playlist `playlistId` (every link without it), in id order. */
export async function listDisplayLinks(db: Kysely<Database>, playlistId?: number): Promise<StoredDisplayLink[]> {
  let query = linkQuery(db)
  if (playlistId !== undefined) query = query.where('display_links.playlist_id', '=', playlistId)
  return (await query.execute()).map(linkOf)
}

/** One link by id, or undefined. */
export async function findDisplayLink(db: Kysely<Database>, id: number): Promise<StoredDisplayLink | undefined> {
  const row = await linkQuery(db).where('display_links.id', '=', id).executeTakeFirst()
  return row && linkOf(row)
}

/** The link whose token hashes to `tokenHash`, revoked or not, or undefined. */
export async function findDisplayLinkByTokenHash(
  db: Kysely<Database>,
  tokenHash: string,
): Promise<StoredDisplayLink | undefined> {
  const row = await linkQuery(db).where('display_links.token_hash', '=', tokenHash).executeTakeFirst()
  return row && linkOf(row)
}

export interface NewDisplayLink {
  playlistId: number
  label: string
  tokenHash: string
  createdById: number
  createdAt: string
  frozen: FrozenPlaylist
}

/** The snapshot columns of a frozen playlist. */
function frozenColumns(frozen: FrozenPlaylist) {
  return {
    playlist_body_json: JSON.stringify(frozen.body),
    playlist_version: frozen.version,
    playlist_updated_at: frozen.updatedAt,
  }
}

/** Stores a link under the next free id; returns the id. */
export async function insertDisplayLink(db: Kysely<Database>, link: NewDisplayLink): Promise<number> {
  const { max } = await db
    .selectFrom('display_links')
    .select(eb => eb.fn.max<number>('id').as('max'))
    .executeTakeFirstOrThrow()
  const id = Number(max ?? 0) + 1
  await db
    .insertInto('display_links')
    .values({
      id,
      playlist_id: link.playlistId,
      label: link.label,
      token_hash: link.tokenHash,
      created_by_id: link.createdById,
      created_at: link.createdAt,
      revoked_at: null,
      ...frozenColumns(link.frozen),
    })
    .execute()
  return id
}

/** Marks link `id` revoked at `at` (once: a revoked link keeps its first revocation time). */
export async function revokeDisplayLinkRow(db: Kysely<Database>, id: number, at: string): Promise<void> {
  await db
    .updateTable('display_links')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute()
}

/** Revokes every live link of playlist `playlistId` at `at` (when the playlist is deleted). */
export async function revokeDisplayLinksOfPlaylist(
  db: Kysely<Database>,
  playlistId: number,
  at: string,
): Promise<void> {
  await db
    .updateTable('display_links')
    .set({ revoked_at: at })
    .where('playlist_id', '=', playlistId)
    .where('revoked_at', 'is', null)
    .execute()
}

/** Gives link `id` a new token (its hash): the old one stops working at once. */
export async function setDisplayLinkTokenHash(db: Kysely<Database>, id: number, tokenHash: string): Promise<void> {
  await db.updateTable('display_links').set({ token_hash: tokenHash }).where('id', '=', id).execute()
}

/** Freezes `frozen` as what link `id` shows from now on (a reissue after the playlist was edited). */
export async function setDisplayLinkPlaylist(db: Kysely<Database>, id: number, frozen: FrozenPlaylist): Promise<void> {
  await db.updateTable('display_links').set(frozenColumns(frozen)).where('id', '=', id).execute()
}
