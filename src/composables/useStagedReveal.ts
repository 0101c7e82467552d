import { onBeforeUnmount, onMounted, ref, watch, type Ref, type WatchSource } from 'vue'

/**
 * Counts from 0 up to `total`, one step per browser task, starting after mount — or, given
 * `startWhen`, once that turns true after mount. A view renders its sections `v-if="shown > i"` so
 * their first renders land in separate short tasks instead of one long one (Total Blocking Time);
 * the browser can paint and handle input in between. `startWhen` is for sections that cannot
 * render before something else settles (the first route, which waits for the session check):
 * counting from mount would have finished by then, and everything would render in one task.
 */
export function useStagedReveal(total: number, startWhen?: WatchSource<boolean>): Ref<number> {
  const shown = ref(0)
  let timer: ReturnType<typeof setTimeout> | undefined
  function step(): void {
    shown.value++
    if (shown.value < total) timer = setTimeout(step, 0)
  }
  onMounted(() => {
    if (!startWhen) {
      timer = setTimeout(step, 0)
      return
    }
    const stop = watch(
      startWhen,
      ready => {
        if (!ready) return
        timer = setTimeout(step, 0)
        queueMicrotask(() => stop())
      },
      { immediate: true },
    )
  })
  onBeforeUnmount(() => clearTimeout(timer))
  return shown
}
