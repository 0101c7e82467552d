/**
 * What the database need not keep forever: sessions past their expiry and the stored answers of
 * creates (Idempotency-Key) once no client can still be retrying them. A phone may keep a draft
 * with its key for days before the retry gets through, so answers are kept for 30 days.
 */
import type { Kysely } from 'kysely'
import { chinaInstant } from '#contract'
import type { Database } from '../db/schema'
import { deleteIdempotentResponsesBefore } from '../repositories/idempotency'
import { deleteExpiredSessions } from '../repositories/sessions'

export const IDEMPOTENCY_KEEP_MS = 30 * 86_400_000

/**
 * Deletes expired sessions (judged on the real clock, which sessions are stamped with) and the
 * idempotent answers stored more than the keep period before `writesNow` (the clock the writes
 * stamp them with, pinned in tests); answers how many of each.
 */
export async function sweepExpired(
  db: Kysely<Database>,
  writesNow: Date,
  realNow: Date = new Date(),
): Promise<{ sessions: number; idempotencyKeys: number }> {
  // Sessions are stamped in UTC ISO, idempotent answers in China time: compare each in its own form.
  const sessions = await deleteExpiredSessions(db, realNow.toISOString())
  const idempotencyKeys = await deleteIdempotentResponsesBefore(
    db,
    chinaInstant(new Date(writesNow.getTime() - IDEMPOTENCY_KEEP_MS)),
  )
  return { sessions, idempotencyKeys }
}
