/**
 * What the mock keeps for presentation mode (issue 4): saved playlists and display links. The mock
 * keeps a link's token as issued (it lives only in this browser's own storage); the server keeps
 * only its SHA-256.
 */
import type { FrozenPlaylist, PlaylistBody } from '#contract'

export interface MockPlaylist {
  id: number
  ownerId: number
  version: number
  updatedAt: string
  body: PlaylistBody
}

/** The playlist as a link froze it when issued or reissued (issue 10), as the server's migration 008 keeps it. */
export type MockFrozenPlaylist = FrozenPlaylist

export interface MockDisplayLink {
  id: number
  playlistId: number
  label: string
  token: string
  createdById: number
  createdAt: string
  revokedAt: string | null
  /** Null only for a link whose playlist was gone when an older overlay was replayed. */
  frozen: MockFrozenPlaylist | null
}

export interface MockPresentState {
  playlists: MockPlaylist[]
  links: MockDisplayLink[]
}

/** Nothing saved yet. */
export function createPresentState(): MockPresentState {
  return { playlists: [], links: [] }
}
