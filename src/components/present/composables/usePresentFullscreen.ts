/** Full screen for the player's root element, following the browser's own state (Esc, F11). */
import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

export interface PresentFullscreen {
  /** For rendering; follows the 'fullscreenchange' event, which comes a little after the change. */
  isFullscreen: Ref<boolean>
  /** Whether the document is in full screen right now (for deciding what a key does). */
  isActive: () => boolean
  toggle: () => Promise<void>
  exit: () => Promise<void>
}

/** Toggles full screen on `root`; failures (no user gesture, not allowed in a frame) are ignored. */
export function usePresentFullscreen(root: Ref<HTMLElement | null | undefined>): PresentFullscreen {
  const isFullscreen = ref(false)
  const sync = () => {
    isFullscreen.value = document.fullscreenElement !== null && document.fullscreenElement === root.value
  }
  onMounted(() => {
    document.addEventListener('fullscreenchange', sync)
    sync()
  })
  onBeforeUnmount(() => document.removeEventListener('fullscreenchange', sync))

  async function exit(): Promise<void> {
    if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined)
  }

  return {
    isFullscreen,
    isActive: () => Boolean(document.fullscreenElement),
    exit,
    async toggle() {
      if (document.fullscreenElement) return exit()
      await root.value?.requestFullscreen?.().catch(() => undefined)
    },
  }
}
