/**
 * The frame every workflow write runs in: ONE transaction that builds the command context (who,
 * now, today, calendar, limits, departments, ids read inside the transaction), runs the change,
 * leaves audit entries and bumps data_version, so caches and other instances see the write at once.
 * A command's failure becomes an ApiProblem with the contract's error body and rolls everything back.
 */
import type { Kysely, Transaction } from 'kysely'
import {
  chinaInstant,
  auditEntryFor,
  type AuditEntry,
  type CommandContext,
  type CommandError,
  type CommandResult,
  type SessionUser,
} from '#contract'
import type { Database } from '../../db/schema'
import { problemOf, type ApiProblem } from '../../errors'
import { insertAuditEntry, nextAuditId } from '../../repositories/audit'
import { loadIdSource, type CodeYears } from '../../repositories/idSource'
import { bumpDataVersion } from '../../repositories/meta'
import { listDepartments } from '../../repositories/reference'
import type { DeadlineRules } from '../../repositories/bottleneckWrites'
import { loadTimeLimits, loadWorkingCalendar } from '../workingCalendar'

/** Who writes and by which clocks: the route's part of every write. */
export interface WriteEnv {
  db: Kysely<Database>
  actor: SessionUser
  /** The instant of the write (buildApp's `now`). */
  now: () => Date
  /** The business date of the write (buildApp's `today`). */
  today: () => string
}

/** What a write's change gets: the transaction, the command context and the audit. */
export interface WriteScope {
  trx: Transaction<Database>
  ctx: CommandContext
  rules: DeadlineRules
  /** Leaves one audit entry (who and when from the context). */
  audit: (
    entityType: AuditEntry['entityType'],
    entityId: number,
    action: string,
    before: unknown,
    after: unknown,
  ) => Promise<void>
}

/** The ApiProblem of a command's failure: its status and the contract's error body (current, allowedActions…). */
export function commandProblem(error: CommandError): ApiProblem {
  return problemOf(error)
}

/** The value of a successful command; a failure is thrown (rolling the transaction back). */
export function valueOf<T>(result: CommandResult<T>): T {
  if (!result.ok) throw commandProblem(result.error)
  return result.value
}

/**
 * Runs `change` in one transaction with a fresh command context; `codeYears` are the kinds and
 * years it may number record codes for. Returns what `change` returns.
 */
export async function runWrite<T>(
  env: WriteEnv,
  codeYears: CodeYears,
  change: (scope: WriteScope) => Promise<T>,
): Promise<T> {
  // Read before the transaction: these go through the database handle, whose one connection the
  // transaction holds until it ends.
  const calendar = await loadWorkingCalendar(env.db)
  const limits = await loadTimeLimits(env.db)
  return env.db.transaction().execute(async trx => {
    // Write first: the transaction takes SQLite's write lock before it reads anything, so a second
    // server process on the same file waits for it (busy_timeout) instead of reading the same
    // max(id) and failing on upgrade. A replayed create bumps data_version too; that costs a cache refill.
    await bumpDataVersion(trx)
    const ctx: CommandContext = {
      actor: env.actor,
      now: chinaInstant(env.now()),
      today: env.today(),
      calendar,
      limits,
      departments: await listDepartments(trx),
      ids: await loadIdSource(trx, codeYears),
    }
    const audit: WriteScope['audit'] = async (entityType, entityId, action, before, after) => {
      await insertAuditEntry(
        trx,
        auditEntryFor(ctx, entityType, entityId, action, before, after, await nextAuditId(trx)),
      )
    }
    return change({ trx, ctx, rules: { calendar, limits }, audit })
  })
}
