import { describe, expect, it } from 'vitest'
import { slideDay, slidePeriod, trendPeriod } from '@/components/present/slides/shared/slidePeriod'

describe('slidePeriod', () => {
  it('covers the 12 months ending today when live', () => {
    expect(slidePeriod({ asOf: null }, '2026-11-27')).toEqual({ from: '2025-11-28', to: '2026-11-27' })
    expect(slideDay({ asOf: null }, '2026-11-27')).toBe('2026-11-27')
  })

  it('covers the 12 months ending on the frozen date', () => {
    expect(slidePeriod({ asOf: '2026-03-31' }, '2026-11-27')).toEqual({ from: '2025-04-01', to: '2026-03-31' })
  })

  it('handles 29 February', () => {
    expect(slidePeriod({ asOf: '2028-02-29' })).toEqual({ from: '2027-03-01', to: '2028-02-29' })
  })
})

describe('trendPeriod', () => {
  it('leaves the window to the server when live', () => {
    expect(trendPeriod({ asOf: null })).toEqual({})
  })

  it('covers the twelve calendar months ending with the frozen month', () => {
    expect(trendPeriod({ asOf: '2026-03-15' })).toEqual({ from: '2025-04-01', to: '2026-03-15' })
    expect(trendPeriod({ asOf: '2026-12-31' })).toEqual({ from: '2026-01-01', to: '2026-12-31' })
  })
})
