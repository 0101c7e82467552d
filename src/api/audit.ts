import { workflowRoutes, type AuditList } from '#contract'
import { call } from './call'

/** The entity types whose audit trail the record pages show. */
export type AuditedEntity = 'visit' | 'bottleneck' | 'recommendation'

/** Every audit entry of one record, newest first, with words for the people and records they point to. */
export async function fetchAudit(entityType: AuditedEntity, entityId: number): Promise<AuditList> {
  return call(workflowRoutes.audit, { query: { entityType, entityId } })
}
