/**
 * The presentation part of the mock's saved overlay: playlists and display links. Optional in the
 * overlay, so overlays saved before presentation mode still load.
 */
import type { MockState } from '../state'
import type { MockDisplayLink, MockPlaylist } from './state'

/** Links saved before issue 10 have no `frozen`. */
export interface PresentOverlay {
  playlists: MockPlaylist[]
  links: (Omit<MockDisplayLink, 'frozen'> & { frozen?: MockDisplayLink['frozen'] })[]
}

/** What presentation mode saved in `state`. */
export function presentOverlayOf(state: MockState): PresentOverlay {
  return { playlists: state.present.playlists, links: state.present.links }
}

/**
 * Replays a presentation overlay onto a fresh state. Links saved before they froze their playlist
 * (issue 10) get its current body, as the server's migration 008 gives them.
 */
export function replayPresentOverlay(state: MockState, overlay: PresentOverlay): void {
  state.present.playlists = structuredClone(overlay.playlists)
  state.present.links = structuredClone(overlay.links).map(({ frozen, ...l }): MockDisplayLink => {
    if (frozen !== undefined) return { ...l, frozen }
    const p = state.present.playlists.find(x => x.id === l.playlistId)
    return { ...l, frozen: p ? { body: p.body, version: p.version, updatedAt: p.updatedAt } : null }
  })
}
