/**
 * Audit entries for admin writes, through the write path's audit repository (migration 004's
 * audit_entries): who, when, what, and the record before and after.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { insertAuditEntry, nextAuditId } from './audit'

export type AdminEntityType = 'user' | 'chain' | 'department' | 'enterprise' | 'calendar' | 'time_limits'

export interface AdminAuditInput {
  entityType: AdminEntityType
  entityId: number
  action: string
  actorId: number
  actorName: string
  at: string
  before: unknown
  after: unknown
}

/** Inserts one audit entry; call inside the write's transaction. */
export async function insertAdminAudit(db: Kysely<Database>, e: AdminAuditInput): Promise<void> {
  await insertAuditEntry(db, { id: await nextAuditId(db), ...e })
}
