/** The mock's presentation routes (issue 4), all behind the session guard (or a display token's read-only user). */
import type { MockResponse, SignedInRequest } from '../exchange'
import type { MockState } from '../state'
import { createDisplayLink, getDisplayedPlaylist, listDisplayLinks, revokeDisplayLink } from './displayLinks'
import { createPlaylist, deletePlaylist, getPlaylist, listPlaylists, replacePlaylist } from './playlists'
import { reissueDisplayLink } from './reissue'

export interface PresentRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  path: string
  handle(req: SignedInRequest, params: Record<string, string>): MockResponse
}

/** The routes over `state`. */
export function createPresentRoutes(state: MockState): PresentRoute[] {
  return [
    { method: 'GET', path: '/api/playlists', handle: () => listPlaylists(state) },
    { method: 'POST', path: '/api/playlists', handle: req => createPlaylist(state, req) },
    { method: 'GET', path: '/api/playlists/:id', handle: (req, p) => getPlaylist(state, req, p) },
    { method: 'PUT', path: '/api/playlists/:id', handle: (req, p) => replacePlaylist(state, req, p) },
    { method: 'DELETE', path: '/api/playlists/:id', handle: (req, p) => deletePlaylist(state, req, p) },
    { method: 'GET', path: '/api/display', handle: req => getDisplayedPlaylist(state, req) },
    { method: 'GET', path: '/api/display-links', handle: req => listDisplayLinks(state, req) },
    { method: 'POST', path: '/api/display-links', handle: req => createDisplayLink(state, req) },
    { method: 'POST', path: '/api/display-links/:id/revoke', handle: (req, p) => revokeDisplayLink(state, req, p) },
    { method: 'POST', path: '/api/display-links/:id/reissue', handle: (req, p) => reissueDisplayLink(state, req, p) },
  ]
}
