/**
 * Display links: a revocable, read-only credential for a screen left running. The token (32
 * random bytes, base64url) is shown once, at creation; the database keeps only its SHA-256, so
 * neither a backup nor the audit holds anything a screen could present. Admins and leaders issue
 * and list links; an admin or the link's creator revokes one.
 */
import { createHash, randomBytes } from 'node:crypto'
import type { Kysely } from 'kysely'
import { displayLink, type DisplayLink, type DisplayLinkCreated, type DisplayPlaylist, type SessionUser } from '#contract'
import type { Database } from '../db/schema'
import { ApiProblem, notFound } from '../errors'
import {
  findDisplayLink, findDisplayLinkByTokenHash, insertDisplayLink, listDisplayLinks, revokeDisplayLinkRow, setDisplayLinkTokenHash, type StoredDisplayLink,
} from '../repositories/displayLinks'
import { findIdempotentResponse, storeIdempotentResponse } from '../repositories/idempotency'
import { findPlaylist } from '../repositories/playlists'
import { invalid } from './adminWrite'
import { requirePresenter } from './playlists'
import { runWrite, type WriteEnv } from './writes/frame'

/** The database key of a display token. */
export function displayTokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** The link as the API shows it: without who created it by id. */
function publicLink({ createdById: _, ...link }: StoredDisplayLink): DisplayLink {
  return link
}

async function linkOrThrow(db: Kysely<Database>, id: number): Promise<StoredDisplayLink> {
  const found = await findDisplayLink(db, id)
  if (!found) throw notFound('display link', id)
  return found
}

/** The links of a playlist (every link without one), for an admin or leader. */
export async function readDisplayLinks(db: Kysely<Database>, actor: SessionUser, playlistId: number | undefined): Promise<DisplayLink[]> {
  requirePresenter(actor)
  return (await listDisplayLinks(db, playlistId)).map(publicLink)
}

const newToken = () => randomBytes(32).toString('base64url')

/**
 * Issues a link for a playlist → 201 with the token, which is never shown again. With an
 * Idempotency-Key a repeat answers the same link, but with a fresh token: the first answer's token
 * may never have arrived, and it is stored nowhere to be replayed, so the repeat replaces it.
 */
export async function issueDisplayLink(env: WriteEnv, req: { playlistId: number, label: string }, key: string | undefined): Promise<DisplayLinkCreated> {
  requirePresenter(env.actor)
  const token = newToken()
  return runWrite(env, {}, async ({ trx, ctx, audit }) => {
    const first = key === undefined ? undefined : await findIdempotentResponse(trx, env.actor.id, key)
    if (first) {
      const before = publicLink(await linkOrThrow(trx, displayLink.parse(first.body).id))
      await setDisplayLinkTokenHash(trx, before.id, displayTokenHash(token))
      await audit('display_link', before.id, 'reissue', before, before)
      return { ...before, token }
    }
    if (!await findPlaylist(trx, req.playlistId)) throw invalid({ playlistId: `no playlist ${req.playlistId}` })
    const id = await insertDisplayLink(trx, { playlistId: req.playlistId, label: req.label, tokenHash: displayTokenHash(token), createdById: env.actor.id, createdAt: ctx.now })
    const link = publicLink(await linkOrThrow(trx, id))
    await audit('display_link', id, 'create', null, link)
    if (key !== undefined) await storeIdempotentResponse(trx, env.actor.id, key, 'POST /api/display-links', { status: 201, body: link }, ctx.now)
    return { ...link, token }
  })
}

/** Revokes link `id` (an admin, or the leader who created it); revoking again changes nothing and answers the link. */
export async function revokeDisplayLink(env: WriteEnv, id: number): Promise<DisplayLink> {
  requirePresenter(env.actor)
  return runWrite(env, {}, async ({ trx, ctx, audit }) => {
    const current = await linkOrThrow(trx, id)
    if (env.actor.role !== 'admin' && current.createdById !== env.actor.id) throw new ApiProblem(403, 'forbidden', 'only an admin or the link\'s creator may revoke it')
    if (current.revokedAt !== null) return publicLink(current)
    await revokeDisplayLinkRow(trx, id, ctx.now)
    const next = publicLink(await linkOrThrow(trx, id))
    await audit('display_link', id, 'revoke', publicLink(current), next)
    return next
  })
}

/**
 * The read-only pseudo-user a live display token signs in as: a viewer named after the link's
 * label, with a viewer's scope. Undefined for an unknown or revoked token.
 */
export async function displayUserForToken(db: Kysely<Database>, token: string): Promise<SessionUser | undefined> {
  const link = await findDisplayLinkByTokenHash(db, displayTokenHash(token))
  if (!link || link.revokedAt !== null) return undefined
  // Id 0 is nobody's: nothing a viewer reads depends on it, and it can never own a record.
  return { id: 0, username: `display-${link.id}`, displayName: link.label, role: 'viewer', chainIds: [], departmentId: null }
}

/** GET /api/display: the playlist of a live token; 401 for an unknown or revoked one, 404 when its playlist was deleted. */
export async function displayedPlaylist(db: Kysely<Database>, token: string | undefined): Promise<DisplayPlaylist> {
  const link = token === undefined ? undefined : await findDisplayLinkByTokenHash(db, displayTokenHash(token))
  if (!link || link.revokedAt !== null) throw new ApiProblem(401, 'unauthorized', 'this display link is not valid')
  const found = await findPlaylist(db, link.playlistId)
  if (!found) throw notFound('playlist', link.playlistId)
  return { ...found, linkLabel: link.label }
}
