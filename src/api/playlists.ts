/**
 * Saved presentation playlists (/api/playlists). Every signed-in user reads them; admins and
 * leaders create; the owner or an admin edits and deletes. Answers are checked against the
 * contract; failures arrive as ApiError (fields on 400, `stale_version` with `current` on 409).
 */
import { playlistRoutes, type DisplayPlaylist, type Playlist, type PlaylistBodyInput } from '#contract'
import { call } from './call'

/** Every saved playlist. */
export async function fetchPlaylists(): Promise<Playlist[]> {
  return (await call(playlistRoutes.list, {})).items
}

/** One saved playlist with its version. */
export function fetchPlaylist(id: number): Promise<Playlist> {
  return call(playlistRoutes.get, { params: { id } })
}

/** Saves a new playlist; `idempotencyKey` makes a retried submission create it once. */
export function createPlaylist(body: PlaylistBodyInput, idempotencyKey?: string): Promise<Playlist> {
  return call(playlistRoutes.create, { body }, { idempotencyKey })
}

/** Replaces a playlist's body; 409 stale_version when someone saved it since `req.version`. */
export function updatePlaylist(id: number, req: { version: number; body: PlaylistBodyInput }): Promise<Playlist> {
  return call(playlistRoutes.replace, { params: { id }, body: req })
}

/** Deletes a playlist (its display links stop working). */
export async function deletePlaylist(id: number): Promise<void> {
  await call(playlistRoutes.delete, { params: { id } })
}

/** The playlist of the display token in use (see displayToken.ts), with the link's label; 401 once the link is revoked. */
export function fetchDisplayPlaylist(): Promise<DisplayPlaylist> {
  return call(playlistRoutes.display, {})
}
