/**
 * The data behind every slide of a playing playlist. Live: refreshed in the background (every
 * slide older than the refresh period, checked on a short tick and when a slide comes up), and a
 * failed refresh keeps the data it had — a meeting screen shows slightly old numbers with a
 * warning, never a blank or an error page. Frozen: loaded once and never changed; a slide whose
 * first load failed is retried until it has data.
 */
import { getCurrentScope, onScopeDispose, ref, shallowRef, type Ref } from 'vue'

/** How often live data is refreshed, and how old it may get before it counts as stale (twice that). */
export const LIVE_REFRESH_MS = 60_000
/** How often the clock ticks: retries, refreshes due, the freshness shown. */
export const TICK_MS = 15_000
/** Slides loaded at once, so a 50-slide playlist does not fire all its requests together. */
const CONCURRENCY = 4

export interface SlideDataState {
  data: unknown
  /** When `data` arrived (ms since epoch); null while it never has. */
  loadedAt: number | null
  /** The last request for this slide failed (the data, if any, is from before). */
  failed: boolean
}

/** What the screen says about the current slide's numbers. */
export type Freshness = 'loading' | 'fresh' | 'stale' | 'unreachable' | 'snapshot'

/**
 * The freshness of one slide's data at `now`: a frozen slide with data is a snapshot; a live one is
 * fresh up to twice the refresh period, stale after; any slide whose last request failed is
 * 'unreachable' (it keeps its data); a slide still waiting for its first answer is 'loading'.
 */
export function freshnessOf(
  state: SlideDataState,
  now: number,
  frozen: boolean,
  refreshMs = LIVE_REFRESH_MS,
): Freshness {
  if (state.failed) return 'unreachable'
  if (state.loadedAt === null) return 'loading'
  if (frozen) return 'snapshot'
  return now - state.loadedAt > 2 * refreshMs ? 'stale' : 'fresh'
}

/** Whether a slide should be (re)loaded now: it has no data, or it is live and its data is due. */
export function isDue(state: SlideDataState, now: number, frozen: boolean, refreshMs = LIVE_REFRESH_MS): boolean {
  if (state.loadedAt === null) return true
  return !frozen && now - state.loadedAt >= refreshMs
}

export interface PresentDataOptions {
  frozen: boolean
  refreshMs?: number
  tickMs?: number
}

export interface PresentData {
  /** One state per slide, replaced (not mutated) on every change. */
  states: Ref<readonly SlideDataState[]>
  /** The clock the freshness is read against, ticking every TICK_MS. */
  now: Ref<number>
  /** Loads every slide and starts the background tick; resolves once every slide has answered once. */
  start: () => Promise<void>
  /** A slide comes on stage: load it at once if it is due. */
  enter: (index: number) => void
  stop: () => void
}

const empty = (): SlideDataState => ({ data: undefined, loadedAt: null, failed: false })

/**
 * Keeps `count()` slides' data, loading slide i with `load(i)`. Stops its tick with the calling
 * component or scope.
 */
export function usePresentData(
  count: () => number,
  load: (index: number) => Promise<unknown>,
  options: PresentDataOptions,
): PresentData {
  const refreshMs = options.refreshMs ?? LIVE_REFRESH_MS
  const tickMs = options.tickMs ?? TICK_MS
  const states = shallowRef<readonly SlideDataState[]>(Array.from({ length: count() }, empty))
  const now = ref(Date.now())
  const inFlight = new Set<number>()
  const queue: number[] = []
  let active = 0
  let ticker: ReturnType<typeof setInterval> | undefined
  let stopped = false

  function patch(i: number, change: Partial<SlideDataState>): void {
    const next = states.value.slice()
    next[i] = { ...(next[i] ?? empty()), ...change }
    states.value = next
  }

  async function loadOne(i: number): Promise<void> {
    try {
      const data = await load(i)
      if (!stopped) patch(i, { data, loadedAt: Date.now(), failed: false })
    } catch {
      if (!stopped) patch(i, { failed: true })
    }
  }

  let drained: (() => void) | undefined
  function pump(): void {
    while (active < CONCURRENCY && queue.length) {
      const i = queue.shift()!
      active++
      void loadOne(i).finally(() => {
        active--
        inFlight.delete(i)
        pump()
      })
    }
    if (active === 0 && queue.length === 0) drained?.()
  }

  function request(i: number, first = false): void {
    if (stopped || inFlight.has(i)) return
    inFlight.add(i)
    // A slide about to be shown goes before background refreshes.
    if (first) queue.unshift(i)
    else queue.push(i)
    pump()
  }

  function tick(): void {
    now.value = Date.now()
    states.value.forEach((s, i) => {
      if (isDue(s, now.value, options.frozen, refreshMs)) request(i)
    })
  }

  function stop(): void {
    stopped = true
    queue.length = 0
    if (ticker !== undefined) clearInterval(ticker)
    ticker = undefined
    drained?.()
  }
  if (getCurrentScope()) onScopeDispose(stop)

  return {
    states,
    now,
    start() {
      if (states.value.length !== count()) states.value = Array.from({ length: count() }, empty)
      const settled = new Promise<void>(resolve => {
        drained = resolve
      })
      for (let i = 0; i < count(); i++) request(i)
      if (ticker === undefined && !stopped) ticker = setInterval(tick, tickMs)
      return settled
    },
    enter(i) {
      now.value = Date.now()
      const s = states.value[i]
      if (s && isDue(s, now.value, options.frozen, refreshMs)) request(i, true)
    },
    stop,
  }
}
