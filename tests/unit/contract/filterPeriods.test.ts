import { describe, expect, it } from 'vitest'
import { resolvePeriod, validateCustomPeriod } from '#contract'

describe('resolvePeriod', () => {
  const today = '2026-05-31'

  it('runs year-to-date from 1 January to today', () => {
    expect(resolvePeriod('ytd', today)).toEqual({ from: '2026-01-01', to: today })
  })

  it('runs the last 12 months from the day after the same date a year ago', () => {
    expect(resolvePeriod('12m', today)).toEqual({ from: '2025-06-01', to: today })
  })

  it('clamps the 12-month start on a leap day', () => {
    expect(resolvePeriod('12m', '2028-02-29')).toEqual({ from: '2027-03-01', to: '2028-02-29' })
  })

  it('starts this quarter on its first month', () => {
    expect(resolvePeriod('quarter', today)).toEqual({ from: '2026-04-01', to: today })
    expect(resolvePeriod('quarter', '2026-12-03')).toEqual({ from: '2026-10-01', to: '2026-12-03' })
  })

  it('starts this month on the 1st', () => {
    expect(resolvePeriod('month', today)).toEqual({ from: '2026-05-01', to: today })
  })

  it('covers the whole of last year', () => {
    expect(resolvePeriod('last_year', today)).toEqual({ from: '2025-01-01', to: '2025-12-31' })
  })

  it('uses a valid custom range as given', () => {
    expect(resolvePeriod('custom', today, { from: '2025-03-01', to: '2025-04-15' })).toEqual({
      from: '2025-03-01',
      to: '2025-04-15',
    })
  })

  it('falls back to year-to-date for an invalid custom range', () => {
    expect(resolvePeriod('custom', today, { from: '2025-04-15', to: '2025-03-01' })).toEqual({
      from: '2026-01-01',
      to: today,
    })
    expect(resolvePeriod('custom', today, {})).toEqual({ from: '2026-01-01', to: today })
  })
})

describe('validateCustomPeriod', () => {
  it('accepts a range whose start is not after its end', () => {
    expect(validateCustomPeriod('2026-01-01', '2026-01-01')).toBeNull()
  })

  it('rejects a start after the end', () => {
    expect(validateCustomPeriod('2026-02-01', '2026-01-01')).toBe('fromAfterTo')
  })

  it('rejects missing, malformed and impossible dates', () => {
    expect(validateCustomPeriod(undefined, '2026-01-01')).toBe('invalidDate')
    expect(validateCustomPeriod('2026-1-1', '2026-01-02')).toBe('invalidDate')
    expect(validateCustomPeriod('2026-02-30', '2026-03-02')).toBe('invalidDate')
  })
})
