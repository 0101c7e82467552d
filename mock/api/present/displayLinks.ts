/**
 * /api/display-links and GET /api/display in the mock, and the display token's pseudo-user: the
 * rules of server/services/displayLinks.ts and the session guard's display branch.
 */
import {
  chinaInstant,
  DISPLAY_AUTH_SCHEME,
  displayLinkUser,
  displayRequestAllowed,
  queryRecord,
  requestHash,
  notFoundFailure,
  displayLinkInvalidFailure,
  displayLinkReadOnlyFailure,
  displayLinkOutOfPlaylistFailure,
  freezePlaylist,
  revokeRefusal,
  type DisplayLink,
  type displayLinkRoutes,
  type RouteBody,
  type SessionUser,
} from '#contract'
import { auditAdmin, invalid } from '../admin/respond'
import type { MockRequest, MockResponse, SignedInRequest } from '../exchange'
import { failed } from '../result'
import type { MockState } from '../state'
import { idempotencySlot, readIdempotencyKey, rememberAnswer, replayOf } from '../writes/idempotency'
import { playlistOf } from './playlists'
import type { MockDisplayLink, MockFrozenPlaylist } from './state'

/** A stored link as the API shows it, with its creator's current name. */
export function linkOf(state: MockState, l: MockDisplayLink): DisplayLink {
  const createdBy = state.world.users.find(u => u.id === l.createdById)?.displayName ?? ''
  return {
    id: l.id,
    playlistId: l.playlistId,
    label: l.label,
    createdBy,
    createdAt: l.createdAt,
    revokedAt: l.revokedAt,
    playlistVersion: l.frozen?.version ?? null,
  }
}

/** 32 random bytes as base64url: a display token. */
function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32))
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
}

const DISPLAY_HEADER = new RegExp(`^${DISPLAY_AUTH_SCHEME}\\s+(\\S+)$`, 'i')
const dead = () => failed(displayLinkInvalidFailure())

/** The display token of `Authorization: Display <token>`, if the request sent one. */
function displayTokenOf(req: MockRequest): string | undefined {
  return DISPLAY_HEADER.exec(req.headers.authorization ?? '')?.[1]
}

/** The live link of a token with the playlist it froze; undefined for an unknown, revoked or empty one. */
function liveLink(
  state: MockState,
  token: string | undefined,
): (MockDisplayLink & { frozen: MockFrozenPlaylist }) | undefined {
  const link = token === undefined ? undefined : state.present.links.find(l => l.token === token)
  return link && link.revokedAt === null && link.frozen !== null ? { ...link, frozen: link.frozen } : undefined
}

/** True when `req` came through a live display link whose frozen playlist is masked (the mock's masked answers). */
export function displayLinkMasked(state: MockState, req: MockRequest): boolean {
  return liveLink(state, displayTokenOf(req))?.frozen.body.masked === true
}

/**
 * Who a request without a live session is, by its display token: undefined without one; the
 * 401 for an unknown or revoked token, and the 403 for a write or for anything the link's frozen
 * playlist does not show (contract/displayAccess.ts), as the server's guard.
 */
export function displayUserOf(
  state: MockState,
  req: MockRequest,
): { user: SessionUser } | { response: MockResponse } | undefined {
  const token = displayTokenOf(req)
  if (token === undefined) return undefined
  const link = liveLink(state, token)
  if (!link) return { response: dead() }
  if (req.method !== 'GET' && req.method !== 'HEAD') return { response: failed(displayLinkReadOnlyFailure()) }
  if (!displayRequestAllowed(link.frozen.body, { method: req.method, path: req.path, query: queryRecord(req.query) })) {
    return { response: failed(displayLinkOutOfPlaylistFailure()) }
  }
  return { user: displayLinkUser(link) }
}

