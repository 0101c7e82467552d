/**
 * What the mock keeps for presentation mode (issue 4): saved playlists and display links. The mock
 * keeps a link's token as issued (it lives only in this browser's own storage); the server keeps
 * only its SHA-256.
 */
import type { PlaylistBody } from '#contract'

export interface MockPlaylist { id: number, ownerId: number, version: number, updatedAt: string, body: PlaylistBody }

export interface MockDisplayLink {
  id: number
  playlistId: number
  label: string
  token: string
  createdById: number
  createdAt: string
  revokedAt: string | null
}

export interface MockPresentState {
  playlists: MockPlaylist[]
  links: MockDisplayLink[]
}

/** Nothing saved yet. */
export function createPresentState(): MockPresentState {
  return { playlists: [], links: [] }
}
