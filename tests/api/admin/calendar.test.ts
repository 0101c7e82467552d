/** The working-day calendar and time limits: shipped years, edits that move deadlines, validation, versions. */
import { addWorkingDays, calendarYearIssues, deadlinesFrom, OFFICIAL_CALENDAR } from '#contract'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readDataVersion } from '../../../server/repositories/meta'
import { loadTimeLimits, loadWorkingCalendar } from '../../../server/services/workingCalendar'
import { startAdminApp, type AdminTestApp } from './adminApp'

let t: AdminTestApp
let admin: string

beforeEach(async () => {
  t = await startAdminApp()
  admin = await t.login('admin')
})
afterEach(async () => t.close())

async function year(y: number) {
  return (await t.send('GET', '/api/admin/calendar', admin)).body.years.find((x: { year: number }) => x.year === y)
}

describe('the calendar', () => {
  it('ships this year as official and next year flagged provisional', async () => {
    expect(await year(2026)).toMatchObject({ official: true, source: 'shipped', version: 0 })
    const next = await year(2027)
    expect(next).toMatchObject({ official: false, source: 'shipped', version: 0 })
    expect(next.holidays).toContain('2027-10-01')
  })

  it("ships years that pass the calendar's own day rules", () => {
    for (const y of OFFICIAL_CALENDAR) expect(calendarYearIssues(y.year, y), String(y.year)).toEqual({})
  })

  it('moves a deadline loadWorkingCalendar computes: a new holiday pushes it, a make-up Saturday pulls it', async () => {
    // Fri 5 Mar 2027 + 1 working day is Mon 8 Mar.
    expect(addWorkingDays('2027-03-05', 1, await loadWorkingCalendar(t.db))).toBe('2027-03-08')
    const shipped = await year(2027)
    const versionBefore = await readDataVersion(t.db)

    const res = await t.send('PUT', '/api/admin/calendar/2027', admin, {
      version: 0,
      holidays: [...shipped.holidays, '2027-03-08'],
      makeUpWorkdays: shipped.makeUpWorkdays,
      official: true,
    })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ year: 2027, official: true, source: 'edited', version: 1 })
    expect(await readDataVersion(t.db)).toBeGreaterThan(versionBefore)
    expect(addWorkingDays('2027-03-05', 1, await loadWorkingCalendar(t.db))).toBe('2027-03-09')

    await t.send('PUT', '/api/admin/calendar/2027', admin, {
      version: 1,
      holidays: shipped.holidays,
      makeUpWorkdays: [...shipped.makeUpWorkdays, '2027-03-06'],
      official: true,
    })
    const cal = await loadWorkingCalendar(t.db)
    expect(addWorkingDays('2027-03-05', 1, cal)).toBe('2027-03-06')
    expect(deadlinesFrom('2027-03-05', await loadTimeLimits(t.db), cal).acknowledgeBy).toBe('2027-03-08')
  })

  it('names the bad days: outside the year, repeated, a make-up day on a weekday or also a holiday', async () => {
    const res = await t.send('PUT', '/api/admin/calendar/2027', admin, {
      version: 0,
      holidays: ['2026-12-31', '2027-01-01', '2027-01-01', '2027-01-02'],
      makeUpWorkdays: ['2027-03-03', '2027-01-02'],
      official: false,
    })
    expect(res.status).toBe(400)
    expect(Object.keys(res.body.error.fields).sort()).toEqual([
      'holidays.0',
      'holidays.2',
      'makeUpWorkdays.0',
      'makeUpWorkdays.1',
    ])
    const notADate = await t.send('PUT', '/api/admin/calendar/2027', admin, {
      version: 0,
      holidays: ['2027-02-30'],
      makeUpWorkdays: [],
      official: false,
    })
    expect(notADate.body.error.fields).toHaveProperty(['holidays.0'])
  })

  it('refuses a save on a stale version', async () => {
    const body = { version: 0, holidays: ['2028-01-01'], makeUpWorkdays: [], official: false }
    expect((await t.send('PUT', '/api/admin/calendar/2028', admin, body)).status).toBe(200)
    const stale = await t.send('PUT', '/api/admin/calendar/2028', admin, body)
    expect(stale.status).toBe(409)
    expect(stale.body.error.current).toMatchObject({ year: 2028, version: 1 })
  })
})

describe('the time limits', () => {
  const limits = {
    version: 0,
    acknowledgeWorkingDays: 3,
    resolveWorkingDays: 10,
    maxResolveWorkingDays: 15,
    approachingShare: 0.5,
  }

  it('saves valid limits, which deadlines then use, and recomputes when open items turn blue', async () => {
    const before = await t.db
      .selectFrom('bottlenecks')
      .select(['id', 'approaching_on'])
      .where('approaching_on', 'is not', null)
      .where('status', '=', 'in_progress')
      .execute()
    expect(before.length).toBeGreaterThan(0)
    const res = await t.send('PUT', '/api/admin/time-limits', admin, limits)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ ...limits, version: 1 })
    expect(await loadTimeLimits(t.db)).toMatchObject({
      acknowledgeWorkingDays: 3,
      resolveWorkingDays: 10,
      approachingShare: 0.5,
    })
    const after = await t.db
      .selectFrom('bottlenecks')
      .select(['id', 'approaching_on'])
      .where(
        'id',
        'in',
        before.map(b => b.id),
      )
      .execute()
    // A lower share makes every running item turn blue earlier.
    for (const b of after) expect(b.approaching_on! < before.find(x => x.id === b.id)!.approaching_on!).toBe(true)
  })

  it('names each limit out of range', async () => {
    const res = await t.send('PUT', '/api/admin/time-limits', admin, {
      version: 0,
      acknowledgeWorkingDays: 4,
      resolveWorkingDays: 0,
      maxResolveWorkingDays: 16,
      approachingShare: 1,
    })
    expect(res.status).toBe(400)
    expect(Object.keys(res.body.error.fields).sort()).toEqual([
      'acknowledgeWorkingDays',
      'approachingShare',
      'maxResolveWorkingDays',
      'resolveWorkingDays',
    ])
    const over = await t.send('PUT', '/api/admin/time-limits', admin, {
      ...limits,
      resolveWorkingDays: 12,
      maxResolveWorkingDays: 10,
    })
    expect(over.body.error.fields).toHaveProperty('resolveWorkingDays')
  })

  it('refuses a save on a stale version', async () => {
    await t.send('PUT', '/api/admin/time-limits', admin, limits)
    const stale = await t.send('PUT', '/api/admin/time-limits', admin, limits)
    expect(stale.status).toBe(409)
    expect(stale.body.error.current).toMatchObject({ version: 1, acknowledgeWorkingDays: 3 })
  })
})
