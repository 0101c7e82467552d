import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { freshnessOf, isDue, usePresentData } from '@/components/present/composables/usePresentData'

const MIN = 60_000

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-06-30T02:00:00Z') })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('freshnessOf', () => {
  const at = Date.parse('2026-06-30T02:00:00Z')
  it('calls live data fresh for two refresh periods, then stale', () => {
    const s = { data: 1, loadedAt: at, failed: false }
    expect(freshnessOf(s, at + 2 * MIN, false)).toBe('fresh')
    expect(freshnessOf(s, at + 2 * MIN + 1, false)).toBe('stale')
  })
  it('says unreachable when the last request failed, whatever the age', () => {
    expect(freshnessOf({ data: 1, loadedAt: at, failed: true }, at, false)).toBe('unreachable')
  })
  it('calls frozen data a snapshot however old', () => {
    expect(freshnessOf({ data: 1, loadedAt: at, failed: false }, at + 1e9, true)).toBe('snapshot')
  })
  it('is loading before the first answer', () => {
    expect(freshnessOf({ data: undefined, loadedAt: null, failed: false }, at, false)).toBe('loading')
  })
  it('makes live data due after one refresh period, frozen data never once it has arrived', () => {
    const s = { data: 1, loadedAt: at, failed: false }
    expect(isDue(s, at + MIN - 1, false)).toBe(false)
    expect(isDue(s, at + MIN, false)).toBe(true)
    expect(isDue(s, at + 10 * MIN, true)).toBe(false)
    expect(isDue({ data: undefined, loadedAt: null, failed: true }, at, true)).toBe(true)
  })
})

describe('usePresentData', () => {
  it('loads every slide once on start', async () => {
    const load = vi.fn(async (i: number) => `slide ${i}`)
    const d = usePresentData(() => 3, load, { frozen: false })
    await d.start()
    expect(d.states.value.map(s => s.data)).toEqual(['slide 0', 'slide 1', 'slide 2'])
    expect(load).toHaveBeenCalledTimes(3)
    d.stop()
  })

  it('refreshes live data in the background and keeps the last data when a refresh fails', async () => {
    let version = 1
    let down = false
    const d = usePresentData(
      () => 2,
      async i => {
        if (down) throw new Error('unreachable')
        return `v${version} s${i}`
      },
      { frozen: false },
    )
    await d.start()
    const firstLoad = d.states.value[0]!.loadedAt
    version = 2
    await vi.advanceTimersByTimeAsync(MIN + 15_000)
    expect(d.states.value.map(s => s.data)).toEqual(['v2 s0', 'v2 s1'])
    down = true
    await vi.advanceTimersByTimeAsync(MIN + 15_000)
    expect(d.states.value.map(s => s.data)).toEqual(['v2 s0', 'v2 s1'])
    expect(d.states.value.every(s => s.failed)).toBe(true)
    expect(d.states.value[0]!.loadedAt).toBeGreaterThan(firstLoad!)
    expect(freshnessOf(d.states.value[0]!, d.now.value, false)).toBe('unreachable')
    down = false
    await vi.advanceTimersByTimeAsync(15_000)
    expect(d.states.value.every(s => !s.failed)).toBe(true)
    d.stop()
  })

  it('never reloads frozen data, but retries a slide that never loaded', async () => {
    let failFirst = true
    const load = vi.fn(async (i: number) => {
      if (i === 1 && failFirst) {
        failFirst = false
        throw new Error('down')
      }
      return i
    })
    const d = usePresentData(() => 2, load, { frozen: true })
    await d.start()
    expect(d.states.value[1]!.loadedAt).toBeNull()
    await vi.advanceTimersByTimeAsync(10 * MIN)
    expect(d.states.value.map(s => s.data)).toEqual([0, 1])
    expect(load).toHaveBeenCalledTimes(3)
    d.enter(0)
    expect(load).toHaveBeenCalledTimes(3)
    d.stop()
  })

  it('reloads a live slide that comes on stage with data older than the refresh period', async () => {
    const load = vi.fn(async (i: number) => i)
    const d = usePresentData(() => 2, load, { frozen: false, tickMs: 10 * MIN })
    await d.start()
    d.enter(1)
    expect(load).toHaveBeenCalledTimes(2)
    vi.setSystemTime(Date.now() + MIN)
    d.enter(1)
    await vi.advanceTimersByTimeAsync(0)
    expect(load).toHaveBeenCalledTimes(3)
    expect(load).toHaveBeenLastCalledWith(1)
    d.stop()
  })

  it('loads at most four slides at once', async () => {
    let running = 0
    let peak = 0
    const d = usePresentData(
      () => 12,
      async () => {
        running++
        peak = Math.max(peak, running)
        await new Promise(r => setTimeout(r, 100))
        running--
        return 1
      },
      { frozen: false },
    )
    const done = d.start()
    await vi.advanceTimersByTimeAsync(1000)
    await done
    expect(peak).toBe(4)
    expect(d.states.value.every(s => s.loadedAt !== null)).toBe(true)
    d.stop()
  })
})
