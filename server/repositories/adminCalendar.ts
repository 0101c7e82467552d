/** The edited working-day calendar (calendar_years + calendar_days) and versioned settings. */
import type { Kysely } from 'kysely'
import type { CalendarYear } from '#contract'
import type { Database } from '../db/schema'

export interface StoredCalendarYear extends CalendarYear {
  version: number
}

/** Every edited calendar year, by year, with its days in date order. */
export async function listStoredCalendarYears(db: Kysely<Database>): Promise<StoredCalendarYear[]> {
  const years = await db.selectFrom('calendar_years').select(['year', 'official', 'version']).orderBy('year').execute()
  if (years.length === 0) return []
  const days = await db.selectFrom('calendar_days').select(['date', 'year', 'kind']).orderBy('date').execute()
  return years.map(y => ({
    year: y.year,
    official: y.official === 1,
    version: y.version,
    holidays: days.filter(d => d.year === y.year && d.kind === 'holiday').map(d => d.date),
    makeUpWorkdays: days.filter(d => d.year === y.year && d.kind === 'makeup').map(d => d.date),
  }))
}

/** The stored version of `year`, 0 when it has never been edited. */
export async function calendarYearVersion(db: Kysely<Database>, year: number): Promise<number> {
  const row = await db.selectFrom('calendar_years').select('version').where('year', '=', year).executeTakeFirst()
  return row?.version ?? 0
}

/** Replaces `year`'s stored days and flag, setting its version to `version`. */
export async function saveCalendarYear(
  db: Kysely<Database>,
  y: CalendarYear,
  version: number,
  at: string,
): Promise<void> {
  await db.deleteFrom('calendar_days').where('year', '=', y.year).execute()
  await db.deleteFrom('calendar_years').where('year', '=', y.year).execute()
  await db
    .insertInto('calendar_years')
    .values({ year: y.year, official: y.official ? 1 : 0, version, updated_at: at })
    .execute()
  const rows = [
    ...y.holidays.map(date => ({ date, year: y.year, kind: 'holiday' as const })),
    ...y.makeUpWorkdays.map(date => ({ date, year: y.year, kind: 'makeup' as const })),
  ]
  if (rows.length > 0) await db.insertInto('calendar_days').values(rows).execute()
}

/** A stored setting's parsed value and version, or undefined when it was never saved. */
export async function readSetting(
  db: Kysely<Database>,
  key: string,
): Promise<{ value: unknown; version: number } | undefined> {
  const row = await db
    .selectFrom('settings')
    .select(['value_json', 'version'])
    .where('key', '=', key)
    .executeTakeFirst()
  return row && { value: JSON.parse(row.value_json), version: row.version }
}

/** Stores `value` under `key` at `version`. */
export async function writeSetting(db: Kysely<Database>, key: string, value: unknown, version: number): Promise<void> {
  const value_json = JSON.stringify(value)
  const updated = await db
    .updateTable('settings')
    .set({ value_json, version })
    .where('key', '=', key)
    .executeTakeFirst()
  if (Number(updated.numUpdatedRows) === 0)
    await db.insertInto('settings').values({ key, value_json, version }).execute()
}
