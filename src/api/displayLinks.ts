/**
 * Revocable read-only display links for unattended screens (/api/display-links). Admins and
 * leaders list and create them; the token comes back once, at creation, and never again.
 */
import { displayLinkRoutes, type DisplayLink, type DisplayLinkCreated } from '#contract'
import { call } from './call'

export { fetchDisplayPlaylist } from './playlists'

/** The display links of one playlist, revoked ones included. */
export async function fetchDisplayLinks(playlistId: number): Promise<DisplayLink[]> {
  return (await call(displayLinkRoutes.list, { query: { playlistId } })).items
}

/**
 * Issues a link; the answer's `token` is the only time the secret is shown. A retry with the same
 * `idempotencyKey` answers the same link with a fresh token (the first one stops working).
 */
export function createDisplayLink(
  req: { playlistId: number; label: string },
  idempotencyKey?: string,
): Promise<DisplayLinkCreated> {
  return call(displayLinkRoutes.create, { body: req }, { idempotencyKey })
}

/** Revokes a link: a screen using it gets 401 from then on. */
export function revokeDisplayLink(id: number): Promise<DisplayLink> {
  return call(displayLinkRoutes.revoke, { params: { id } })
}

/**
 * Reissues a link with the playlist as saved now: its screen shows the new version at its next
 * check (a link freezes its playlist when issued). Answers the link with its new `playlistVersion`.
 */
export function reissueDisplayLink(id: number): Promise<DisplayLink> {
  return call(displayLinkRoutes.reissue, { params: { id } })
}
