/**
 * Display links: a revocable, read-only credential for a screen left running. The token (32
 * random bytes, base64url) is shown once, at creation; the database keeps only its SHA-256, so
 * neither a backup nor the audit holds anything a screen could present. Admins and leaders issue
 * and list links; an admin or the link's creator revokes one.
 *
 * A link freezes its playlist when issued (issue 10): the screen shows, and the session guard lets
 * it read, that version only. After an edit, an admin, the link's creator or the playlist's owner
 * reissues the link to the current version.
 */
import { createHash, randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import {
  displayLink,
  displayLinkInvalidFailure,
  freezePlaylist,
  reissueRefusal,
  requestHash,
  revokeRefusal,
  type DisplayLink,
  type DisplayLinkCreated,
  type DisplayPlaylist,
  type FrozenPlaylist,
  type SessionUser,
} from '#contract'
import type { Database } from '../db/schema'
import { invalid, notFound, problemOf } from '../errors'
import {
  findDisplayLink,
  findDisplayLinkByTokenHash,
  insertDisplayLink,
  listDisplayLinks,
  revokeDisplayLinkRow,
  setDisplayLinkPlaylist,
  setDisplayLinkTokenHash,
  type StoredDisplayLink,
} from '../repositories/displayLinks'
import { findIdempotentResponse, storeIdempotentResponse } from '../repositories/idempotency'
import { findPlaylist } from '../repositories/playlists'
import { requirePresenter } from './playlists'
import { runWrite, type WriteEnv } from './writes/frame'
import { replayOf } from './writes/idempotency'

/** The database key of a display token. */
export function displayTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** The link as the API shows it: without who created it by id, nor the playlist it froze. */
function publicLink({ createdById: _, frozen: __, ...link }: StoredDisplayLink): DisplayLink {
  return link
}

async function linkOrThrow(db: Kysely<Database>, id: number): Promise<StoredDisplayLink> {
  const found = await findDisplayLink(db, id)
  if (!found) throw notFound('display link', id)
  return found
}

/** The links of a playlist (every link without one), for an admin or leader. */
export async function readDisplayLinks(
  db: Kysely<Database>,
  actor: SessionUser,
  playlistId: number | undefined,
): Promise<DisplayLink[]> {
  requirePresenter(actor)
  return (await listDisplayLinks(db, playlistId)).map(publicLink)
}

const newToken = () => randomBytes(32).toString('base64url')

/**
 * Issues a link for a playlist → 201 with the token, which is never shown again. With an
 * Idempotency-Key a repeat answers the same link, but with a fresh token: the first answer's token
 * may never have arrived, and it is stored nowhere to be replayed, so the repeat replaces it.
 */
export async function issueDisplayLink(
  env: WriteEnv,
  req: { playlistId: number; label: string },
  key: string | undefined,
): Promise<DisplayLinkCreated> {
  requirePresenter(env.actor)
  const token = newToken()
  return runWrite(env, {}, async ({ trx, ctx, audit }) => {
    const slot = key === undefined ? undefined : { userId: env.actor.id, route: 'POST /api/display-links', key }
    const bodyHash = requestHash(req)
    const first = slot === undefined ? undefined : await findIdempotentResponse(trx, slot)
    if (first) {
      // The same key with another body is refused (409); with the same body the link is reissued.
      replayOf(first, bodyHash)
      const before = publicLink(await linkOrThrow(trx, displayLink.parse(first.body).id))
      await setDisplayLinkTokenHash(trx, before.id, displayTokenHash(token))
      await audit('display_link', before.id, 'reissue', before, before)
      return { ...before, token }
    }
    const current = await findPlaylist(trx, req.playlistId)
    if (!current) throw invalid({ playlistId: `no playlist ${req.playlistId}` })
    const id = await insertDisplayLink(trx, {
      playlistId: req.playlistId,
      label: req.label,
      tokenHash: displayTokenHash(token),
      createdById: env.actor.id,
      createdAt: ctx.now,
      frozen: freezePlaylist(current),
    })
    const link = publicLink(await linkOrThrow(trx, id))
    await audit('display_link', id, 'create', null, link)
    if (slot !== undefined) await storeIdempotentResponse(trx, slot, bodyHash, { status: 201, body: link }, ctx.now)
    return { ...link, token }
  })
}

/** Revokes link `id` (an admin, or the leader who created it); revoking again changes nothing and answers the link. */
export async function revokeDisplayLink(env: WriteEnv, id: number): Promise<DisplayLink> {
  requirePresenter(env.actor)
  return runWrite(env, {}, async ({ trx, ctx, audit }) => {
    const current = await linkOrThrow(trx, id)
    const refused = revokeRefusal(env.actor, current)
    if (refused) throw problemOf(refused)
    if (current.revokedAt !== null) return publicLink(current)
    await revokeDisplayLinkRow(trx, id, ctx.now)
    const next = publicLink(await linkOrThrow(trx, id))
    await audit('display_link', id, 'revoke', publicLink(current), next)
    return next
  })
}

/**
 * Reissues link `id` with its playlist as it is now (an admin, the link's creator, or the
 * playlist's owner, who edited it): the screen shows the new version at its next check, and may
 * read what the new version's slides need. Already current: answered unchanged, with no audit.
 * A revoked link stays revoked (409).
 */
export async function reissueDisplayLink(env: WriteEnv, id: number): Promise<DisplayLink> {
  requirePresenter(env.actor)
  return runWrite(env, {}, async ({ trx, audit }) => {
    const current = await linkOrThrow(trx, id)
    const playlist = await findPlaylist(trx, current.playlistId)
    const refused = reissueRefusal(env.actor, current, playlist?.ownerId)
    if (refused) throw problemOf(refused)
    if (!playlist) throw notFound('playlist', current.playlistId)
    if (current.playlistVersion === playlist.version) return publicLink(current)
    await setDisplayLinkPlaylist(trx, id, freezePlaylist(playlist))
    const next = publicLink(await linkOrThrow(trx, id))
    await audit('display_link', id, 'update_playlist', publicLink(current), next)
    return next
  })
}

/** The live link of a display token with the playlist it froze; undefined for an unknown, revoked or empty one. */
export async function liveDisplayLink(
  db: Kysely<Database>,
  token: string,
): Promise<(StoredDisplayLink & { frozen: FrozenPlaylist }) | undefined> {
  const link = await findDisplayLinkByTokenHash(db, displayTokenHash(token))
  if (!link || link.revokedAt !== null || link.frozen === null) return undefined
  return { ...link, frozen: link.frozen }
}

/**
 * GET /api/display: the playlist of a live token as the link froze it; 401 for an unknown or
 * revoked one, 404 when its playlist was deleted.
 */
export async function displayedPlaylist(db: Kysely<Database>, token: string | undefined): Promise<DisplayPlaylist> {
  const link = token === undefined ? undefined : await liveDisplayLink(db, token)
  if (!link) throw problemOf(displayLinkInvalidFailure())
  const found = await findPlaylist(db, link.playlistId)
  if (!found) throw notFound('playlist', link.playlistId)
  return {
    ...found,
    version: link.frozen.version,
    updatedAt: link.frozen.updatedAt,
    body: link.frozen.body,
    linkLabel: link.label,
  }
}
