import { onBeforeUnmount, ref, type Ref } from 'vue'

/** The phone breakpoint of the layout (tokens and component styles use the same 640 px). */
export const NARROW_QUERY = '(max-width: 640px)'

/** True while the viewport is phone-sized; charts use it to pick a compact layout. */
export function useNarrow(): Ref<boolean> {
  const mql = typeof matchMedia === 'function' ? matchMedia(NARROW_QUERY) : undefined
  const narrow = ref(mql?.matches ?? false)
  const onChange = (e: MediaQueryListEvent) => {
    narrow.value = e.matches
  }
  mql?.addEventListener('change', onChange)
  onBeforeUnmount(() => mql?.removeEventListener('change', onChange))
  return narrow
}
