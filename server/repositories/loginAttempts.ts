/**
 * Failure counters of sign-in throttling (contract/loginThrottle.ts), in the database so every
 * instance sees the same count. Each change is a single statement, so concurrent tries on two
 * instances are all counted and only one of them can take a throttled key's next slot.
 */
import { sql, type Kysely } from 'kysely'
import type { FailureCounter } from '#contract'
import type { Database } from '../db/schema'

/** The counter of `key`, if it has one. */
export async function readCounter(db: Kysely<Database>, key: string): Promise<FailureCounter | undefined> {
  const row = await db
    .selectFrom('login_attempts')
    .select(['window_start', 'count', 'last_try_at'])
    .where('key', '=', key)
    .executeTakeFirst()
  return (
    row && {
      windowStart: Date.parse(row.window_start),
      count: row.count,
      lastTryAt: row.last_try_at ? Date.parse(row.last_try_at) : null,
    }
  )
}

/**
 * Takes the next try of a throttled `key` at `now` unless another took one after `spacedSince`;
 * answers whether this caller got it.
 */
export async function claimTry(db: Kysely<Database>, key: string, now: string, spacedSince: string): Promise<boolean> {
  const result = await db
    .updateTable('login_attempts')
    .set({ last_try_at: now })
    .where('key', '=', key)
    .where(eb => eb.or([eb('last_try_at', 'is', null), eb('last_try_at', '<=', spacedSince)]))
    .executeTakeFirst()
  return Number(result.numUpdatedRows) > 0
}

/** Counts one failure for `key` at `now`, opening a new window when the last one started at or before `windowOpenAfter`. */
export async function recordFailure(
  db: Kysely<Database>,
  key: string,
  now: string,
  windowOpenAfter: string,
): Promise<void> {
  const expired = sql<boolean>`login_attempts.window_start <= ${windowOpenAfter}`
  await db
    .insertInto('login_attempts')
    .values({ key, window_start: now, count: 1, last_try_at: now })
    .onConflict(oc =>
      oc.column('key').doUpdateSet({
        count: sql<number>`case when ${expired} then 1 else login_attempts.count + 1 end`,
        window_start: sql<string>`case when ${expired} then ${now} else login_attempts.window_start end`,
        last_try_at: now,
      }),
    )
    .execute()
}

/** Deletes counters whose window opened at or before `openedBefore`: they no longer slow anything down. */
export async function deleteLapsedCounters(db: Kysely<Database>, openedBefore: string): Promise<number> {
  const [result] = await db.deleteFrom('login_attempts').where('window_start', '<=', openedBefore).execute()
  return Number(result?.numDeletedRows ?? 0)
}
