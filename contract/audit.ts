/**
 * The audit trail: every write leaves who, when, what, and the record before and after
 * (issue 3, Integrity). Commands build the entry; the server and the mock store it.
 */
import { z } from 'zod'
import { id, isoDateTime } from './common'
import type { SessionUser } from './auth'

export const AUDIT_ENTITY_TYPES = ['visit', 'bottleneck', 'recommendation', 'user', 'chain', 'department', 'enterprise', 'calendar', 'time_limits', 'playlist', 'display_link'] as const
export const auditEntityType = z.enum(AUDIT_ENTITY_TYPES)
export type AuditEntityType = z.infer<typeof auditEntityType>

export const auditEntry = z.object({
  id,
  entityType: auditEntityType,
  /** The record's id; for singletons (calendar year, time limits) the year or 1. */
  entityId: z.number().int(),
  /** 'create', 'edit' (a PATCH), or the lifecycle action taken; admin writes name their own (e.g. 'disable'). */
  action: z.string(),
  actorId: id,
  actorName: z.string(),
  at: isoDateTime,
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
})
export type AuditEntry = z.infer<typeof auditEntry>

/** `GET /api/audit?entityType=bottleneck&entityId=5`. */
export const auditQuery = z.object({
  entityType: auditEntityType,
  entityId: z.coerce.number().int(),
}).strict()
export type AuditQuery = z.infer<typeof auditQuery>

/** `GET /api/audit` response: newest first. */
export const auditList = z.object({ items: z.array(auditEntry) })
export type AuditList = z.infer<typeof auditList>

/**
 * The audit entry for one write by the context's actor at the context's instant. `id` comes from
 * the store (the server's autoincrement, the mock's counter), not from the command's IdSource.
 */
export function auditEntryFor(
  ctx: { actor: Pick<SessionUser, 'id' | 'displayName'>, now: string },
  entityType: AuditEntityType,
  entityId: number,
  action: string,
  before: unknown,
  after: unknown,
  id: number,
): AuditEntry {
  return {
    id, entityType, entityId, action,
    actorId: ctx.actor.id, actorName: ctx.actor.displayName,
    at: ctx.now,
    before: before ?? null,
    after: after ?? null,
  }
}
