/**
 * Presentation mode (issue 4): saved playlists, the revocable display links that show one on an
 * unattended screen, and GET /api/display, which such a screen polls. Everybody signed in reads
 * playlists; only admins and leaders save them and issue links (PRESENTER_ROLES), checked before
 * the body is read. Whose playlist or link it is (its owner, its creator, an admin) is the record's
 * rule, which the services check.
 */
import {
  displayLink,
  displayLinkCreated,
  displayLinkCreateRequest,
  displayLinkList,
  displayLinkListQuery,
  displayPlaylist,
  playlist,
  playlistBody,
  playlistList,
  playlistUpdateRequest,
  PRESENTER_ROLES,
} from '../present'
import { idParam } from '../queries'
import { route } from './route'

export const playlistRoutes = {
  list: route({
    method: 'GET',
    path: '/api/playlists',
    status: 200,
    response: playlistList,
    errors: [],
    access: 'signedIn',
    tag: 'present',
    description: 'Every saved playlist (all signed-in roles read them).',
  }),
  get: route({
    method: 'GET',
    path: '/api/playlists/:id',
    params: idParam,
    status: 200,
    response: playlist,
    errors: [400, 404],
    access: 'signedIn',
    tag: 'present',
  }),
  create: route({
    method: 'POST',
    path: '/api/playlists',
    body: playlistBody,
    status: 201,
    response: playlist,
    errors: [400, 409],
    access: PRESENTER_ROLES,
    idempotent: true,
    tag: 'present',
    description:
      'Saves a playlist (admin, leader). An Idempotency-Key header (≤ 200 characters) makes a repeat return the first answer.',
  }),
  replace: route({
    method: 'PUT',
    path: '/api/playlists/:id',
    params: idParam,
    body: playlistUpdateRequest,
    status: 200,
    response: playlist,
    errors: [400, 404, 409],
    access: PRESENTER_ROLES,
    tag: 'present',
    description: 'Replaces a playlist (its owner or an admin) at the version it was read at.',
  }),
  delete: route({
    method: 'DELETE',
    path: '/api/playlists/:id',
    params: idParam,
    status: 204,
    response: null,
    errors: [400, 404],
    access: PRESENTER_ROLES,
    tag: 'present',
    description: 'Deletes a playlist (its owner or an admin); its display links are revoked with it.',
  }),
  display: route({
    method: 'GET',
    path: '/api/display',
    status: 200,
    response: displayPlaylist,
    errors: [404],
    access: 'signedIn',
    display: true,
    tag: 'present',
    description:
      'The playlist of the display link presented as `Authorization: Display <token>`; 401 once it is revoked, 404 when the playlist was deleted.',
  }),
}

export const displayLinkRoutes = {
  list: route({
    method: 'GET',
    path: '/api/display-links',
    query: displayLinkListQuery,
    status: 200,
    response: displayLinkList,
    errors: [400],
    access: PRESENTER_ROLES,
    tag: 'present',
    description: 'The links of a playlist (every link without one), revoked ones included.',
  }),
  create: route({
    method: 'POST',
    path: '/api/display-links',
    body: displayLinkCreateRequest,
    status: 201,
    response: displayLinkCreated,
    errors: [400, 409],
    access: PRESENTER_ROLES,
    idempotent: true,
    tag: 'present',
    description:
      'Issues a display link; the answer carries its token, which is never shown again. An Idempotency-Key header makes a repeat answer the same link with a fresh token (the first one stops working).',
  }),
  revoke: route({
    method: 'POST',
    path: '/api/display-links/:id/revoke',
    params: idParam,
    status: 200,
    response: displayLink,
    errors: [400, 404],
    access: PRESENTER_ROLES,
    tag: 'present',
    description: 'Revokes a link (an admin, or the leader who created it).',
  }),
  reissue: route({
    method: 'POST',
    path: '/api/display-links/:id/reissue',
    params: idParam,
    status: 200,
    response: displayLink,
    errors: [400, 404, 409],
    access: PRESENTER_ROLES,
    tag: 'present',
    description:
      "Freezes the playlist as it is now into the link (an admin, the link's creator or the playlist's owner): its screen shows the new version from its next check. The token stays; a revoked link is 409.",
  }),
}
