/**
 * Voiding (作废, issue 10): an admin takes a visit, bottleneck or recommendation that should never
 * have counted out of every KPI and list. Nothing is deleted: the record keeps its fields, gains
 * when and why it was voided, and the audit keeps the before and after. Voiding is final; a record
 * voided by mistake is recorded anew.
 */
import type { VoidRequest } from '../writes'
import type { CommandContext } from './context'
import { fail, forbidden, ok, stale, type CommandResult } from './errors'

/** What voiding looks at and changes on any of the three kinds of record. */
export interface Voidable {
  version: number
  voidedAt?: string
  voidReason?: string
}

/** True when the record has been voided: it counts nowhere and only an admin still reads it. */
export function isVoided(record: { voidedAt?: string | null }): boolean {
  return record.voidedAt != null
}

/**
 * Voids `current` on the version read: 403 for anyone but an admin, 409 `stale_version` on another
 * version, 409 `conflict` when it is voided already (so a repeated click changes nothing twice).
 */
export function voidRecord<T extends Voidable>(ctx: CommandContext, current: T, req: VoidRequest): CommandResult<T> {
  if (ctx.actor.role !== 'admin') return forbidden('Only an administrator may void a record')
  if (req.version !== current.version) return stale(current)
  if (isVoided(current)) return fail({ status: 409, code: 'conflict', message: 'This record is voided already' })
  return ok({ ...current, voidedAt: ctx.now, voidReason: req.reason, version: current.version + 1 })
}
