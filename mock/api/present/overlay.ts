/**
 * The presentation part of the mock's saved overlay: playlists and display links. Optional in the
 * overlay, so overlays saved before presentation mode still load.
 */
import type { MockState } from '../state'
import type { MockDisplayLink, MockPlaylist } from './state'

export interface PresentOverlay { playlists: MockPlaylist[], links: MockDisplayLink[] }

/** What presentation mode saved in `state`. */
export function presentOverlayOf(state: MockState): PresentOverlay {
  return { playlists: state.present.playlists, links: state.present.links }
}

/** Replays a presentation overlay onto a fresh state. */
export function replayPresentOverlay(state: MockState, overlay: PresentOverlay): void {
  state.present.playlists = structuredClone(overlay.playlists)
  state.present.links = structuredClone(overlay.links)
}
