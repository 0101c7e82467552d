/**
 * Saved presentation playlists (/api/playlists). Every signed-in user reads them; admins and
 * leaders create; the owner or an admin edits and deletes. Answers are checked against the
 * contract; failures arrive as ApiError (fields on 400, `stale_version` with `current` on 409).
 */
import type { z } from 'zod'
import {
  displayPlaylist,
  playlist,
  playlistList,
  type DisplayPlaylist,
  type Playlist,
  type PlaylistBodyInput,
} from '#contract'
import { checkJson, getJson, http } from './http'
import { postJson } from './writeRequest'

/** PUT a JSON body (a playlist is replaced whole, with the version it was read at). */
async function putJson<S extends z.ZodType>(url: string, body: unknown, schema: S): Promise<z.infer<S>> {
  const res = await http.put(url, body)
  return checkJson(url, schema, res.status, res.data)
}

/** Every saved playlist. */
export async function fetchPlaylists(): Promise<Playlist[]> {
  return (await getJson('/api/playlists', playlistList)).items
}

/** One saved playlist with its version. */
export function fetchPlaylist(id: number): Promise<Playlist> {
  return getJson(`/api/playlists/${id}`, playlist)
}

/** Saves a new playlist; `idempotencyKey` makes a retried submission create it once. */
export function createPlaylist(body: PlaylistBodyInput, idempotencyKey?: string): Promise<Playlist> {
  return postJson('/api/playlists', body, playlist, idempotencyKey)
}

/** Replaces a playlist's body; 409 stale_version when someone saved it since `req.version`. */
export function updatePlaylist(id: number, req: { version: number; body: PlaylistBodyInput }): Promise<Playlist> {
  return putJson(`/api/playlists/${id}`, req, playlist)
}

/** Deletes a playlist (its display links stop working). */
export async function deletePlaylist(id: number): Promise<void> {
  await http.delete(`/api/playlists/${id}`)
}

/** The playlist of the display token in use (see displayToken.ts), with the link's label; 401 once the link is revoked. */
export function fetchDisplayPlaylist(): Promise<DisplayPlaylist> {
  return getJson('/api/display', displayPlaylist)
}
