// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { chinaInstant } from '#contract'
import { pinnedClock } from '../../server/pinnedClock'

describe('the clock of a server pinned on a business date', () => {
  it('keeps the real time of day in China and moves it onto the pinned date', () => {
    const now = pinnedClock('2026-06-30', () => new Date('2026-11-27T02:15:00Z'))
    expect(chinaInstant(now())).toBe('2026-06-30T10:15:00.000+08:00')
  })

  it('stays on the pinned date late in the China day, when UTC is still the day before', () => {
    const now = pinnedClock('2026-06-30', () => new Date('2026-11-26T23:30:00Z'))
    expect(chinaInstant(now()).slice(0, 10)).toBe('2026-06-30')
  })
})
