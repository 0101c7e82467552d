import { describe, expect, it } from 'vitest'
import {
  analyticsPeriodIssues,
  MAX_ANALYTICS_YEARS,
  monthsOf,
  notLaterThan,
  overviewPeriod,
  periodAsOf,
  shiftMonth,
  trendsPeriod,
} from '#contract'

const today = '2026-06-30'

describe('overviewPeriod', () => {
  it('runs from 1 January of the current year to today by default, judged today', () => {
    expect(overviewPeriod({}, today)).toEqual({ period: { from: '2026-01-01', to: today }, asOf: today })
  })

  it('starts on 1 January of the given end year and judges a past period on its last day', () => {
    expect(overviewPeriod({ to: '2025-03-31' }, today)).toEqual({
      period: { from: '2025-01-01', to: '2025-03-31' },
      asOf: '2025-03-31',
    })
  })

  it('ends on `from` when only a future `from` is given, still judged today', () => {
    expect(overviewPeriod({ from: '2026-09-01' }, today)).toEqual({
      period: { from: '2026-09-01', to: '2026-09-01' },
      asOf: today,
    })
  })
})

describe('trendsPeriod', () => {
  it('covers the twelve calendar months ending with the current month', () => {
    expect(trendsPeriod({}, today)).toEqual({ from: '2025-07-01', to: today })
  })

  it('starts in January of the same year when the end is in December', () => {
    expect(trendsPeriod({ to: '2025-12-15' }, today)).toEqual({ from: '2025-01-01', to: '2025-12-15' })
  })

  it('keeps a given `from`', () => {
    expect(trendsPeriod({ from: '2026-02-10' }, today)).toEqual({ from: '2026-02-10', to: today })
  })
})

describe('monthsOf and shiftMonth', () => {
  it('lists every month a period touches, across a year end', () => {
    expect(monthsOf({ from: '2025-11-20', to: '2026-02-01' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
  })

  it('lists one month for a period inside it', () => {
    expect(monthsOf({ from: '2026-03-05', to: '2026-03-06' })).toEqual(['2026-03'])
  })

  it('moves to the first of a month forwards and backwards, padding the year', () => {
    expect(shiftMonth('2026-01-31', -1)).toBe('2025-12-01')
    expect(shiftMonth('2026-12-31', 1)).toBe('2027-01-01')
    expect(shiftMonth('0999-01-01', 12)).toBe('1000-01-01')
  })
})

describe('as-of days', () => {
  it('never lets the as-of day pass the limit', () => {
    expect(notLaterThan('2026-07-01', today)).toBe(today)
    expect(notLaterThan('2026-05-01', today)).toBe('2026-05-01')
  })

  it('judges a period on its end or today, whichever is earlier', () => {
    expect(periodAsOf({ from: '2026-01-01', to: '2026-12-31' }, today)).toBe(today)
    expect(periodAsOf({ from: '2025-01-01', to: '2025-12-31' }, today)).toBe('2025-12-31')
  })
})

describe('analyticsPeriodIssues', () => {
  it('accepts a period within the bounds', () => {
    expect(analyticsPeriodIssues({ from: '1900-01-01', to: '1919-12-31' })).toEqual({})
  })

  it('names `from` before 1900 and `to` after 2999', () => {
    expect(analyticsPeriodIssues({ from: '1899-12-31', to: '1900-01-05' })).toEqual({
      from: 'must not be before 1900-01-01',
    })
    expect(analyticsPeriodIssues({ from: '2999-01-01', to: '3000-01-01' })).toEqual({
      to: 'must not be after 2999-12-31',
    })
  })

  it(`refuses a window of ${MAX_ANALYTICS_YEARS} years or more`, () => {
    expect(analyticsPeriodIssues({ from: '2000-03-01', to: '2020-03-01' })).toEqual({
      to: `the period must be shorter than ${MAX_ANALYTICS_YEARS} years`,
    })
    expect(analyticsPeriodIssues({ from: '2000-03-01', to: '2020-02-29' })).toEqual({})
  })
})
