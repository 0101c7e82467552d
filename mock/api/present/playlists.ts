/**
 * /api/playlists in the mock: the rules of server/services/playlists.ts in the same order of
 * checks after the dispatcher's (role, then the input by the manifest's schemas) — existence,
 * ownership, version, chain references.
 */
import {
  chinaInstant,
  mayChangePlaylist,
  nextIdAfter,
  playlistChainIssues,
  PLAYLIST_OWNER_ONLY,
  notFoundFailure,
  type Playlist,
  type PlaylistBody,
  type PlaylistUpdateRequest,
  type SessionUser,
} from '#contract'
import { auditAdmin, invalid, staleVersion } from '../admin/respond'
import { noContent, problem, type MockResponse, type SignedInRequest } from '../exchange'
import { failed } from '../result'
import type { MockState } from '../state'
import { idempotent } from '../writes/idempotency'
import type { MockPlaylist } from './state'

/** A stored playlist as the API shows it, with its owner's current name. */
export function playlistOf(state: MockState, p: MockPlaylist): Playlist {
  const ownerName = state.world.users.find(u => u.id === p.ownerId)?.displayName ?? ''
  return {
    id: p.id,
    ownerId: p.ownerId,
    ownerName,
    version: p.version,
    updatedAt: p.updatedAt,
    body: structuredClone(p.body),
  }
}

const notFound = (id: number) => failed(notFoundFailure('playlist', id))

function notOwner(user: SessionUser, p: MockPlaylist): MockResponse | null {
  return mayChangePlaylist(user, p.ownerId) ? null : problem(403, 'forbidden', PLAYLIST_OWNER_ONLY)
}

/** Chains named by slide filters that do not exist, as field errors (the contract's rule over the world). */
function chainReferenceIssues(state: MockState, body: PlaylistBody): Record<string, string> {
  const chains = new Set(state.world.chains.map(c => c.id))
  return playlistChainIssues(body, id => chains.has(id))
}

/** Past every id the audit has seen, so a deleted playlist's id is never reused (as the server numbers them). */
function nextPlaylistId(state: MockState): number {
  const audited = state.audit.filter(e => e.entityType === 'playlist').map(e => e.entityId)
  return nextIdAfter([...state.present.playlists.map(p => p.id), ...audited])
}

const now = (state: MockState) => chinaInstant(state.clock.now())

/** GET /api/playlists. */
export function listPlaylists(state: MockState): MockResponse {
  return { status: 200, body: { items: state.present.playlists.map(p => playlistOf(state, p)) } }
}

/** GET /api/playlists/:id. */
export function getPlaylist(state: MockState, id: number): MockResponse {
  const found = state.present.playlists.find(p => p.id === id)
  return found ? { status: 200, body: playlistOf(state, found) } : notFound(id)
}

/** POST /api/playlists (Idempotency-Key) → 201. */
export function createPlaylist(state: MockState, req: SignedInRequest, body: PlaylistBody): MockResponse {
  return idempotent(state, req, 'POST /api/playlists', body, () => {
    const issues = chainReferenceIssues(state, body)
    if (Object.keys(issues).length > 0) return invalid(issues)
    const stored: MockPlaylist = {
      id: nextPlaylistId(state),
      ownerId: req.user.id,
      version: 1,
      updatedAt: now(state),
      body,
    }
    state.present.playlists.push(stored)
    const created = playlistOf(state, stored)
    auditAdmin(state, req.user, 'playlist', stored.id, 'create', null, created)
    state.changed()
    return { status: 201, body: created }
  })
}

/** PUT /api/playlists/:id {version, body}. */
export function replacePlaylist(
  state: MockState,
  req: SignedInRequest,
  id: number,
  update: PlaylistUpdateRequest,
): MockResponse {
  const i = state.present.playlists.findIndex(p => p.id === id)
  const current = state.present.playlists[i]
  if (!current) return notFound(id)
  const forbidden = notOwner(req.user, current)
  if (forbidden) return forbidden
  if (current.version !== update.version) return staleVersion(playlistOf(state, current))
  const issues = chainReferenceIssues(state, update.body)
  if (Object.keys(issues).length > 0) return invalid(issues)
  const next: MockPlaylist = {
    ...current,
    version: current.version + 1,
    updatedAt: now(state),
    body: update.body,
  }
  state.present.playlists[i] = next
  auditAdmin(state, req.user, 'playlist', id, 'edit', playlistOf(state, current), playlistOf(state, next))
  state.changed()
  return { status: 200, body: playlistOf(state, next) }
}

/** DELETE /api/playlists/:id → 204; its display links are revoked with it, as on the server. */
export function deletePlaylist(state: MockState, req: SignedInRequest, id: number): MockResponse {
  const current = state.present.playlists.find(p => p.id === id)
  if (!current) return notFound(id)
  const forbidden = notOwner(req.user, current)
  if (forbidden) return forbidden
  state.present.playlists = state.present.playlists.filter(p => p.id !== id)
  const at = now(state)
  state.present.links = state.present.links.map(l =>
    l.playlistId === id && l.revokedAt === null ? { ...l, revokedAt: at } : l,
  )
  auditAdmin(state, req.user, 'playlist', id, 'delete', playlistOf(state, current), null)
  state.changed()
  return noContent()
}
