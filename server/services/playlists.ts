/**
 * Saved playlists: admins and leaders save them, the owner or an admin replaces or deletes one,
 * everybody signed in reads them. Every write runs in the write frame (one transaction, audit
 * entry, data_version) and a create is idempotent per Idempotency-Key.
 */
import type { Kysely } from 'kysely'
import {
  chinaInstant,
  mayChangePlaylist,
  playlistChainIssues,
  PLAYLIST_OWNER_ONLY,
  PRESENTER_ROLES,
  slideChainIds,
  type Playlist,
  type PlaylistBody,
  type PlaylistUpdateRequest,
  type SessionUser,
} from '#contract'
import type { Database } from '../db/schema'
import { ApiProblem, invalid, notFound, staleVersion } from '../errors'
import type { StoredResponse } from '../repositories/idempotency'
import { deletePlaylistRow, findPlaylist, insertPlaylist, updatePlaylistBody } from '../repositories/playlists'
import { revokeDisplayLinksOfPlaylist } from '../repositories/displayLinks'
import { runWrite, type WriteEnv } from './writes/frame'
import { createOnce } from './writes/idempotency'

/** 403 unless `user` may save playlists (checked before the body is read). */
export function requirePresenter(user: SessionUser): void {
  if (!(PRESENTER_ROLES as readonly string[]).includes(user.role))
    throw new ApiProblem(403, 'forbidden', 'only an admin or a chain leader may do this')
}

/** 403 unless `user` owns `p` or is an admin. */
function requireOwner(user: SessionUser, p: Playlist): void {
  if (!mayChangePlaylist(user, p.ownerId)) throw new ApiProblem(403, 'forbidden', PLAYLIST_OWNER_ONLY)
}

/** Chains named by slide filters that do not exist, as field errors (the contract's rule over the chains table). */
async function chainReferenceIssues(db: Kysely<Database>, body: PlaylistBody): Promise<Record<string, string>> {
  const wanted = slideChainIds(body)
  if (wanted.length === 0) return {}
  const found = new Set((await db.selectFrom('chains').select('id').where('id', 'in', wanted).execute()).map(r => r.id))
  return playlistChainIssues(body, id => found.has(id))
}

async function playlistOrThrow(db: Kysely<Database>, id: number): Promise<Playlist> {
  const found = await findPlaylist(db, id)
  if (!found) throw notFound('playlist', id)
  return found
}

/** One playlist, or 404. */
export function readPlaylist(db: Kysely<Database>, id: number): Promise<Playlist> {
  return playlistOrThrow(db, id)
}

/** Saves a new playlist owned by the actor → 201 with the Playlist. */
export async function createPlaylist(
  env: WriteEnv,
  body: PlaylistBody,
  key: string | undefined,
): Promise<StoredResponse> {
  requirePresenter(env.actor)
  return createOnce(env, { route: 'POST /api/playlists', key, body }, {}, async ({ trx, ctx, audit }) => {
    const issues = await chainReferenceIssues(trx, body)
    if (Object.keys(issues).length > 0) throw invalid(issues)
    const id = await insertPlaylist(trx, env.actor.id, body, ctx.now)
    const created = await playlistOrThrow(trx, id)
    await audit('playlist', id, 'create', null, created)
    return { status: 201, body: created }
  })
}

/** Replaces playlist `id`'s body at the request's version → the new Playlist (409 stale_version with `current`). */
export async function replacePlaylist(env: WriteEnv, id: number, req: PlaylistUpdateRequest): Promise<Playlist> {
  return runWrite(env, {}, async ({ trx, ctx, audit }) => {
    const current = await playlistOrThrow(trx, id)
    requireOwner(env.actor, current)
    if (current.version !== req.version) throw staleVersion(current)
    const issues = await chainReferenceIssues(trx, req.body)
    if (Object.keys(issues).length > 0) throw invalid(issues)
    if (!(await updatePlaylistBody(trx, id, req.version, req.body, ctx.now)))
      throw staleVersion(await playlistOrThrow(trx, id))
    const next = await playlistOrThrow(trx, id)
    await audit('playlist', id, 'edit', current, next)
    return next
  })
}

/**
 * Deletes playlist `id` and revokes its display links: a token left live would still read every
 * chain's data although the screen it was issued for has nothing left to show.
 */
export async function removePlaylist(env: WriteEnv, id: number): Promise<void> {
  await runWrite(env, {}, async ({ trx, audit }) => {
    const current = await playlistOrThrow(trx, id)
    requireOwner(env.actor, current)
    await deletePlaylistRow(trx, id)
    await revokeDisplayLinksOfPlaylist(trx, id, chinaInstant(env.now()))
    await audit('playlist', id, 'delete', current, null)
  })
}
