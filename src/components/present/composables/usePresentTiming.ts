/**
 * Performance marks around a slide change, for `npm run bench` (tests/bench/present.ts): a key
 * press (its event time) or button press marks the start, the next painted frame after the new slide is in the DOM marks
 * the end, and a `present:slide-change` measure spans them. Marks are cleared at once so a screen
 * running for days does not grow the performance timeline.
 */
export const CHANGE_START = 'present:change-start'
export const SLIDE_SHOWN = 'present:slide-shown'
export const SLIDE_CHANGE = 'present:slide-change'

export interface PresentTiming {
  /** A change was asked for (key or button), at `at` on the performance.now() clock (default: now). */
  start: (at?: number) => void
  /** The new slide is in the DOM (call after Vue's post-flush); marks after the next paint. */
  shown: () => void
}

/** Runs `fn` once the next frame has been painted (rAF runs before the paint; the task after it, once painted). */
export function afterNextPaint(fn: () => void): void {
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(fn, 0)
    return
  }
  requestAnimationFrame(() => setTimeout(fn, 0))
}

/** Slide-change timing marks; harmless where the Performance API is missing. */
export function usePresentTiming(): PresentTiming {
  const perf = typeof performance !== 'undefined' && typeof performance.mark === 'function' ? performance : undefined
  return {
    start(at) {
      perf?.clearMarks(CHANGE_START)
      perf?.mark(CHANGE_START, at === undefined ? undefined : { startTime: at })
    },
    shown() {
      if (!perf) return
      afterNextPaint(() => {
        if (perf.getEntriesByName(CHANGE_START, 'mark').length === 0) return
        perf.mark(SLIDE_SHOWN)
        perf.measure(SLIDE_CHANGE, CHANGE_START, SLIDE_SHOWN)
        perf.clearMarks(CHANGE_START)
        perf.clearMarks(SLIDE_SHOWN)
        perf.clearMeasures(SLIDE_CHANGE)
      })
    },
  }
}
