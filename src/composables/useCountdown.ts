/**
 * Whole seconds left until a moment, ticking down once a second: the sign-in page shows the wait
 * a 429 asked for and keeps its button off until then. Stops with the calling component.
 */
import { getCurrentScope, onScopeDispose, ref, type Ref } from 'vue'

export interface Countdown {
  /** Seconds left, 0 when there is nothing to wait for. */
  remaining: Ref<number>
  /** Starts (or restarts) counting `seconds` down from now. */
  start(seconds: number): void
}

/** A countdown on the real clock (fake timers move it in tests). */
export function useCountdown(): Countdown {
  const remaining = ref(0)
  let until = 0
  let timer: ReturnType<typeof setInterval> | undefined

  function stop(): void {
    if (timer !== undefined) clearInterval(timer)
    timer = undefined
  }
  function tick(): void {
    remaining.value = Math.max(0, Math.ceil((until - Date.now()) / 1000))
    if (remaining.value === 0) stop()
  }
  if (getCurrentScope()) onScopeDispose(stop)

  return {
    remaining,
    start(seconds) {
      stop()
      until = Date.now() + seconds * 1000
      tick()
      if (remaining.value > 0) timer = setInterval(tick, 1000)
    },
  }
}
