/**
 * Failed-login counters in fixed windows, in the database so every instance sees the same count.
 * The increment is a single upsert, so concurrent failures on two instances are both counted.
 */
import { sql, type Kysely } from 'kysely'
import type { Database } from '../db/schema'

export interface AttemptWindow { windowStart: string, count: number }

/** The failures counted for `key` in the window still open at `windowOpenAfter` (ISO instant), if any. */
export async function currentWindow(db: Kysely<Database>, key: string, windowOpenAfter: string): Promise<AttemptWindow | undefined> {
  const row = await db.selectFrom('login_attempts').select(['window_start', 'count']).where('key', '=', key).where('window_start', '>', windowOpenAfter).executeTakeFirst()
  return row && { windowStart: row.window_start, count: row.count }
}

/** Counts one failure for `key` at `now`, opening a new window when the last one started at or before `windowOpenAfter`. */
export async function recordFailure(db: Kysely<Database>, key: string, now: string, windowOpenAfter: string): Promise<void> {
  const expired = sql<boolean>`login_attempts.window_start <= ${windowOpenAfter}`
  await db.insertInto('login_attempts').values({ key, window_start: now, count: 1 })
    .onConflict(oc => oc.column('key').doUpdateSet({
      count: sql<number>`case when ${expired} then 1 else login_attempts.count + 1 end`,
      window_start: sql<string>`case when ${expired} then ${now} else login_attempts.window_start end`,
    }))
    .execute()
}

/** Forgets the failures of `key` (after a successful login). */
export async function clearFailures(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('login_attempts').where('key', '=', key).execute()
}
