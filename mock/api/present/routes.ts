/**
 * The mock's presentation routes (issue 4), by their manifest entries (contract/routes/present.ts):
 * the dispatcher checks roles and parses the input before a handler runs; all are behind the
 * session guard (or, for GET /api/display, a display token's read-only user).
 */
import { displayLinkRoutes, playlistRoutes } from '#contract'
import { mockRoute, type ManifestRoute } from '../manifestRoute'
import type { MockState } from '../state'
import { createDisplayLink, getDisplayedPlaylist, listDisplayLinks, revokeDisplayLink } from './displayLinks'
import { createPlaylist, deletePlaylist, getPlaylist, listPlaylists, replacePlaylist } from './playlists'
import { reissueDisplayLink } from './reissue'

/** The routes over `state`. */
export function createPresentRoutes(state: MockState): ManifestRoute[] {
  return [
    mockRoute(playlistRoutes.list, () => listPlaylists(state)),
    mockRoute(playlistRoutes.create, (req, { body }) => createPlaylist(state, req, body)),
    mockRoute(playlistRoutes.get, (_, { params }) => getPlaylist(state, params.id)),
    mockRoute(playlistRoutes.replace, (req, { params, body }) => replacePlaylist(state, req, params.id, body)),
    mockRoute(playlistRoutes.delete, (req, { params }) => deletePlaylist(state, req, params.id)),
    mockRoute(playlistRoutes.display, req => getDisplayedPlaylist(state, req)),
    mockRoute(displayLinkRoutes.list, (_, { query }) => listDisplayLinks(state, query.playlistId)),
    mockRoute(displayLinkRoutes.create, (req, { body }) => createDisplayLink(state, req, body)),
    mockRoute(displayLinkRoutes.revoke, (req, { params }) => revokeDisplayLink(state, req, params.id)),
    mockRoute(displayLinkRoutes.reissue, (req, { params }) => reissueDisplayLink(state, req, params.id)),
  ]
}