/** GET /api/display: the playlist of the presented token, as the link froze it. */
export function getDisplayedPlaylist(state: MockState, req: SignedInRequest): MockResponse {
  const link = liveLink(state, displayTokenOf(req))
  if (!link) return dead()
  const found = state.present.playlists.find(p => p.id === link.playlistId)
  if (!found) return failed(notFoundFailure('playlist', link.playlistId))
  const { version, updatedAt, body } = link.frozen
  return {
    status: 200,
    body: { ...playlistOf(state, found), version, updatedAt, body: structuredClone(body), linkLabel: link.label },
  }
}

/** GET /api/display-links?playlistId=. */
export function listDisplayLinks(state: MockState, playlistId: number | undefined): MockResponse {
  const items = state.present.links
    .filter(l => playlistId === undefined || l.playlistId === playlistId)
    .map(l => linkOf(state, l))
  return { status: 200, body: { items } }
}

/** A repeated create (same user, same Idempotency-Key): the same link with a fresh token, as the server answers it. */
function reissue(state: MockState, req: SignedInRequest, first: MockResponse): MockResponse {
  const i = state.present.links.findIndex(l => l.id === (first.body as DisplayLink).id)
  const current = state.present.links[i]
  if (!current) return failed(notFoundFailure('display link', (first.body as DisplayLink).id))
  const next = { ...current, token: randomToken() }
  state.present.links[i] = next
  const link = linkOf(state, next)
  auditAdmin(state, req.user, 'display_link', next.id, 'reissue', link, link)
  state.changed()
  return { status: 201, body: { ...link, token: next.token } }
}

/** POST /api/display-links (Idempotency-Key) → 201 with the token, shown this once. */
export function createDisplayLink(
  state: MockState,
  req: SignedInRequest,
  body: RouteBody<typeof displayLinkRoutes.create>,
): MockResponse {
  const key = readIdempotencyKey(req)
  if (!key.ok) return key.response
  // The stored answer holds the link without its token, which is kept nowhere to be replayed.
  const slot = key.key === undefined ? undefined : idempotencySlot(req.user.id, 'POST /api/display-links', key.key)
  const hash = requestHash(body)
  const first = slot === undefined ? undefined : state.idempotency.get(slot)
  if (first) {
    // The same key with another body is refused (409); with the same body the link is reissued.
    const replay = replayOf(first, hash)
    return replay.status === 409 ? replay : reissue(state, req, replay)
  }
  const { playlistId, label } = body
  const playlist = state.present.playlists.find(p => p.id === playlistId)
  if (!playlist) return invalid({ playlistId: `no playlist ${playlistId}` })
  const stored: MockDisplayLink = {
    id: Math.max(0, ...state.present.links.map(l => l.id)) + 1,
    playlistId,
    label,
    token: randomToken(),
    createdById: req.user.id,
    createdAt: chinaInstant(state.clock.now()),
    revokedAt: null,
    frozen: freezePlaylist(playlist),
  }
  state.present.links.push(stored)
  const link = linkOf(state, stored)
  auditAdmin(state, req.user, 'display_link', stored.id, 'create', null, link)
  if (slot !== undefined) rememberAnswer(state, slot, { status: 201, body: link, requestHash: hash })
  state.changed()
  return { status: 201, body: { ...link, token: stored.token } }
}

/** POST /api/display-links/:id/revoke (an admin, or the link's creator); revoking again answers the link unchanged. */
export function revokeDisplayLink(state: MockState, req: SignedInRequest, id: number): MockResponse {
  const i = state.present.links.findIndex(l => l.id === id)
  const current = state.present.links[i]
  if (!current) return failed(notFoundFailure('display link', id))
  const refused = revokeRefusal(req.user, current)
  if (refused) return failed(refused)
  if (current.revokedAt !== null) return { status: 200, body: linkOf(state, current) }
  const next = { ...current, revokedAt: chinaInstant(state.clock.now()) }
  state.present.links[i] = next
  auditAdmin(state, req.user, 'display_link', id, 'revoke', linkOf(state, current), linkOf(state, next))
  state.changed()
  return { status: 200, body: linkOf(state, next) }
}
