/**
 * The frame of every admin write: one transaction that runs the change, leaves an audit entry
 * (before and after) and bumps data_version, so caches and other instances see it at once.
 */
import type { Kysely, Transaction } from 'kysely'
import type { SessionUser } from '#contract'
import type { Database } from '../db/schema'
import { insertAdminAudit, type AdminEntityType } from '../repositories/adminAudit'
import { bumpDataVersion } from '../repositories/meta'

/** An admin making a change, and the instant (China time, from the server's clock) it is stamped with. */
export type AdminActor = SessionUser & { at: string }

export interface AdminChange<T> {
  entityType: AdminEntityType
  entityId: number
  action: string
  before: unknown
  after: T
}

/**
 * Runs `change` in a transaction; its result is audited as done by `actor` and returned. A thrown
 * ApiProblem rolls everything back.
 */
export async function adminWrite<T>(
  db: Kysely<Database>,
  actor: AdminActor,
  change: (trx: Transaction<Database>, at: string) => Promise<AdminChange<T>>,
): Promise<T> {
  return db.transaction().execute(async trx => {
    // China time with its offset, like every other write's timestamp, from the clock the route was given.
    const at = actor.at
    const done = await change(trx, at)
    await insertAdminAudit(trx, { ...done, actorId: actor.id, actorName: actor.displayName, at, after: done.after })
    await bumpDataVersion(trx)
    return done.after
  })
}
