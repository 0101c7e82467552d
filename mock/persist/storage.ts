/**
 * The overlay in the browser's localStorage (or any Storage-like object, for tests). One key,
 * rewritten after each change; a missing, broken or older overlay reads as none.
 */
import { isOverlay, type Overlay } from './overlay'

export const OVERLAY_KEY = 'chain-cockpit:mock-overlay'

export type OverlayStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/** The saved overlay, or null. */
export function loadOverlay(storage: OverlayStorage): Overlay | null {
  try {
    const raw = storage.getItem(OVERLAY_KEY)
    const value: unknown = raw === null ? null : JSON.parse(raw)
    return isOverlay(value) ? value : null
  }
  catch {
    return null
  }
}

/** Saves `overlay`; a full storage loses the save rather than breaking the write that caused it. */
export function saveOverlay(storage: OverlayStorage, overlay: Overlay): boolean {
  try {
    storage.setItem(OVERLAY_KEY, JSON.stringify(overlay))
    return true
  }
  catch {
    return false
  }
}

/** Forgets every change: the next start serves the freshly generated demo world. */
export function clearOverlay(storage: OverlayStorage): void {
  storage.removeItem(OVERLAY_KEY)
}
