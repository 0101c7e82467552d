import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

/**
 * Counts from 0 up to `total`, one step per browser task, starting after mount. A view renders
 * its sections `v-if="shown > i"` so their first renders land in separate short tasks instead of
 * one long one (Total Blocking Time); the browser can paint and handle input in between.
 */
export function useStagedReveal(total: number): Ref<number> {
  const shown = ref(0)
  let timer: ReturnType<typeof setTimeout> | undefined
  function step(): void {
    shown.value++
    if (shown.value < total) timer = setTimeout(step, 0)
  }
  onMounted(() => { timer = setTimeout(step, 0) })
  onBeforeUnmount(() => clearTimeout(timer))
  return shown
}
