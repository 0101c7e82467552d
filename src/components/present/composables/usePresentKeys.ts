/**
 * The presentation keys: → and PageDown next, ← and PageUp previous (what presenter clickers
 * send), space pause, F full screen, Esc leave. Listened for on the window while the player is
 * mounted, so they work whatever has focus.
 */
import { onBeforeUnmount, onMounted } from 'vue'

export type PresentAction = 'next' | 'previous' | 'pause' | 'fullscreen' | 'exit'

const KEYS: Record<string, PresentAction> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  ' ': 'pause',
  Spacebar: 'pause',
  f: 'fullscreen',
  F: 'fullscreen',
  Escape: 'exit',
}

/**
 * The action of a key press, or null for keys the player leaves alone: unknown keys, chords with
 * Ctrl/Alt/Meta (browser shortcuts), and typing into a form field.
 */
export function actionForKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>,
  target?: EventTarget | null,
): PresentAction | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null
  const el = target as { tagName?: string; isContentEditable?: boolean } | null | undefined
  if (el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName ?? ''))) return null
  return KEYS[event.key] ?? null
}

/**
 * Calls `handle` with the action of every presentation key pressed while the caller is mounted,
 * and the key event's time (performance.now() clock) for timing what it caused.
 */
export function usePresentKeys(handle: (action: PresentAction, at: number) => void): void {
  const onKey = (event: KeyboardEvent) => {
    const action = actionForKey(event, event.target)
    if (!action) return
    // Space would also press a focused button, and the arrows would scroll: the player owns them.
    event.preventDefault()
    handle(action, event.timeStamp)
  }
  onMounted(() => window.addEventListener('keydown', onKey))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey))
}
