import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  mountedSlides,
  nextIndex,
  previousIndex,
  usePresentPlayer,
} from '@/components/present/composables/usePresentPlayer'

const INTERVALS = [2000, 5000, 3000]

function player() {
  return usePresentPlayer(
    () => INTERVALS.length,
    i => INTERVALS[i]!,
  )
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('slide order', () => {
  it('wraps forwards and backwards', () => {
    expect([0, 1, 2].map(i => nextIndex(i, 3))).toEqual([1, 2, 0])
    expect([0, 1, 2].map(i => previousIndex(i, 3))).toEqual([2, 0, 1])
    expect(nextIndex(0, 1)).toBe(0)
    expect(previousIndex(0, 0)).toBe(0)
  })
})

describe('usePresentPlayer', () => {
  it('does not advance before it is started', () => {
    const p = player()
    vi.advanceTimersByTime(60_000)
    expect(p.index.value).toBe(0)
  })

  it('keeps each slide up for its own interval, round after round', () => {
    const p = player()
    p.start()
    const seen: number[] = [p.index.value]
    for (const ms of [1999, 1, 4999, 1, 2999, 1, 2000]) {
      vi.advanceTimersByTime(ms)
      seen.push(p.index.value)
    }
    expect(seen).toEqual([0, 0, 1, 1, 2, 2, 0, 1])
  })

  it('stays on the slide while paused and resumes with the time that was left', () => {
    const p = player()
    p.start()
    vi.advanceTimersByTime(1500)
    p.togglePause()
    vi.advanceTimersByTime(30_000)
    expect(p.index.value).toBe(0)
    expect(p.paused.value).toBe(true)
    p.togglePause()
    vi.advanceTimersByTime(499)
    expect(p.index.value).toBe(0)
    vi.advanceTimersByTime(1)
    expect(p.index.value).toBe(1)
  })

  it('steps by hand, restarting the interval of the slide it lands on', () => {
    const p = player()
    p.start()
    vi.advanceTimersByTime(1900)
    p.next()
    expect(p.index.value).toBe(1)
    vi.advanceTimersByTime(4999)
    expect(p.index.value).toBe(1)
    p.previous()
    p.previous()
    expect(p.index.value).toBe(2)
    vi.advanceTimersByTime(3000)
    expect(p.index.value).toBe(0)
  })

  it('stays paused when stepping by hand while paused', () => {
    const p = player()
    p.start()
    p.togglePause()
    p.next()
    vi.advanceTimersByTime(60_000)
    expect(p.index.value).toBe(1)
    p.togglePause()
    vi.advanceTimersByTime(5000)
    expect(p.index.value).toBe(2)
  })

  it('counts every change so a one-slide playlist still restarts its progress', () => {
    const p = usePresentPlayer(
      () => 1,
      () => 2000,
    )
    p.start()
    const before = p.changes.value
    vi.advanceTimersByTime(4000)
    expect(p.index.value).toBe(0)
    expect(p.changes.value).toBe(before + 2)
  })

  it('stops advancing once stopped', () => {
    const p = player()
    p.start()
    p.stop()
    vi.advanceTimersByTime(60_000)
    expect(p.index.value).toBe(0)
  })
})

describe('mountedSlides', () => {
  it('keeps the settled slide and both neighbours rendered', () => {
    expect(mountedSlides(2, 2, 5)).toEqual([1, 2, 3])
    expect(mountedSlides(0, 0, 5)).toEqual([0, 1, 4])
  })
  it('shows a slide asked for before its neighbours settle, dropping nothing still needed', () => {
    expect(mountedSlides(3, 2, 5)).toEqual([1, 2, 3])
    expect(mountedSlides(4, 2, 5)).toEqual([1, 2, 3, 4])
  })
  it('mounts each slide once in short playlists', () => {
    expect(mountedSlides(0, 0, 1)).toEqual([0])
    expect(mountedSlides(1, 0, 2)).toEqual([0, 1])
    expect(mountedSlides(0, 0, 0)).toEqual([])
  })
})
