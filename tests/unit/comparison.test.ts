import { describe, expect, it } from 'vitest'
import { comparisonAsOf, comparisonLabelKey, comparisonPeriods } from '#contract'

describe('what a period is compared with', () => {
  it('compares a year to date with the same dates last year, not with the days just before', () => {
    expect(comparisonPeriods({ from: '2026-01-01', to: '2026-01-24' })).not.toEqual([
      { kind: 'sameDatesLastYear', period: { from: '2025-01-25', to: '2025-12-31' } },
    ])
    expect(comparisonPeriods({ from: '2026-01-01', to: '2026-06-30' })).toEqual([
      { kind: 'sameDatesLastYear', period: { from: '2025-01-01', to: '2025-06-30' } },
    ])
  })

  it('compares a full year with the full year before', () => {
    expect(comparisonPeriods({ from: '2025-01-01', to: '2025-12-31' })).toEqual([
      { kind: 'sameDatesLastYear', period: { from: '2024-01-01', to: '2024-12-31' } },
    ])
  })

  it('compares a month with the same month last year first and with the previous month', () => {
    expect(comparisonPeriods({ from: '2026-03-01', to: '2026-03-31' })).toEqual([
      { kind: 'sameMonthLastYear', period: { from: '2025-03-01', to: '2025-03-31' } },
      { kind: 'previousMonth', period: { from: '2026-02-01', to: '2026-02-28' } },
    ])
    // January's previous month is last December.
    expect(comparisonPeriods({ from: '2026-01-01', to: '2026-01-31' })[1]).toEqual({
      kind: 'previousMonth',
      period: { from: '2025-12-01', to: '2025-12-31' },
    })
  })

  it('compares a month to date with the same days of the earlier months, clamped to their end', () => {
    expect(comparisonPeriods({ from: '2026-12-01', to: '2026-12-07' })).toEqual([
      { kind: 'sameMonthLastYear', period: { from: '2025-12-01', to: '2025-12-07' } },
      { kind: 'previousMonth', period: { from: '2026-11-01', to: '2026-11-07' } },
    ])
    expect(comparisonPeriods({ from: '2026-03-01', to: '2026-03-30' })[1]!.period).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
    })
  })

  it('compares a custom range with the same range a year earlier', () => {
    expect(comparisonPeriods({ from: '2025-07-15', to: '2026-02-10' })).toEqual([
      { kind: 'sameDatesLastYear', period: { from: '2024-07-15', to: '2025-02-10' } },
    ])
    // A quarter to date is a custom-shaped range too.
    expect(comparisonPeriods({ from: '2026-10-01', to: '2026-12-07' })).toEqual([
      { kind: 'sameDatesLastYear', period: { from: '2025-10-01', to: '2025-12-07' } },
    ])
  })

  it('takes a leap day back to 28 February, and a whole leap February to the whole February before', () => {
    expect(comparisonPeriods({ from: '2028-01-01', to: '2028-02-29' })).toEqual([
      { kind: 'sameDatesLastYear', period: { from: '2027-01-01', to: '2027-02-28' } },
    ])
    expect(comparisonPeriods({ from: '2028-02-29', to: '2028-03-10' })[0]!.period).toEqual({
      from: '2027-02-28',
      to: '2027-03-10',
    })
    expect(comparisonPeriods({ from: '2028-02-01', to: '2028-02-29' })[0]!.period).toEqual({
      from: '2027-02-01',
      to: '2027-02-28',
    })
    // A whole February after a leap year compares with all 29 days; March 2028 with all of February.
    expect(comparisonPeriods({ from: '2029-02-01', to: '2029-02-28' })[0]!.period).toEqual({
      from: '2028-02-01',
      to: '2028-02-29',
    })
    expect(comparisonPeriods({ from: '2028-03-01', to: '2028-03-31' })[1]!.period).toEqual({
      from: '2028-02-01',
      to: '2028-02-29',
    })
  })

  it('judges a comparison period on its last day, or earlier when the period itself is judged earlier', () => {
    expect(comparisonAsOf({ from: '2025-01-01', to: '2025-06-30' }, '2026-06-30')).toBe('2025-06-30')
    expect(comparisonAsOf({ from: '2024-07-01', to: '2026-06-30' }, '2026-03-01')).toBe('2026-03-01')
  })

  it('names each kind by a message key of the overview', () => {
    expect(comparisonLabelKey('sameDatesLastYear')).toBe('overview.comparison.sameDatesLastYear')
  })
})
