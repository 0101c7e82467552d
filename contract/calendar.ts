/**
 * China's official working-day calendar: public holidays and the weekend make-up working days
 * (调休) announced each year by the State Council. Deadlines count working days over it.
 * Dates are business dates in China time (YYYY-MM-DD).
 */
export interface CalendarYear {
  year: number
  holidays: string[]
  makeUpWorkdays: string[]
  /** False when the State Council has not yet published the year: the admin must confirm it. */
  official: boolean
}

function range(from: string, to: string): string[] {
  const out: string[] = []
  for (let d = from; d <= to; d = addCalendarDays(d, 1)) out.push(d)
  return out
}

export const OFFICIAL_CALENDAR: CalendarYear[] = [
  {
    year: 2024,
    official: true,
    holidays: [
      '2024-01-01',
      ...range('2024-02-10', '2024-02-17'),
      ...range('2024-04-04', '2024-04-06'),
      ...range('2024-05-01', '2024-05-05'),
      ...range('2024-06-08', '2024-06-10'),
      ...range('2024-09-15', '2024-09-17'),
      ...range('2024-10-01', '2024-10-07'),
    ],
    makeUpWorkdays: [
      '2024-02-04',
      '2024-02-18',
      '2024-04-07',
      '2024-04-28',
      '2024-05-11',
      '2024-09-14',
      '2024-09-29',
      '2024-10-12',
    ],
  },
  {
    year: 2025,
    official: true,
    holidays: [
      '2025-01-01',
      ...range('2025-01-28', '2025-02-04'),
      ...range('2025-04-04', '2025-04-06'),
      ...range('2025-05-01', '2025-05-05'),
      ...range('2025-05-31', '2025-06-02'),
      ...range('2025-10-01', '2025-10-08'),
    ],
    makeUpWorkdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  {
    year: 2026,
    official: true,
    holidays: [
      ...range('2026-01-01', '2026-01-03'),
      ...range('2026-02-15', '2026-02-23'),
      ...range('2026-04-04', '2026-04-06'),
      ...range('2026-05-01', '2026-05-05'),
      ...range('2026-06-19', '2026-06-21'),
      ...range('2026-09-25', '2026-09-27'),
      ...range('2026-10-01', '2026-10-07'),
    ],
    makeUpWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
  // Provisional: drafted from the statutory days (New Year 1, Spring Festival eve + 3, Qingming 1,
  // Labour Day 2, Dragon Boat 1, Mid-Autumn 1, National Day 3) and the usual bridging pattern, not
  // from the State Council's notice. The admin screen flags it until someone confirms it there.
  {
    year: 2027,
    official: false,
    holidays: [
      ...range('2027-01-01', '2027-01-03'),
      ...range('2027-02-05', '2027-02-13'),
      ...range('2027-04-03', '2027-04-05'),
      ...range('2027-05-01', '2027-05-05'),
      '2027-06-09',
      '2027-09-15',
      ...range('2027-10-01', '2027-10-07'),
    ],
    makeUpWorkdays: ['2027-01-31', '2027-02-20', '2027-05-08', '2027-09-26', '2027-10-09'],
  },
]

/** The calendar as two sets, for fast lookups. */
export interface WorkingDayCalendar {
  holidays: Set<string>
  makeUpWorkdays: Set<string>
}

export function buildCalendar(years: CalendarYear[] = OFFICIAL_CALENDAR): WorkingDayCalendar {
  return {
    holidays: new Set(years.flatMap(y => y.holidays)),
    makeUpWorkdays: new Set(years.flatMap(y => y.makeUpWorkdays)),
  }
}

/** Adds calendar days to a YYYY-MM-DD date (UTC arithmetic, so no zone can shift the day). */
export function addCalendarDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000
  return new Date(t).toISOString().slice(0, 10)
}

/** Whole calendar days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)
}

export function isWorkingDay(date: string, cal: WorkingDayCalendar): boolean {
  if (cal.makeUpWorkdays.has(date)) return true
  if (cal.holidays.has(date)) return false
  const dow = new Date(`${date}T00:00:00Z`).getUTCDay()
  return dow !== 0 && dow !== 6
}

/** The date `n` working days after `date` (the start day itself does not count). */
export function addWorkingDays(date: string, n: number, cal: WorkingDayCalendar): string {
  let d = date
  let left = n
  while (left > 0) {
    d = addCalendarDays(d, 1)
    if (isWorkingDay(d, cal)) left--
  }
  return d
}

/** Working days from `from` (exclusive) to `to` (inclusive); 0 when `to` is not later. */
export function workingDaysBetween(from: string, to: string, cal: WorkingDayCalendar): number {
  let n = 0
  for (let d = addCalendarDays(from, 1); d <= to; d = addCalendarDays(d, 1)) if (isWorkingDay(d, cal)) n++
  return n
}

/** Today's business date in China time, whatever the host's zone. */
export function chinaToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)
}

/**
 * An instant as ISO 8601 in China time ("2026-06-30T18:05:00.000+08:00"), as the timeline's events
 * carry it: the date part is then the business date, whatever the host's zone.
 */
export function chinaInstant(now: Date = new Date()): string {
  return `${new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 23)}+08:00`
}
