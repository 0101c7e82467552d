/**
 * The audit trail: every write leaves who, when, what, and the record before and after
 * (issue 3, Integrity). Commands build the entry; the server and the mock store it.
 */
import { z } from 'zod'
import { id, isoDateTime } from './common'
import type { SessionUser } from './auth'
import { PRESENTER_ROLES } from './present'
import { auditLabels } from './auditLabels'
import { actorFields } from './recordViews'

/** 'migration': what a migration did to stored data (e.g. 007's quarantined amounts), filed under the migration's number. */
export const AUDIT_ENTITY_TYPES = [
  'visit',
  'bottleneck',
  'recommendation',
  'user',
  'chain',
  'department',
  'enterprise',
  'calendar',
  'time_limits',
  'playlist',
  'display_link',
  'migration',
] as const
export const auditEntityType = z.enum(AUDIT_ENTITY_TYPES)
export type AuditEntityType = z.infer<typeof auditEntityType>

export const auditEntry = z.object({
  id,
  entityType: auditEntityType,
  /** The record's id; for singletons (calendar year, time limits) the year or 1. */
  entityId: z.number().int(),
  /** 'create', 'edit' (a PATCH), or the lifecycle action taken; admin writes name their own (e.g. 'disable'). */
  action: z.string(),
  /** The user who wrote; 0 is the system (a migration), which no user id can be. */
  actorId: z.number().int().nonnegative(),
  actorName: z.string(),
  at: isoDateTime,
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
})
export type AuditEntry = z.infer<typeof auditEntry>

/**
 * The audit a signed-in role reads besides an admin, who reads all of it (DOMAIN.md, Roles: "others
 * the audit of records they can read, never account entries"). Every role reads the records and
 * reference data shared inside the CPPCC, and the playlists. Display links are listed only to the
 * roles that issue them. Never for anyone but an admin: accounts (`user`: roles, scopes, password
 * resets) and the working calendar and time limits, which only the admin screens read.
 */
const AUDIT_FOR_EVERY_ROLE: ReadonlySet<AuditEntityType> = new Set([
  'visit',
  'bottleneck',
  'recommendation',
  'chain',
  'department',
  'enterprise',
  'playlist',
])

/**
 * True when `user` may read the audit entries of records of `entityType` (GET /api/audit, on the
 * server and in the mock). A display link never reads the audit: its guard refuses the route first.
 */
export function canReadAudit(user: Pick<SessionUser, 'role'>, entityType: AuditEntityType): boolean {
  if (user.role === 'admin') return true
  if (entityType === 'display_link') return (PRESENTER_ROLES as readonly string[]).includes(user.role)
  return AUDIT_FOR_EVERY_ROLE.has(entityType)
}

/** `GET /api/audit?entityType=bottleneck&entityId=5`. */
export const auditQuery = z
  .object({
    entityType: auditEntityType,
    entityId: z.coerce.number().int(),
  })
  .strict()
export type AuditQuery = z.infer<typeof auditQuery>

/** An entry as `GET /api/audit` answers it: with the actor's role and department (recordViews.ts), so the trail says "链长 金永哲". */
export const auditEntryView = auditEntry.extend(actorFields)
export type AuditEntryView = z.infer<typeof auditEntryView>

/** `GET /api/audit` response: newest first, with words for the people and records the entries point to (auditLabels.ts). */
export const auditList = z.object({ items: z.array(auditEntryView), labels: auditLabels })
export type AuditList = z.infer<typeof auditList>

/**
 * The audit entry for one write by the context's actor at the context's instant. `id` comes from
 * the store (the server's autoincrement, the mock's counter), not from the command's IdSource.
 */
export function auditEntryFor(
  ctx: { actor: Pick<SessionUser, 'id' | 'displayName'>; now: string },
  entityType: AuditEntityType,
  entityId: number,
  action: string,
  before: unknown,
  after: unknown,
  id: number,
): AuditEntry {
  return {
    id,
    entityType,
    entityId,
    action,
    actorId: ctx.actor.id,
    actorName: ctx.actor.displayName,
    at: ctx.now,
    before: before ?? null,
    after: after ?? null,
  }
}
