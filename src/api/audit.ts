import { auditList, type AuditEntry } from '#contract'
import { getJson } from './http'

/** The entity types whose audit trail the record pages show. */
export type AuditedEntity = 'visit' | 'bottleneck' | 'recommendation'

/** Every audit entry of one record, newest first. */
export async function fetchAudit(entityType: AuditedEntity, entityId: number): Promise<AuditEntry[]> {
  const body = await getJson('/api/audit', auditList, { entityType, entityId })
  return body.items
}
