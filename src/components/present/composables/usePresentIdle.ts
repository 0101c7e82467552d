/**
 * The player's controls show while the pointer moves and hide after it has been still for a few
 * seconds, with the cursor, so the audience sees only the slide. They stay while keyboard focus
 * is inside them, so a keyboard user can reach every button.
 */
import { getCurrentScope, onScopeDispose, ref, type Ref } from 'vue'

export const IDLE_MS = 3000

export interface PresentIdle {
  /** True while the controls should be visible. */
  active: Ref<boolean>
  /** The pointer moved or a key was pressed: show the controls and restart the idle clock. */
  wake: () => void
  /** Focus entered (true) or left (false) the controls. */
  setFocusInside: (inside: boolean) => void
}

/** Controls visibility driven by activity; hides `idleMs` after the last wake unless focus is inside. */
export function usePresentIdle(idleMs = IDLE_MS): PresentIdle {
  const active = ref(true)
  let focusInside = false
  let timer: ReturnType<typeof setTimeout> | undefined

  function arm(): void {
    if (timer !== undefined) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = undefined
      if (!focusInside) active.value = false
    }, idleMs)
  }

  function wake(): void {
    active.value = true
    arm()
  }

  if (getCurrentScope())
    onScopeDispose(() => {
      if (timer !== undefined) clearTimeout(timer)
    })
  arm()

  return {
    active,
    wake,
    setFocusInside(inside) {
      focusInside = inside
      if (inside) active.value = true
      else arm()
    },
  }
}
