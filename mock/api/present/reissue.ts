/**
 * POST /api/display-links/:id/reissue in the mock: freezes the playlist as it is now into the link,
 * with the rules and order of checks of server/services/displayLinks.ts reissueDisplayLink.
 */
import { freezePlaylist, notFoundFailure, reissueRefusal } from '#contract'
import { auditAdmin } from '../admin/respond'
import type { MockResponse, SignedInRequest } from '../exchange'
import { failed } from '../result'
import type { MockState } from '../state'
import { linkOf } from './displayLinks'

/** Reissues link `:id` (an admin, its creator, or the playlist's owner); already current → unchanged, no audit. */
export function reissueDisplayLink(state: MockState, req: SignedInRequest, id: number): MockResponse {
  const i = state.present.links.findIndex(l => l.id === id)
  const current = state.present.links[i]
  if (!current) return failed(notFoundFailure('display link', id))
  const playlist = state.present.playlists.find(p => p.id === current.playlistId)
  const refused = reissueRefusal(req.user, current, playlist?.ownerId)
  if (refused) return failed(refused)
  if (!playlist) return failed(notFoundFailure('playlist', current.playlistId))
  if (current.frozen?.version === playlist.version) return { status: 200, body: linkOf(state, current) }
  const next = { ...current, frozen: freezePlaylist(playlist) }
  state.present.links[i] = next
  auditAdmin(state, req.user, 'display_link', id, 'update_playlist', linkOf(state, current), linkOf(state, next))
  state.changed()
  return { status: 200, body: linkOf(state, next) }
}
