/**
 * The overlay in the browser's localStorage (or any Storage-like object, for tests). One key,
 * rewritten after each change; a missing or broken overlay reads as none, and one saved under
 * another schema version is removed with a warning, so the demo starts afresh knowingly.
 */
import { isOverlay, OVERLAY_VERSION, type Overlay } from './overlay'

export const OVERLAY_KEY = 'chain-cockpit:mock-overlay'

export type OverlayStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/** The schema version an overlay was saved under, when it says. */
function versionOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null ? (value as { version?: unknown }).version : undefined
}

/**
 * The saved overlay, or null. An overlay saved under another schema version is removed and `warn`
 * (the console by default) says that the mock's saved changes were dropped.
 */
export function loadOverlay(storage: OverlayStorage, warn: (message: string) => void = console.warn): Overlay | null {
  try {
    const raw = storage.getItem(OVERLAY_KEY)
    const value: unknown = raw === null ? null : JSON.parse(raw)
    const version = versionOf(value)
    if (version !== undefined && version !== OVERLAY_VERSION) {
      storage.removeItem(OVERLAY_KEY)
      warn(
        `Mock mode: changes saved under overlay version ${String(version)} were dropped; this version (${OVERLAY_VERSION}) starts from the generated demo world.`,
      )
      return null
    }
    return isOverlay(value) ? value : null
  } catch {
    return null
  }
}

/** Saves `overlay`; a full storage loses the save rather than breaking the write that caused it. */
export function saveOverlay(storage: OverlayStorage, overlay: Overlay): boolean {
  try {
    storage.setItem(OVERLAY_KEY, JSON.stringify(overlay))
    return true
  } catch {
    return false
  }
}

/** Forgets every change: the next start serves the freshly generated demo world. */
export function clearOverlay(storage: OverlayStorage): void {
  storage.removeItem(OVERLAY_KEY)
}
