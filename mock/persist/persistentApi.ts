/**
 * The mock API with its changes kept in storage: the world is generated from the saved overlay's
 * seed and anchor date when there is one (so the overlay fits it), the overlay is replayed, and
 * every later change is saved again.
 */
import type { World } from '#contract'
import { createMockApiOver, type MockApi } from '../api/dispatch'
import { createMockState, type MockStateOptions } from '../api/state'
import { overlayOf, replayOverlay } from './overlay'
import { loadOverlay, saveOverlay, type OverlayStorage } from './storage'

export interface PersistentOptions extends Omit<MockStateOptions, 'onChange'> {
  storage: OverlayStorage
  /** Generates the world; `anchorDate` is the saved one, or undefined on a first start. */
  generate(anchorDate: string | undefined): World
}

/** Builds the mock API from storage and keeps storage up to date. */
export function createPersistentMockApi(opts: PersistentOptions): MockApi {
  const overlay = loadOverlay(opts.storage)
  const world = opts.generate(overlay?.anchorDate)
  const fits = overlay !== null && overlay.seed === world.seed && overlay.anchorDate === world.anchorDate
  const state = createMockState(world, { ...opts, onChange: s => saveOverlay(opts.storage, overlayOf(s)) })
  if (fits) replayOverlay(state, overlay)
  return createMockApiOver(state)
}
