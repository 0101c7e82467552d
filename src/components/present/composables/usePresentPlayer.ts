/**
 * Which slide is on the stage and when the next one comes: each slide stays for its own interval,
 * then the next, round after round. Pausing keeps the time left on the current slide; stepping by
 * hand while paused stays paused (a presenter with a clicker talks over a still slide).
 */
import { getCurrentScope, onScopeDispose, readonly, ref, type Ref } from 'vue'

/** The slide after `index` in a round of `count`, wrapping to the first. */
export function nextIndex(index: number, count: number): number {
  return count > 0 ? (index + 1) % count : 0
}

/** The slide before `index`, wrapping to the last. */
export function previousIndex(index: number, count: number): number {
  return count > 0 ? (index - 1 + count) % count : 0
}

export interface PresentPlayer {
  /** The slide on the stage (0-based). */
  index: Readonly<Ref<number>>
  paused: Readonly<Ref<boolean>>
  /** Counts every slide change, also to the same slide of a one-slide playlist (restarts the progress bar). */
  changes: Readonly<Ref<number>>
  /** Starts the clock on the first slide; before this nothing advances (slides are still loading). */
  start: () => void
  next: () => void
  previous: () => void
  togglePause: () => void
  /** Stops the clock for good (the player is closing). */
  stop: () => void
}

/**
 * The slide cursor and its timer. `intervalMs(i)` is slide i's interval, `count()` the number of
 * slides (both read when needed, so an edited playlist applies from the next slide). Inside a
 * component the timer stops when it unmounts.
 */
export function usePresentPlayer(count: () => number, intervalMs: (index: number) => number): PresentPlayer {
  const index = ref(0)
  const paused = ref(false)
  const changes = ref(0)
  let running = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let deadline = 0
  // Time left on the current slide while paused.
  let remaining = 0

  function clear(): void {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
  }

  function schedule(ms: number): void {
    clear()
    deadline = Date.now() + ms
    timer = setTimeout(() => show(nextIndex(index.value, count())), ms)
  }

  function show(i: number): void {
    index.value = i
    changes.value++
    if (!running) return
    if (paused.value) remaining = intervalMs(i)
    else schedule(intervalMs(i))
  }

  const stop = (): void => {
    running = false
    clear()
  }
  // Inside a component the timer goes with it.
  if (getCurrentScope()) onScopeDispose(stop)

  return {
    index: readonly(index),
    paused: readonly(paused),
    changes: readonly(changes),
    start() {
      if (running) return
      running = true
      show(Math.min(index.value, Math.max(0, count() - 1)))
    },
    next: () => show(nextIndex(index.value, count())),
    previous: () => show(previousIndex(index.value, count())),
    togglePause() {
      if (!running) return
      if (paused.value) {
        paused.value = false
        schedule(remaining)
      } else {
        paused.value = true
        remaining = Math.max(0, deadline - Date.now())
        clear()
      }
    },
    stop,
  }
}

/**
 * The slides kept mounted: the one on stage, and the neighbours of the last slide that settled
 * (the one on stage once its frame was painted), hidden, so the next and previous slides are
 * already rendered when a clicker asks for them. Ascending, so the DOM order stays stable.
 */
export function mountedSlides(index: number, settled: number, count: number): number[] {
  if (count <= 0) return []
  return [...new Set([index, settled, nextIndex(settled, count), previousIndex(settled, count)])]
    .filter(i => i >= 0 && i < count)
    .sort((a, b) => a - b)
}
