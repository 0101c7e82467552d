import { describe, expect, it } from 'vitest'
import { addWorkingDays, buildCalendar, chinaInstant, chinaToday, isWorkingDay, workingDaysBetween } from '#contract'

const cal = buildCalendar()

describe('working-day calendar', () => {
  it('counts the 2026 Spring Festival make-up Saturday as a working day', () => {
    // Fri 13 Feb → Sat 14 Feb is a make-up working day (调休).
    expect(addWorkingDays('2026-02-13', 1, cal)).toBe('2026-02-14')
  })

  it('skips the whole 2026 Spring Festival holiday', () => {
    // Holiday 15–23 Feb; Tue 24 Feb is the next working day.
    expect(addWorkingDays('2026-02-14', 1, cal)).toBe('2026-02-24')
    expect(isWorkingDay('2026-02-16', cal)).toBe(false)
  })

  it('skips the 2025 National Day holiday and keeps the make-up Saturday', () => {
    // Holiday 1–8 Oct 2025; Sat 11 Oct is a make-up working day.
    expect(addWorkingDays('2025-09-30', 1, cal)).toBe('2025-10-09')
    expect(addWorkingDays('2025-10-10', 1, cal)).toBe('2025-10-11')
    expect(isWorkingDay('2025-09-28', cal)).toBe(true)
  })

  it('skips an ordinary weekend', () => {
    // Fri 6 Mar 2026 + 1 → Mon 9 Mar; + 5 → Fri 13 Mar.
    expect(addWorkingDays('2026-03-06', 1, cal)).toBe('2026-03-09')
    expect(addWorkingDays('2026-03-06', 5, cal)).toBe('2026-03-13')
  })

  it('counts working days between two dates, excluding the start', () => {
    expect(workingDaysBetween('2026-03-06', '2026-03-13', cal)).toBe(5)
    // 13 Feb → 24 Feb 2026: the make-up Saturday 14th and Tuesday 24th.
    expect(workingDaysBetween('2026-02-13', '2026-02-24', cal)).toBe(2)
    expect(workingDaysBetween('2026-03-13', '2026-03-06', cal)).toBe(0)
  })

  it('takes today in China time, which is already tomorrow late in the UTC evening', () => {
    expect(chinaToday(new Date('2026-03-01T16:30:00Z'))).toBe('2026-03-02')
    expect(chinaToday(new Date('2026-03-01T15:59:00Z'))).toBe('2026-03-01')
  })

  it('writes instants in China time, so their date part is the business date', () => {
    const late = new Date('2026-03-01T16:30:00Z')
    expect(chinaInstant(late)).toBe('2026-03-02T00:30:00.000+08:00')
    expect(Date.parse(chinaInstant(late))).toBe(late.getTime())
  })
})
