import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { effectScope } from 'vue'
import { actionForKey } from '@/components/present/composables/usePresentKeys'
import { usePresentIdle } from '@/components/present/composables/usePresentIdle'

const key = (k: string, mods: Partial<{ ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...mods,
})

describe('actionForKey', () => {
  it('maps clicker and keyboard keys to player actions', () => {
    expect(
      ['ArrowRight', 'PageDown', 'ArrowLeft', 'PageUp', ' ', 'f', 'F', 'Escape'].map(k => actionForKey(key(k))),
    ).toEqual(['next', 'next', 'previous', 'previous', 'pause', 'fullscreen', 'fullscreen', 'exit'])
  })
  it('leaves other keys, browser shortcuts and typing alone', () => {
    expect(actionForKey(key('a'))).toBeNull()
    expect(actionForKey(key('f', { ctrlKey: true }))).toBeNull()
    expect(actionForKey(key('ArrowLeft', { altKey: true }))).toBeNull()
    expect(actionForKey(key(' '), { tagName: 'INPUT' } as unknown as EventTarget)).toBeNull()
    expect(actionForKey(key(' '), { tagName: 'BUTTON' } as unknown as EventTarget)).toBe('pause')
  })
})

describe('usePresentIdle', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('hides the controls after three still seconds and shows them on activity', () => {
    const scope = effectScope()
    const idle = scope.run(() => usePresentIdle())!
    expect(idle.active.value).toBe(true)
    vi.advanceTimersByTime(2999)
    expect(idle.active.value).toBe(true)
    vi.advanceTimersByTime(1)
    expect(idle.active.value).toBe(false)
    idle.wake()
    expect(idle.active.value).toBe(true)
    vi.advanceTimersByTime(2000)
    idle.wake()
    vi.advanceTimersByTime(2000)
    expect(idle.active.value).toBe(true)
    scope.stop()
  })

  it('keeps the controls while keyboard focus is inside them', () => {
    const scope = effectScope()
    const idle = scope.run(() => usePresentIdle())!
    idle.setFocusInside(true)
    vi.advanceTimersByTime(10_000)
    expect(idle.active.value).toBe(true)
    idle.setFocusInside(false)
    vi.advanceTimersByTime(3000)
    expect(idle.active.value).toBe(false)
    scope.stop()
  })
})
